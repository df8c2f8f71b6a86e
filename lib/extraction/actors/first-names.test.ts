import { describe, expect, it } from "vitest";
import { firstNamesAlone } from "./first-names";
import { introducedPersons } from "./introduced-persons";
import { Registry } from "./registry";

function registryWith(text: string, persons: string[]): Registry {
  const r = new Registry(text);
  for (const p of persons) r.addForm(r.ensure(p, "person"), p);
  return r;
}

describe("first names and initials standing alone", () => {
  it("a first name alone after the full name is the same person; one two persons share is nobody's", () => {
    const r = registryWith("Marta Kovalchuk, 70, lives alone. Later Marta walked to the shelter. Ivan Dorosh and Ivan Lysenko stayed. Ivan left.", ["Marta Kovalchuk", "Ivan Dorosh", "Ivan Lysenko"]);
    firstNamesAlone(r);
    expect(r.byForm.get("Marta")?.name).toBe("Marta Kovalchuk");
    expect(r.byForm.has("Ivan")).toBe(false);
  });

  it("an initial ending a court-style name stands for the person, but not inside an abbreviation", () => {
    const r = registryWith("The court heard that Markus T., 47, sold plans. T. denied it.", ["Markus T."]);
    firstNamesAlone(r);
    expect(r.byForm.get("T.")?.name).toBe("Markus T.");
    const abbreviated = registryWith("Anna K. flew to the U.K. on Monday. K. denied it.", ["Anna K."]);
    firstNamesAlone(abbreviated);
    expect(abbreviated.byForm.has("K.")).toBe(false);
  });

  it("a first name set off by a relative clause about a relative or by a role before a speech verb is a person; a place is not", () => {
    const r = new Registry("Oksana, whose son enlisted in May, says she waits. Taras, the convoy driver, said the road was cut. Bakhmut, the mining town, was hit.");
    introducedPersons(r);
    expect([...r.actors.values()].map((a) => a.name).sort()).toEqual(["Oksana", "Taras"]);
  });

  it("a given name speaking right after a quotation, or set off by a description after the inverted verb, is a person", () => {
    const r = new Registry('The bus left at six. "Nobody sleeps here," says Halyna. "The road is mined," Yaroslav told the crew. ' +
      '"It holds," explains Rustam, the welder from Izium. "We wait," said Orion. "Soon," Kherson said.');
    introducedPersons(r);
    expect([...r.actors.values()].map((a) => a.name).sort()).toEqual(["Halyna", "Rustam", "Yaroslav"]);
  });

  it("a person known by one name keeps the rank before it as an alias; a plain word before it adds nothing", () => {
    const r = registryWith("Sergeant Taras, who gave only his first name, drove the truck. Yesterday Bohdan said nothing.", ["Taras", "Bohdan"]);
    firstNamesAlone(r);
    expect([...r.byForm.get("Taras")!.aliases]).toEqual(["Sergeant Taras"]);
    expect([...r.byForm.get("Bohdan")!.aliases]).toEqual([]);
  });
});

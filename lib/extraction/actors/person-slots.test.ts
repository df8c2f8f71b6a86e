import { describe, expect, it } from "vitest";
import { persons } from "./persons";
import { Registry } from "./registry";
import { capitalisedRuns } from "./runs";

/** The persons the person step finds in a text, by name. */
function personNames(text: string): string[] {
  const r = new Registry(text);
  const { runs, surnameCount } = capitalisedRuns(r);
  persons(r, runs, surnameCount, 0);
  return [...r.actors.values()].filter((a) => a.kind === "person").map((a) => a.name);
}

describe("persons named only by where they stand in the clause", () => {
  it("a full name opening a sentence before its finite verb is its subject", () => {
    expect(personNames("Tengiz Beridze drove the last families to Kutaisi.")).toEqual(["Tengiz Beridze"]);
    expect(personNames("The plant closed in May. Gulnara Ismoilova describes the queue outside the bank.")).toEqual(["Gulnara Ismoilova"]);
  });

  it("a full name right after a verb whose object is a person, or after the 'by' of a person's deed", () => {
    expect(personNames("On Tuesday the court sentenced Zurab Kvirikashvili to five years.")).toEqual(["Zurab Kvirikashvili"]);
    expect(personNames("Border guards detained Sherzod Tashkentov at the crossing.")).toEqual(["Sherzod Tashkentov"]);
    expect(personNames("The kitchen, founded by Chiamaka Okonkwo in 2023, feeds two hundred people.")).toEqual(["Chiamaka Okonkwo"]);
  });

  it("a full name whose first word the text later uses alone", () => {
    expect(personNames('At the shelter Nino Abashidze and two volunteers hand out coats. "We run out by noon," says Nino.')).toEqual(["Nino Abashidze"]);
  });

  it("a place, a ship or a thing in those places is no person", () => {
    expect(personNames("Chasiv Yar fell in July after months of shelling. Fighting went on near Chasiv Yar.")).toEqual([]);
    expect(personNames("The port authority detained Aegean Dawn last week.")).toEqual([]);
    expect(personNames("Dated Brent rose by 2% on Monday.")).toEqual([]);
    expect(personNames("The Vesta Star changed its flag twice.")).toEqual([]);
    expect(personNames("Leaders met at the Orlova Palace on Monday. Orlova hosted them.")).toEqual([]);
  });

  it("a town or a building opening a sentence before a verb places and things do too is no person", () => {
    expect(personNames("Vuhledar Rudnyk fell after a long siege, the army said on Monday.")).toEqual([]);
    expect(personNames("Stara Zhuravka lies on the right bank of the river.")).toEqual([]);
    expect(personNames("Hotel Zoryana reopened on Tuesday after repairs.")).toEqual([]);
    expect(personNames("The talks ended. Port Velikaya welcomed the first ship in months.")).toEqual([]);
  });
});

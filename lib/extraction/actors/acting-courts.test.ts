import { describe, expect, it } from "vitest";
import { actingCourts } from "./acting-courts";
import { Registry } from "./registry";

const courtsIn = (text: string) => {
  const r = new Registry(text);
  actingCourts(r);
  return [...r.actors.values()].map((a) => [a.name, ...a.aliases].join("|"));
};

describe("actingCourts", () => {
  it("names a court that sentences by its seat, the 'court in' wording kept", () => {
    expect(courtsIn("Last spring a court in Rivne sentenced two smugglers to six years.")).toEqual(["Rivne court|court in Rivne"]);
    expect(courtsIn("A military court in Nizhny Novgorod on Monday jailed a pilot.")).toEqual(["Nizhny Novgorod military court|military court in Nizhny Novgorod"]);
  });

  it("names a court printed with its seat or its state before it", () => {
    expect(courtsIn("A Vilnius court has convicted a courier of spying.")).toEqual(["Vilnius court"]);
    expect(courtsIn("A Belarusian court sentenced the blogger in absentia.")).toEqual(["Belarusian court"]);
  });

  it("names a seat's district, city or appeals court as printed, its kind kept", () => {
    expect(courtsIn("A Ternopil district court has jailed a courier for nine years.")).toEqual(["Ternopil district court"]);
    expect(courtsIn("A Kaunas regional court on Friday acquitted the driver.")).toEqual(["Kaunas regional court"]);
  });

  it("leaves a court only mentioned, where nothing is done by it", () => {
    expect(courtsIn("The bank sued the depository in a Moscow court in May.")).toEqual([]);
    expect(courtsIn("The case will go to a court in Riga next year.")).toEqual([]);
  });
});

describe("actingCourts: the article's own court", () => {
  it("leaves a court by its seat that the article names in full later", () => {
    const r = new Registry("A Riga court sentenced a courier to five years. The Riga City Court said the man had confessed.");
    r.addForm(r.ensure("Riga City Court", "government"), "Riga City Court");
    actingCourts(r);
    expect(r.byForm.get("Riga court")).toBeUndefined();
  });

  it("still names another court by its seat after the article's own", () => {
    const r = new Registry("The Riga City Court jailed the courier. In May, a court in Daugavpils sentenced his partner.");
    r.addForm(r.ensure("Riga City Court", "government"), "Riga City Court");
    actingCourts(r);
    expect(r.byForm.get("Daugavpils court")?.name).toBe("Daugavpils court");
  });
});

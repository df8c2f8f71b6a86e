import { describe, expect, it } from "vitest";
import { findNamedBodies } from "./named-bodies";
import { capitalisedRuns } from "./runs";
import { Registry } from "./registry";

const found = (text: string) => findNamedBodies(text, () => false).map((b) => `${b.name}:${b.kind}`);

describe("findNamedBodies: one-word organisations by what introduces them", () => {
  it("takes a name set off after what it is, and a name after its seat", () => {
    expect(found("The shelter is run by a small charity, Dach Nad Holovoyu, with money from donors.")).toContain("Dach Nad Holovoyu:organization");
    expect(found("Parts came from Minsk-based Ferrolit, which denies it.")).toContain("Ferrolit:organization");
  });

  it("reads an owner, a society or a publisher before its name, but not across a line break", () => {
    expect(found("The tanker's owner Brightwave lost 3 per cent, and the literary society Pamyat protested.")).toEqual(
      expect.arrayContaining(["Brightwave:organization", "Pamyat:organization"]),
    );
    expect(found("Sanctions hit the ship's owner\n\nGrain ministry looks for another vessel")).toEqual([]);
  });

  it("does not take the seat's adjective as the apposed name", () => {
    expect(found("The vessel's operator, Piraeus-based Aegis Lines, said the crew was safe.")).toEqual(["Aegis Lines:organization"]);
  });

  it("reads a party by its leader's post and a body by what it accuses", () => {
    expect(found("Zelena faction leader Ivan Sokil voted against. The Verts accused the minister of delay.")).toEqual(
      expect.arrayContaining(["Zelena:organization", "Verts:organization"]),
    );
  });
});

describe("capitalisedRuns: a possessive before a body's own full name", () => {
  it("ends the owner's run before 'Office of …', but keeps 'Prosecutor General's Office of <state>' whole", () => {
    const r = new Registry("The Treasury's Office of Export Sanctions listed the bank. The Prosecutor General's Office of Ukraine opened a case.");
    const runs = capitalisedRuns(r).orgRuns.map((run) => run.map((t) => t.text).join(" "));
    expect(runs).toContain("Office of Export Sanctions");
    expect(runs.some((run) => run.endsWith("Treasury's Office of Export Sanctions"))).toBe(false);
    expect(runs.some((run) => run.endsWith("Prosecutor General's Office of Ukraine"))).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { gatheringSaid } from "./said-at-gathering";

const events = (text: string) =>
  extractArticle({ text, publishedOn: "2025-10-22", title: "T", rulesOnly: true }).events.map((e) => ({ title: e.title, type: e.type, roles: e.actorRoles }));

describe("a forecast said at a gathering", () => {
  it("reads the gathering, its type from its head noun and where it ends", () => {
    const clause = "Chancellor Ilse Brandt said at a summit of Baltic premiers that Latvia would send more artillery shells.";
    expect(gatheringSaid(clause)).toEqual({ gathering: "summit of Baltic premiers", type: "summit_talks", end: clause.indexOf(" that") });
    expect(gatheringSaid("Chancellor Ilse Brandt said at a summit of Baltic premiers that Latvia sent more artillery shells.")).toBeNull();
  });

  it("types and casts the event as the gathering its title names, not as the forecast said there", () => {
    expect(events("Prime Minister Anna Berg said at a meeting of Nordic fishing ministers on Monday that Norway would veto the aid package.")).toEqual([
      { title: "Nordic fishing ministers meet", type: "summit_talks", roles: [{ name: "Anna Berg", role: "participant" }] },
    ]);
  });
});

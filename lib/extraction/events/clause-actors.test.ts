import { describe, expect, it } from "vitest";
import { actorsOf, clauseRoles, stateOfDemonym } from "./clause-actors";
import { clausesOf, eventCtxOf } from "./test-context";
import type { EventType } from "./context";

/** The roles the first clause's actors take around its verb (found at `verb`). */
function rolesOf(text: string, type: EventType, verb: string) {
  const ctx = eventCtxOf(text);
  const c = clausesOf(ctx, 0)[0];
  const mentions = ctx.index.mentions.filter((m) => m.start >= c.start && m.end <= c.end);
  const cm = text.slice(c.start, c.end);
  const pivot = cm.indexOf(verb);
  return clauseRoles(cm, type, pivot, actorsOf(ctx, c, cm, mentions, mentions[0], pivot), c.start);
}

describe("clauseRoles", () => {
  it("gives the initiator before the verb and the target after it", () => {
    expect(rolesOf("Latvia shelled border posts in Estonia on Friday.", "missile_drone_strike", "shelled")).toEqual([
      { name: "Latvia", role: "initiator" },
      { name: "Estonia", role: "target" },
    ]);
  });
  it("swaps them in the passive", () => {
    expect(rolesOf("Estonian border guards were hit by Latvian drones near Narva on Friday.", "missile_drone_strike", "hit")).toEqual([
      { name: "Estonian Border Guards", role: "target" },
      { name: "Latvia", role: "initiator" },
    ]);
  });
  it("makes the host of a meeting its initiator, the guests participants", () => {
    expect(rolesOf("Denmark hosted ministers from Norway and Finland in Aarhus on Tuesday.", "summit_talks", "hosted")).toEqual([
      { name: "Denmark", role: "initiator" },
      { name: "Norway", role: "participant" },
      { name: "Finland", role: "participant" },
    ]);
  });
});

describe("stateOfDemonym", () => {
  it("is the state the article names, else null", () => {
    const ctx = eventCtxOf("Latvia protested after Latvian drones were seen over Riga.");
    expect(stateOfDemonym(ctx, "Latvian")?.name).toBe("Latvia");
    expect(stateOfDemonym(ctx, "Chilean")).toBeNull();
  });
});

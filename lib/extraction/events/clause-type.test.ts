import { describe, expect, it } from "vitest";
import { maskQuotes } from "../sentences";
import { passOn, readClause } from "./clause-event";
import { clauseType, tookPlaceAntecedentAt } from "./clause-type";
import { clausesOf, eventCtxOf, freshState } from "./test-context";

/** Each clause of the first sentence as [its text, the type step's answer]. */
function typesOf(text: string) {
  const ctx = eventCtxOf(text);
  const s = ctx.sentences[0];
  const st = freshState();
  return clausesOf(ctx, 0).map((c) => {
    const r = readClause(ctx, s, c, maskQuotes(ctx, c.start, c.end), st);
    passOn(st, c, r);
    const typed = clauseType(ctx, s, c, r, st);
    return [text.slice(c.start, c.end), typed && { ...typed, titleFrom: text.slice(typed.titleFrom, c.end) }];
  });
}

describe("clauseType", () => {
  it("types a clause by its trigger, an energy target making a strike an attack on energy", () => {
    expect(typesOf("Latvian drones struck a power plant in Narva on Friday.")[0][1]).toMatchObject({ type: "energy_infrastructure_attack", loose: false });
  });
  it("types a toll told over a period, the weapon only its agent, as casualties, and a toll of one day as the strike", () => {
    expect(typesOf("Nineteen civilians were killed in the Sumy region in May, most of them by drones.")[0][1]).toMatchObject({ type: "casualties" });
    expect(typesOf("Two civilians were killed by drones in Sumy on Monday.")[0][1]).toMatchObject({ type: "missile_drone_strike" });
  });
  it("calls a dated past clause with an actor and no trigger 'other'", () => {
    expect(typesOf("Norway moved its embassy in May.")[0][1]).toMatchObject({ type: "other", loose: false });
  });
  it("leaves an undated past clause to the gate as a loose candidate", () => {
    expect(typesOf("Norway has moved its embassy.")[0][1]).toMatchObject({ type: "other", loose: true });
  });
  it("finds no happening under a modal", () => {
    expect(typesOf("Norway may move its embassy.")[0][1]).toBeNull();
  });
  it("titles a dated report of a completed happening by what it reports", () => {
    expect(typesOf("Kyiv said on Monday that Polish troops had crossed the river.")[0][1]).toMatchObject({ titleFrom: " Polish troops had crossed the river." });
  });
});

describe("tookPlaceAntecedentAt", () => {
  it("starts the title of 'which took place' at its antecedent", () => {
    const text = "Finland condemned the seizure of a ferry by Swedish police, which took place on May 3.";
    const ctx = eventCtxOf(text);
    const c = clausesOf(ctx, 0)[1];
    const at = tookPlaceAntecedentAt(text, ctx.sentences[0], c, text.slice(c.start, c.end));
    expect(at === null ? null : text.slice(at, c.start)).toBe("the seizure of a ferry by Swedish police, which ");
  });
  it("starts at an antecedent with 'a' or 'an', and at the act an agreement is to carry out ('was carried out')", () => {
    const startOf = (text: string) => {
      const ctx = eventCtxOf(text);
      const c = clausesOf(ctx, 0).find((k) => text.slice(k.start).startsWith("was") || text.slice(k.start).startsWith("took"))!;
      const at = tookPlaceAntecedentAt(text, ctx.sentences[0], c, text.slice(c.start, c.end));
      return at === null ? null : text.slice(at, c.start);
    };
    expect(startOf("Oslo praised an exchange of ten fishermen, which took place on May 3.")).toBe("an exchange of ten fishermen, which ");
    expect(startOf("The talks ended with an agreement to swap 500 detainees, which was carried out on May 4.")).toBe("swap 500 detainees, which ");
    // A number written with a thousands comma is part of the phrase; "was held" tells a gathering that took place.
    expect(startOf("Oslo praised the release of 2,400 captives on both sides, which took place in June.")).toBe("the release of 2,400 captives on both sides, which ");
    expect(startOf("Rome hosted the second round of talks between Baku and Yerevan, which was held on May 9.")).toBe("the second round of talks between Baku and Yerevan, which ");
  });
  it("is null for any other relative clause", () => {
    const text = "Finland condemned the seizure of a ferry by Swedish police, which drew protests.";
    const ctx = eventCtxOf(text);
    const c = clausesOf(ctx, 0)[1];
    expect(c && tookPlaceAntecedentAt(text, ctx.sentences[0], c, text.slice(c.start, c.end))).toBeFalsy();
  });

  it("a vessel seized in a clause sharing the subject before it is no ground advance ('The ferry docked … and was seized by …')", () => {
    const typed = typesOf("The ferry docked at Varna on Friday and was seized by the Bulgarian Navy near Burgas.");
    expect(typed.at(-1)?.[1]).toMatchObject({ type: "other" });
  });
});

import { describe, expect, it } from "vitest";
import { brief, ctxOf } from "./test-context";
import { findIndirectStatements } from "./indirect";

const indirect = (text: string) => brief(findIndirectStatements(ctxOf(text), [], 0));

describe("denials reported with their object", () => {
  it("a denied thing or act is the speaker's statement, the verb kept", () => {
    expect(indirect("The defendant, Pavel Rudnik, denied all charges during the hearing.")).toEqual([["Pavel Rudnik", "denied all charges during the hearing"]]);
    expect(indirect("The Slovak Defence Ministry denied targeting civilian ships, but the port was closed.")).toEqual([["Slovak Defence Ministry", "denied targeting civilian ships"]]);
  });

  it("no statement without a denier, nor a denial of something to someone ('denied him entry' is an act)", () => {
    expect(indirect("Access was denied at the gate.")).toEqual([]);
    expect(indirect("Border guard Pavel Rudnik denied him entry.")).toEqual([]);
    // "neither confirmed nor denied that …": the that-clause is neither side's claim.
    expect(indirect("The Slovak Defence Ministry neither confirmed nor denied that its jets had crossed into Austria.")).toEqual([]);
  });

  it("a refusal or ruling is no statement: a request, an appeal or a permission withheld", () => {
    expect(indirect("The Vilnius Regional Court denied the appeal of the detained blogger Tomas Keller.")).toEqual([]);
    expect(indirect("Magistrate Olga Brenner denied the prosecution's request for an adjournment on Monday.")).toEqual([]);
    expect(indirect("Finnish customs officers denied their drivers rest leave at the crossing.")).toEqual([]);
  });

  it("a word in -ing that is no gerund opens no object, and a that-clause further on is left to the indirect finder", () => {
    const found = indirect("Ministry spokesman Pavel Rudnik denied during a press call on Tuesday that Minsk had shipped shells to Russia.");
    expect(found).toEqual([["Pavel Rudnik", "Minsk had shipped shells to Russia"]]);
  });

  it("denies nothing with a pronoun or a bare quantifier as object ('denied nothing', 'denied any, saying …')", () => {
    expect(indirect("Spokesman Pavel Rudnik denied nothing of the sort on Monday.")).toEqual([]);
    expect(indirect("Spokesman Pavel Rudnik denied any, saying the claims were old.")).toEqual([["Pavel Rudnik", "the claims were old"]]);
  });

  it("words a that-clause right after the verb as an object: the verb kept ('denied that …')", () => {
    expect(indirect("Spokesman Pavel Rudnik denied that Minsk had shipped shells to Russia.")).toEqual([["Pavel Rudnik", "denied that Minsk had shipped shells to Russia"]]);
  });
});

import { describe, expect, it } from "vitest";
import { forgetMemos } from "./memo";
import { isParticipleForm, isPastTense, presentOf, toPast, toPresent } from "./nlp";

describe("the word lexicon", () => {
  it("reads the irregular pasts of war reporting, a verb prefix in front or not", () => {
    for (const w of ["retook", "overran", "withdrew", "overtook", "withstood", "struck", "fled", "sank", "seized", "shot", "rebuilt", "built"]) expect(isPastTense(w), w).toBe(true);
    expect(toPresent("retook", { plural: false })).toBe("retakes");
    expect(toPresent("overran", { plural: true })).toBe("overrun");
  });

  it("tells a participle that is not a past ('taken', 'overrun') and gives its past", () => {
    for (const w of ["taken", "overrun", "retaken", "withdrawn"]) {
      expect(isPastTense(w), w).toBe(false);
      expect(isParticipleForm(w), w).toBe(true);
    }
    expect(toPast("taken")).toBe("took");
    expect(toPast("retaken")).toBe("retook");
    expect(toPast("destroyed")).toBe("destroyed");
  });

  it("leaves words that only look prefixed alone", () => {
    for (const w of ["return", "reporter", "outer", "under"]) expect(isPastTense(w), w).toBe(false);
  });
});

describe("presentOf", () => {
  it("puts a bare infinitive in the present, irregular verbs included; a plural keeps it bare", () => {
    expect(presentOf("lodge", { plural: false })).toBe("lodges");
    expect(presentOf("have", { plural: false })).toBe("has");
    expect(presentOf("flee", { plural: true })).toBe("flee");
  });
});

describe("remembered conjugations", () => {
  it("give the same forms asked again in an article and after the next article starts", () => {
    const ask = () => [toPresent("shelled", { plural: false }), toPresent("shelled", { plural: true }), presentOf("withdraw", { plural: false }), toPast("overrun"), toPresent("spoken", { plural: false })];
    const first = ask();
    expect(first).toEqual(["shells", "shell", "withdraws", "overran", "speaks"]);
    expect(ask()).toEqual(first);
    forgetMemos();
    expect(ask()).toEqual(first);
  });
});

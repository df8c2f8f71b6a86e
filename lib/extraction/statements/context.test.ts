/** The statement steps' shared reading of verbs. */
import { describe, expect, it } from "vitest";
import { hasFiniteVerb } from "./context";

describe("hasFiniteVerb", () => {
  it("reads auxiliaries, -ed words, irregular and same-form pasts as finite", () => {
    expect(hasFiniteVerb("the ferry had sailed")).toBe(true);
    expect(hasFiniteVerb("villagers fled")).toBe(true);
    expect(hasFiniteVerb("a drone hit the depot")).toBe(true);
    expect(hasFiniteVerb("the mayor shelved it")).toBe(true);
  });

  it("finds none in a noun phrase, a hyphenated word or a capitalised name", () => {
    expect(hasFiniteVerb("the so-called peace plan")).toBe(false);
    expect(hasFiniteVerb("in Met Office figures")).toBe(false);
    expect(hasFiniteVerb("one of the protest leaders")).toBe(false);
  });
});

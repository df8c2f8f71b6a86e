import { describe, expect, it } from "vitest";
import { matchesWhereWordStands } from "./lexicon";

describe("matchesWhereWordStands", () => {
  const said = /(?<![\p{L}])Ivo\s+said\b/uy;

  it("finds a match at a later stand of the word, after stands that do not match", () => {
    expect(matchesWhereWordStands(said, "Ivo Rand spoke. Ivo, tired, left. Later Ivo said no.", "Ivo")).toBe(true);
  });

  it("keeps the regex's lookbehind: a word inside another is no match", () => {
    expect(matchesWhereWordStands(said, "Darivo said no. Ivo smiled.", "Ivo")).toBe(false);
  });

  it("answers false for a word the text does not hold", () => {
    expect(matchesWhereWordStands(said, "Nobody said anything.", "Ivo")).toBe(false);
  });
});

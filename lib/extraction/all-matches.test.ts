import { describe, expect, it } from "vitest";
import { allMatches } from "./all-matches";

const same = (re: RegExp, text: string) => {
  const mine = allMatches(re, text);
  const theirs = [...text.matchAll(re)];
  expect(mine.map((m) => [m.index, [...m]])).toEqual(theirs.map((m) => [m.index, [...m]]));
  expect(re.lastIndex).toBe(0);
};

describe("allMatches", () => {
  it("lists the matches matchAll lists, with their groups and offsets", () => {
    same(/\b(\p{Lu}\p{Ll}+)an\b/gu, "Ukrainian and Russian troops met German officials");
    same(/;|\s+but\s+/g, "They met; they talked but parted; nothing");
  });

  it("moves past empty matches as matchAll does, by code point under u", () => {
    same(/x*/g, "axxb");
    same(/(?:)/gu, "a😀b");
  });

  it("starts from the beginning however the last read left lastIndex", () => {
    const re = /\p{Lu}/gu;
    re.lastIndex = 3;
    expect(allMatches(re, "Ab Cd").map((m) => m.index)).toEqual([0, 3]);
  });

  it("refuses a regex that is not global", () => {
    expect(() => allMatches(/a/, "a")).toThrow(TypeError);
  });
});

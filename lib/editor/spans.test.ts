import { describe, expect, it } from "vitest";
import { relocate, segments, wordsMatchSpan } from "./spans";

const article = { title: "Putin warns of targets", standfirst: "", body: "He said “no”. Later he said “no” again, and “maybe”." };
const at = (words: string, from = 0) => article.body.indexOf(words, from);

describe("a statement's words and its span", () => {
  it("agree when the span highlights exactly the words, spacing aside", () => {
    expect(wordsMatchSpan(article, "no", { part: "body", start: at("no"), end: at("no") + 2 })).toBe(true);
    expect(wordsMatchSpan(article, "  maybe ", { part: "body", start: at("maybe"), end: at("maybe") + 5 })).toBe(true);
    expect(wordsMatchSpan(article, "yes", { part: "body", start: at("no"), end: at("no") + 2 })).toBe(false);
    expect(wordsMatchSpan(article, "no", { part: "body", start: 5, end: 500 })).toBe(false);
  });

  it("corrected words move the span to their nearest occurrence, in the same part first", () => {
    const second = at("no", at("no") + 1);
    expect(relocate(article, "no", { part: "body", start: second - 3, end: second })).toEqual({ part: "body", start: second, end: second + 2 });
    expect(relocate(article, "maybe", { part: "body", start: 0, end: 2 })).toEqual({ part: "body", start: at("maybe"), end: at("maybe") + 5 });
    expect(relocate(article, "targets", { part: "body", start: 0, end: 2 })).toEqual({ part: "title", start: 15, end: 22 });
  });

  it("words not in the article have no span", () => {
    expect(relocate(article, "never said", { part: "body", start: 0, end: 2 })).toBeNull();
    expect(relocate(article, "   ", { part: "body", start: 0, end: 2 })).toBeNull();
  });
});

describe("segments", () => {
  it("cuts overlapping marks into flat runs that know every mark covering them", () => {
    expect(segments(10, [{ id: "e", start: 0, end: 8 }, { id: "q", start: 3, end: 5 }, { id: "bad", start: 9, end: 20 }])).toEqual([
      { start: 0, end: 3, ids: ["e"] },
      { start: 3, end: 5, ids: ["e", "q"] },
      { start: 5, end: 8, ids: ["e"] },
      { start: 8, end: 10, ids: [] },
    ]);
  });
});

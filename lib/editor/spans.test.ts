import { describe, expect, it } from "vitest";
import { followEdit, relocate, segments, shiftSpan, wordsMatchSpan } from "./spans";

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

describe("spans in the headline and standfirst follow the editor's edits", () => {
  const before = { title: "Putin says “no talks” with Kyiv", standfirst: "Kremlin rules out a summit, Peskov says", body: "Body." };
  const span = (text: string, words: string, part: "title" | "standfirst" = "title") => ({ part, start: text.indexOf(words), end: text.indexOf(words) + words.length });
  const review = {
    statements: [{ text: "no talks", ...span(before.title, "no talks") }, { text: "rules out a summit", ...span(before.standfirst, "rules out a summit", "standfirst") }],
    events: [{ ...span(before.title, "Kyiv") }],
  };

  it("moves spans after an edit, keeps those before it and finds touched words again", () => {
    const after = { ...before, title: "Vladimir Putin says “no talks” with Kyiv" };
    const moved = followEdit(before, after, review);
    expect(wordsMatchSpan(after, "no talks", moved.statements[0])).toBe(true);
    expect(after.title.slice(moved.events[0].start, moved.events[0].end)).toBe("Kyiv");
    expect(moved.statements[1]).toBe(review.statements[1]);
    // The edit runs through the span: its words are looked for in the new text.
    const rewritten = { ...before, standfirst: "The Kremlin again rules out a summit" };
    const found = followEdit(before, rewritten, review).statements[1];
    expect(wordsMatchSpan(rewritten, "rules out a summit", found)).toBe(true);
  });

  it("leaves a statement whose words are gone where it was (flagged), and keeps an event inside the text", () => {
    const after = { ...before, title: "Putin: no" };
    const moved = followEdit(before, after, review);
    expect(moved.statements[0]).toEqual(review.statements[0]);
    expect(wordsMatchSpan(after, "no talks", moved.statements[0])).toBe(false);
    expect(moved.events[0].end).toBeLessThanOrEqual(after.title.length);
    expect(followEdit(before, { ...before }, review)).toBe(review);
  });

  it("shifts by the edit's length", () => {
    expect(shiftSpan("ab cd ef", "ab XX cd ef", { start: 3, end: 5 }, "cd")).toEqual({ start: 6, end: 8 });
    expect(shiftSpan("ab cd ef", "ab cd ef!", { start: 3, end: 5 }, "cd")).toEqual({ start: 3, end: 5 });
    expect(shiftSpan("ab cd ef", "ab c ef", { start: 3, end: 5 }, "cd")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { findMentions, findQuoteSpan, summariseMentions } from "./mentions";

describe("findMentions", () => {
  const terms = [
    { key: "russia", term: "Russia" },
    { key: "afr", term: "Armed Forces of Russia" },
    { key: "afr", term: "AFR" },
    { key: "us", term: "US" },
  ];

  it("matches whole words and lets longer names win", () => {
    const text = "The Armed Forces of Russia (AFR) said Russia and the US, not USA or Russian troops.";
    const found = findMentions(text, terms);
    expect(found.map((m) => [m.key, text.slice(m.start, m.end)])).toEqual([
      ["afr", "Armed Forces of Russia"],
      ["afr", "AFR"],
      ["russia", "Russia"],
      ["us", "US"],
    ]);
    const summary = summariseMentions(found);
    expect(summary.get("afr")).toEqual({ count: 2, firstOffset: 4 });
    expect(summary.get("russia")?.count).toBe(1);
  });
});

describe("findQuoteSpan", () => {
  it("prefers the quoted occurrence of a direct quote", () => {
    const text = "With few other options, they offered “other” support.";
    const span = findQuoteSpan(text, "other", true)!;
    expect(span.start).toBe(text.indexOf("“other”") + 1);
    expect(text.slice(span.start, span.end)).toBe("other");
  });

  it("finds paraphrases anywhere and reports absence", () => {
    const text = "He said the talks had stalled.";
    const span = findQuoteSpan(text, "the talks had stalled", false)!;
    expect(text.slice(span.start, span.end)).toBe("the talks had stalled");
    expect(findQuoteSpan(text, "nothing like this", false)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { generateSynthetic, SyntheticError } from "./synthetic";

describe("synthetic data", () => {
  const data = generateSynthetic({ events: 600, seed: 7 });

  it("is deterministic: the same seed gives the same rows, another seed other rows", () => {
    expect(generateSynthetic({ events: 600, seed: 7 })).toEqual(data);
    expect(generateSynthetic({ events: 600, seed: 8 }).events.map((e) => e.title)).not.toEqual(data.events.map((e) => e.title));
  });

  it("makes exactly the events asked for, each linked to the sentence of its article", () => {
    expect(data.events).toHaveLength(600);
    expect(data.eventArticles).toHaveLength(600);
    const bodies = new Map(data.articles.map((a) => [a.id, a.body]));
    for (const link of data.eventArticles) {
      const sentence = bodies.get(link.articleId)!.slice(link.spanStart, link.spanEnd);
      expect(sentence).toMatch(/^[A-Z].*\.$/);
    }
    for (const s of data.statements) expect(bodies.get(s.articleId)!.slice(s.spanStart, s.spanEnd)).toBe(s.text);
  });

  it("spreads dates over the period at every precision, unknown included, never after publication", () => {
    const precisions = new Set(data.events.map((e) => e.datePrecision));
    expect(precisions).toContain("day");
    expect(precisions).toContain("unknown");
    expect(precisions).toContain("week");
    expect(precisions).toContain("month");
    const published = data.articles.map((a) => a.publishedOn.getTime());
    expect(Math.max(...published) - Math.min(...published)).toBeGreaterThan(600 * 86_400_000);
    const byEvent = new Map(data.eventArticles.map((l) => [l.eventId, data.articles.find((a) => a.id === l.articleId)!]));
    for (const e of data.events.filter((e) => e.datePrecision === "day")) expect(e.startDate!.getTime()).toBeLessThanOrEqual(byEvent.get(e.id)!.publishedOn.getTime());
    expect(data.events.filter((e) => e.startDate === null).every((e) => e.datePrecision === "unknown")).toBe(true);
  });

  it("refuses nonsense", () => {
    expect(() => generateSynthetic({ events: 0 })).toThrow(SyntheticError);
  });
});

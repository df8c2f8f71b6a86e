import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const eventsOf = (text: string, publishedOn: string) => extractArticle({ text, publishedOn, title: "T" }).events;

describe("dates an event inherits from its sentence", () => {
  it("takes a relation phrase right before its clause, even with another date in the sentence", () => {
    const text = "The talks came a day after Gazprom and Naftogaz signed a one-year gas transit deal, the first since the pipeline was sanctioned last October.";
    const signed = eventsOf(text, "2026-10-27").find((e) => /sign/i.test(e.title));
    expect(signed).toMatchObject({ date: "2026-10-26", dateText: "a day after" });
  });
});

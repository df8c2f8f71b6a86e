import { describe, expect, it } from "vitest";
import type { DateMention } from "../dates";
import { extractArticle } from "../index";
import { splitClauses } from "./clauses";

const eventsOf = (text: string) => extractArticle({ text, publishedOn: "2026-03-04", title: "T", rulesOnly: true }).events;

describe("a gapped second object of one verb, with a date of its own", () => {
  it("is a clause of its own only when each half is dated and the second has no verb", () => {
    const s = "The envoy met the king in Oslo on May 2 and the queen in Bergen two days later.";
    const upper = "The envoy met King Harald in Oslo on May 2 and Queen Sonja in Bergen two days later.";
    const dated = (t: string, a: string, b: string) => [a, b].map((x) => ({ start: t.indexOf(x), end: t.indexOf(x) + x.length }) as DateMention);
    expect(splitClauses(upper, 0, dated(upper, "on May 2", "two days later")).map((c) => [upper.slice(c.start, c.end), !!c.gapped])).toEqual([
      ["The envoy met King Harald in Oslo on May 2", false],
      ["Queen Sonja in Bergen two days later.", true],
    ]);
    expect(splitClauses(s, 0, dated(s, "on May 2", "two days later"))).toHaveLength(1);
    expect(splitClauses(upper, 0, [])).toHaveLength(1);
  });
  it("is told by the subject and verb of the clause before, with the second object's own date", () => {
    const text = "Envoy Steve Witkoff met President Vladimir Putin in Moscow on September 18 and President Volodymyr Zelensky in Kyiv four days later.";
    expect(eventsOf(text).map((e) => [e.title, e.date])).toEqual([
      ["Witkoff meets Putin in Moscow", "2025-09-18"],
      ["Witkoff meets Zelensky in Kyiv", "2025-09-22"],
    ]);
  });
  it("keeps the words before a repeated preposition ('… in calls with Putin on Saturday and with Zelensky on Sunday')", () => {
    const text = "President Recep Tayyip Erdogan raised the issue in phone calls with President Vladimir Putin on Saturday and with President Volodymyr Zelensky on Sunday.";
    expect(eventsOf(text).map((e) => [e.title, e.type])).toEqual([
      ["Erdogan raises issue in phone calls with Putin", "phone_call"],
      ["Erdogan raises issue in phone calls with Zelensky", "phone_call"],
    ]);
  });
});

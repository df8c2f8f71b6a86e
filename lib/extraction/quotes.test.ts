import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";

const run = (body: string, publishedOn = "2025-09-09") => extractArticle({ text: body, publishedOn, title: "Test headline" });

describe("statements", () => {
  it("attributes quote-after, quote-before and inverted attributions, in straight and curly quotes", () => {
    const p = run(
      [
        "Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow.",
        '"The ball is in their court," said Peskov.',
        "Ukrainian Foreign Minister Andrii Sybiha told Reuters: “We will not accept ultimatums.”",
      ].join("\n\n"),
    );
    const byQuote = Object.fromEntries(p.statements.map((s) => [s.quote, s]));
    expect(byQuote["The ball is in their court,"]).toMatchObject({ speaker: "Dmitry Peskov", direct: true });
    expect(byQuote["We will not accept ultimatums."]).toMatchObject({ speaker: "Andrii Sybiha", direct: true });
  });

  it("resolves pronoun speakers, split quotes and title-only speakers", () => {
    const p = run(
      [
        "Turkish Foreign Minister Hakan Fidan met his Russian counterpart Sergey Lavrov in Ankara.",
        "“Dialogue is the only way,” he said. “Nobody wins a long war.”",
        "“Navigation must be safe,” the minister said.",
      ].join("\n\n"),
    );
    const speakers = p.statements.filter((s) => s.direct).map((s) => [s.speaker, s.quote]);
    expect(speakers).toEqual([
      ["Hakan Fidan", "Dialogue is the only way,"],
      ["Hakan Fidan", "Nobody wins a long war."],
      ["Hakan Fidan", "Navigation must be safe,"],
    ]);
  });

  it("extracts indirect statements with the reported clause, not marked direct", () => {
    const p = run("Russian President Vladimir Putin warned that any foreign troops in Ukraine would be legitimate targets.\n\nRussia launched 40 drones overnight, Ukraine's air force said.");
    expect(p.statements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ speaker: "Vladimir Putin", direct: false, quote: "any foreign troops in Ukraine would be legitimate targets" }),
        expect.objectContaining({ speaker: "Ukrainian Air Force", direct: false, quote: "Russia launched 40 drones overnight" }),
      ]),
    );
  });

  it("ignores scare quotes and titles with no attribution", () => {
    const p = run("The so-called “Victory Plan” was presented in Kyiv. Türkiye brokered the “grain corridor” deal.");
    expect(p.statements).toEqual([]);
  });

  it("skips statements whose speaker is a vague group", () => {
    const p = run("EU leaders admitted that they need a US “backstop” for the plan to work.");
    expect(p.statements).toEqual([]);
  });

  it("gives spans that slice back to the quote and dates the saying", () => {
    const p = run("President Volodymyr Zelenskiy said on Monday that Ukraine was ready for talks. “We want peace,” he told reporters.");
    expect(p.statements.length).toBe(2);
    for (const s of p.statements) expect(p.body.slice(s.start, s.end)).toBe(s.quote);
    expect(p.statements[0]).toMatchObject({ speaker: "Volodymyr Zelenskiy", saidOn: "2025-09-08", direct: false, quote: "Ukraine was ready for talks" });
    expect(p.statements[1]).toMatchObject({ speaker: "Volodymyr Zelenskiy", direct: true, quote: "We want peace," });
  });
});

// Property: whatever text comes in, the extraction engine returns a valid proposal, throws nothing, and
// every span it reports lies inside its text and slices back to the words it claims.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle, proposalSchema, type Proposal } from "@/lib/extraction/index";

const ARTICLES = path.resolve(import.meta.dirname, "../fixtures/articles");
// Real newsroom sentences (names, quotes, dates, datelines), shuffled, cut short and interleaved with
// arbitrary unicode, so generated texts reach the engine's rules without relying on tidy input.
const SENTENCES = fs
  .readdirSync(ARTICLES)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => fs.readFileSync(path.join(ARTICLES, f), "utf8").split(/(?<=[.!?”"])\s+|\n+/))
  .map((sentence) => sentence.trim())
  .filter(Boolean);
const SENTENCE = fc.constantFrom(...SENTENCES);
const PIECE = fc.oneof(
  { weight: 8, arbitrary: SENTENCE },
  { weight: 2, arbitrary: fc.tuple(SENTENCE, fc.nat()).map(([sentence, cut]) => sentence.slice(0, cut % (sentence.length + 1))) },
  { weight: 1, arbitrary: fc.constantFrom("“", "”", '"', "'", "‘", "’", "«", "»", "—", "\n\n", ":", "…") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
);
const SEPARATOR = fc.constantFrom(" ", " ", "\n\n", "\n", "");
const TEXT = fc
  .array(fc.tuple(PIECE, SEPARATOR), { maxLength: 14 })
  .map((pieces) => pieces.map(([piece, separator]) => piece + separator).join(""));
const DAY = fc.date({ min: new Date("1990-01-01"), max: new Date("2040-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function partsOf(p: Proposal) {
  return { title: p.article.title ?? "", standfirst: p.article.standfirst ?? "", body: p.body };
}

function checkSpans(p: Proposal) {
  const parts = partsOf(p);
  for (const s of p.statements) {
    const text = parts[s.part];
    expect(0 <= s.start && s.start <= s.end && s.end <= text.length, `statement span ${s.start}-${s.end} in ${s.part} of ${text.length}`).toBe(true);
    // A quote joined from fragments (" … ") spans them all; each fragment must be inside it.
    const slice = text.slice(s.start, s.end);
    if (s.quote.includes(" … ")) for (const fragment of s.quote.split(" … ")) expect(slice).toContain(fragment);
    else expect(slice).toBe(s.quote);
  }
  for (const e of p.events) {
    expect(0 <= e.start && e.start < e.end && e.end <= p.body.length, `event span ${e.start}-${e.end} in a body of ${p.body.length}`).toBe(true);
  }
}

describe("extraction engine (property)", () => {
  it("any text: no exception, a valid proposal, spans inside the text that slice back to the quotes", () => {
    fc.assert(
      fc.property(TEXT, fc.option(DAY, { nil: undefined }), fc.option(TEXT, { nil: undefined }), (text, publishedOn, title) => {
        const proposal = extractArticle({ text, publishedOn, title: title || undefined });
        const parsed = proposalSchema.safeParse(proposal);
        expect(parsed.success, parsed.error?.message).toBe(true);
        checkSpans(proposal);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("arbitrary unicode alone (no newsroom words) never throws", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        checkSpans(extractArticle({ text, publishedOn: "2025-01-01" }));
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

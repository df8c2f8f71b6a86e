/**
 * Event titles read as an analyst reads them, on invented articles in six outlets' styles (./title-articles/*.txt, written
 * for this test, never fixture text): each title a headline from its clause, present tense, who did what.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { MAX_TITLE } from "./title";

/** Titles of every candidate, before the learned happening gate: a retrained gate must not fail a title test. */
const titlesOf = (name: string) => {
  const text = readFileSync(join(__dirname, "title-articles", `${name}.txt`), "utf8");
  return extractArticle({ text, publishedOn: "2026-06-10", allCandidates: true }).events.map((e) => e.title);
};

/** Titles that were wrong before (clipped, wrong tense, framing left in), as they read now. */
const EXPECTED: Record<string, string[]> = {
  wire: [
    "Ukrainian forces retake village of Petrivka east of Kupiansk",
    "Ukrainian naval drone strikes Russian patrol boat near Kinburn Spit",
    "Russian glide bombs hit centre of Kostiantynivka, killing two civilians",
    "Syrskyi visits troops in area and awards medals to soldiers of brigade",
  ],
  liveblog: ["Russia's Defence Ministry says its forces captured village of Novoserhiivka", "Pistorius visits Kyiv"],
  presser: ["Rutte rejects suggestion that NATO was drifting towards direct conflict"],
  frontline: [
    "Russia's Defence Ministry says its troops took full control of Chasiv Yar",
    "Russian troops advance near Pokrovsk",
  ],
  diplomacy: [
    "American and Russian envoys meet in Riyadh for four hours of talks on ceasefire",
    "Trump and Putin hold two-hour phone call",
    "Ukraine not invited to Riyadh",
  ],
  sanctions: ["United Kingdom freezes assets of two Chinese companies", "Russian seaborne crude exports fall by 11% compared with April"],
};

describe("event titles on invented articles", () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`titles the events of the ${name} article like headlines`, () => {
      const titles = titlesOf(name);
      for (const title of expected) expect(titles).toContain(title);
      for (const title of titles) {
        expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
        expect(title).not.toMatch(/…|\.\.\.|^(?:Elsewhere|In (?:the )?south)\b|\((?:Wire|Dispatch)\)| had \p{Ll}+ed\b/u);
      }
    });
  }
});

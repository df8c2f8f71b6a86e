/**
 * Page heads of 43 outlets (tests/fixtures/page-heads): the five metadata fields parsed from the raw paste and
 * compared with the annotation. Group A was tuned on; groups B and C were first scored before their failures
 * were read (B 0.947, C 0.900; history in the README there) and have been tuned on since, so today's figures are
 * development figures. Thresholds sit just under them so a regression shows.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse-article";
import { scoreMetadata, type ExpectedArticle } from "./score";

const dir = path.resolve(import.meta.dirname, "../../tests/fixtures/page-heads");
const heads = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => {
    const name = f.replace(/\.txt$/, "");
    const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), "utf8")) as { group: "A" | "B" | "C"; article: ExpectedArticle };
    return { name, group: expected.group, score: scoreMetadata(parseArticle(readFileSync(path.join(dir, f), "utf8")), expected.article) };
  });

const share = (group?: "A" | "B" | "C") => {
  const hs = heads.filter((h) => !group || h.group === group);
  return hs.reduce((n, h) => n + h.score.correct, 0) / hs.reduce((n, h) => n + h.score.total, 0);
};

describe("page heads of many outlets", () => {
  it("holds at least 30 heads from at least 25 outlets, split in two halves", () => {
    expect(heads.length).toBeGreaterThanOrEqual(30);
    expect(new Set(heads.map((h) => h.name.split("-")[0])).size).toBeGreaterThanOrEqual(25);
    expect(heads.filter((h) => h.group === "B").length).toBeGreaterThanOrEqual(15);
  });

  it("parses the five fields as annotated", () => {
    for (const h of heads) for (const w of h.score.wrong) console.log(`[page-heads] ${h.group} ${h.name} ${w.field}: want ${JSON.stringify(w.expected)} got ${JSON.stringify(w.parsed)}`);
    console.log(`[page-heads] fields right: all ${share().toFixed(3)}, tuned half A ${share("A").toFixed(3)}, first held-out half B ${share("B").toFixed(3)}, late set C ${share("C").toFixed(3)}`);
    expect(share()).toBeGreaterThanOrEqual(0.98);
    expect(share("B")).toBeGreaterThanOrEqual(0.97);
  });
});

/**
 * Statement, speaker, actor and metadata figures on the two halves of the development data (pooled only):
 *   tuning     = tests/fixtures/articles (+ subfolders) + events-dev + retired rounds 2–28
 *   validation = retired rounds 29 and 30 — never print its articles or misses, only these pooled figures.
 * Run: npx tsx tests/bench/extract-split-statements.ts [--json] [--known]  (--known: see extract-split.ts)
 */
import path from "node:path";
import { pool, rowValues, scoreArticle } from "../fixtures/score-sealed";
import { splitFigures, type tuningSplit } from "./extract-split";
import { knownActorsLeavingOneOut } from "./known-actors";

const ROWS = ["statementPrecision", "statementRecall", "statementF1", "directRecall", "speakerAccuracy", "actorRecall", "actorPrecision", "metadata"] as const;

function figures(articles: ReturnType<typeof tuningSplit>, known: boolean) {
  const knownActors = known ? knownActorsLeavingOneOut(articles) : [];
  const pooled = pool(articles.map((a, i) => scoreArticle(a.name, a.text, a.expected, knownActors[i])));
  const values = rowValues(pooled);
  const count = (row: (typeof ROWS)[number]) => (row === "statementF1" ? null : pooled[row]);
  return Object.fromEntries(ROWS.map((r) => [r, { value: values[r], n: count(r)?.n ?? null, d: count(r)?.d ?? null }]));
}

function main() {
  const out = splitFigures(figures);
  if (process.argv.includes("--json")) return console.log(JSON.stringify(out, null, 2));
  for (const [split, rows] of Object.entries(out)) {
    console.log(split);
    for (const [row, f] of Object.entries(rows)) {
      const counts = f.d === null ? "" : `  (${f.n}/${f.d})`;
      console.log(`  ${row.padEnd(20)} ${f.value === null ? "  –  " : f.value.toFixed(3)}${counts}`);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();

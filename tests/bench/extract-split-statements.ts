/**
 * Statement, speaker, actor and metadata figures on the two halves of the development data (pooled only):
 *   tuning     = tests/fixtures/articles (+ subfolders) + events-dev + retired rounds 2–20
 *   validation = retired rounds 21 and 22 — never print its articles or misses, only these pooled figures.
 * Run: npx tsx tests/bench/extract-split-statements.ts [--json]
 */
import path from "node:path";
import { pool, rowValues, scoreArticle } from "../fixtures/score-sealed";
import { tuningSplit, validationSplit } from "./extract-split";

const ROWS = ["statementPrecision", "statementRecall", "statementF1", "directRecall", "speakerAccuracy", "actorRecall", "actorPrecision", "metadata"] as const;

function figures(articles: ReturnType<typeof tuningSplit>) {
  const pooled = pool(articles.map((a) => scoreArticle(a.name, a.text, a.expected)));
  const values = rowValues(pooled);
  const count = (row: (typeof ROWS)[number]) => (row === "statementF1" ? null : pooled[row]);
  return Object.fromEntries(ROWS.map((r) => [r, { value: values[r], n: count(r)?.n ?? null, d: count(r)?.d ?? null }]));
}

function main() {
  const out = { tuning: figures(tuningSplit()), validation: figures(validationSplit()) };
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

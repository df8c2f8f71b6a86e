/**
 * Page metadata (title, author, dateline, publishedOn, publication) from parseArticle alone, on both halves of the
 * development data: a two-second check while working on lib/extraction/parse-article*.ts. Same comparison as the
 * metadata row of extract-split-statements.ts (which runs the whole engine). Validation is printed pooled only (per field, never per article).
 * Run: npx tsx tests/bench/extract-split-metadata.ts
 */
import path from "node:path";
import { parseArticle } from "@/lib/extraction/parse-article";
import { tuningSplit, validationSplit } from "./extract-split";

const FIELDS = ["title", "author", "dateline", "publishedOn", "publication"] as const;
const key = (v: unknown) => String(v ?? "").toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();

function figures(articles: ReturnType<typeof tuningSplit>) {
  const wrong = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<(typeof FIELDS)[number], number>;
  for (const a of articles) {
    const parsed = parseArticle(a.text);
    for (const f of FIELDS) if (key(parsed[f]) !== key(a.expected.article[f])) wrong[f]++;
  }
  const total = articles.length * FIELDS.length;
  const right = total - Object.values(wrong).reduce((n, w) => n + w, 0);
  return { right, total, wrong };
}

function main() {
  const tuning = figures(tuningSplit());
  const validation = figures(validationSplit());
  console.log(`tuning      metadata ${(tuning.right / tuning.total).toFixed(3)}  (${tuning.right}/${tuning.total})  wrong per field ${JSON.stringify(tuning.wrong)}`);
  console.log(`validation  metadata ${(validation.right / validation.total).toFixed(3)}  (${validation.right}/${validation.total})  wrong per field ${JSON.stringify(validation.wrong)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();

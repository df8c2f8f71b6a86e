/**
 * Extraction speed on a ~1,500-word article built from the fixture paragraphs.
 * Run: npx tsx tests/bench/extract.bench.ts   (prints figures; not a timed test)
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractArticle, parseArticle } from "../../lib/extraction/index";
import { wordCount } from "../../lib/extraction/sentences";

const root = path.resolve(import.meta.dirname, "../..");
const sources = [
  path.join(root, "prisma/demo/bne-2025-09-07-putin-peacekeepers-legitimate-targets.txt"),
  ...readdirSync(path.join(root, "tests/fixtures/articles"))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => path.join(root, "tests/fixtures/articles", f)),
];
const paragraphs = sources.flatMap((f) => parseArticle(readFileSync(f, "utf8")).body.split("\n\n"));

const TARGET_WORDS = 1500;
const body: string[] = [];
for (let i = 0; wordCount(body.join(" ")) < TARGET_WORDS; i++) body.push(paragraphs[i % paragraphs.length]);
const text = [
  "Benchmark article assembled from fixture paragraphs",
  "",
  "A standfirst for the benchmark article. / bne IntelliNews",
  "By Bench Writer in Berlin September 7, 2025",
  "",
  body.join("\n\n"),
].join("\n");
const words = wordCount(body.join(" "));

const WARMUP = 10;
const RUNS = 60;
for (let i = 0; i < WARMUP; i++) extractArticle({ text });
const times: number[] = [];
let result = extractArticle({ text });
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  result = extractArticle({ text });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];
console.log(`words: ${words}  paragraphs: ${body.length}  runs: ${RUNS} (after ${WARMUP} warm-up)`);
console.log(`median: ${pct(50).toFixed(1)} ms  p95: ${pct(95).toFixed(1)} ms  min: ${times[0].toFixed(1)} ms  max: ${times[times.length - 1].toFixed(1)} ms`);
console.log(`output: ${result.actors.length} actors, ${result.statements.length} statements, ${result.events.length} events`);
console.log(`target median <= 50 ms: ${pct(50) <= 50 ? "met" : "NOT met"}`);

/**
 * Extraction speed on a ~1,500-word article built from the fixture paragraphs.
 * Run: npx tsx tests/bench/extract.bench.ts [--compare DIR] [--plain]   (prints figures; not a timed test; "cpu median" is
 *   the process CPU time per extraction, all threads (V8's background compiler and GC too), steadier than wall time
 *   on a loaded machine)
 *   regexes are compiled on first use, as the server and the CLI run the engine (lib/runtime/compile-regexes-on-first-use.ts);
 *   --plain    times it under Node's default regex tiering instead
 *   --compare DIR  also time another copy of lib/extraction on the same text, runs interleaved, e.g. the previous
 *                  round's: git archive <rev> lib/extraction | tar -x -C /tmp/old && ln -s "$PWD/node_modules" /tmp/old/
 */
import { readdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";

// The engine is imported only after the regex setting (static imports would be evaluated before it).
const plain = process.argv.includes("--plain");
if (!plain) await import("../../lib/runtime/compile-regexes-on-first-use");
const { parseArticle } = await import("../../lib/extraction/index");
const { wordCount } = await import("../../lib/extraction/sentences");

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

type Extract = (typeof import("../../lib/extraction/index"))["extractArticle"];
const compareDir = process.argv.includes("--compare") ? process.argv[process.argv.indexOf("--compare") + 1] : null;
const engines: { name: string; run: Extract; times: number[]; cpu: number[] }[] = [{ name: "lib/extraction", run: (await import("../../lib/extraction/index")).extractArticle, times: [], cpu: [] }];
if (compareDir) engines.push({ name: compareDir, run: (await import(path.resolve(compareDir, "index.ts"))).extractArticle as Extract, times: [], cpu: [] });
console.log(`load average at start: ${loadavg().map((n) => n.toFixed(2)).join(" ")} (${cpus().length} cores); regexes ${plain ? "under Node's default tiering (--plain)" : "compiled on first use, as the server and CLI run them"}`);

const WARMUP = 10;
const RUNS = 60;
for (let i = 0; i < WARMUP; i++) for (const e of engines) e.run({ text });
// Engines alternate run by run, so a shared machine's load falls on both alike.
for (let i = 0; i < RUNS; i++)
  for (const e of engines) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    e.run({ text });
    const c = process.cpuUsage(c0);
    e.times.push(performance.now() - t0);
    e.cpu.push((c.user + c.system) / 1000);
  }
console.log(`words: ${words}  paragraphs: ${body.length}  runs: ${RUNS} (after ${WARMUP} warm-up); load average at end: ${loadavg().map((n) => n.toFixed(2)).join(" ")}`);
for (const e of engines) {
  const times = [...e.times].sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];
  const cpuMedian = [...e.cpu].sort((a, b) => a - b)[Math.floor(e.cpu.length / 2)];
  const result = e.run({ text });
  console.log(`${e.name}: median ${pct(50).toFixed(1)} ms  p95 ${pct(95).toFixed(1)} ms  min ${times[0].toFixed(1)} ms  max ${times[times.length - 1].toFixed(1)} ms  cpu median ${cpuMedian.toFixed(1)} ms` +
    `  (${result.actors.length} actors, ${result.statements.length} statements, ${result.events.length} events)  target median <= 50 ms: ${pct(50) <= 50 ? "met" : "NOT met"}`);
}

/**
 * Extraction quality on the development fixtures (tests/fixtures/articles), the way the CLI sees them:
 * raw text only, no publication date or title from the answers.
 * Run: npx tsx tests/bench/extract-quality.ts [--verbose] [--dir DIR] [name-filter]   (prints figures; not a test)
 *   --dir DIR  another folder of NAME.txt + NAME.expected.json (e.g. tests/fixtures/articles/round3)
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractArticle, scoreMetadata, scoreProposal, type Expected, type Score } from "../../lib/extraction/index";

const args = process.argv.slice(2);
const dirArg = args.includes("--dir") ? args[args.indexOf("--dir") + 1] : null;
const dir = dirArg ? path.resolve(dirArg) : path.resolve(import.meta.dirname, "../fixtures/articles");
const verbose = args.includes("--verbose");
const filter = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--dir") ?? "";
const names = readdirSync(dir).filter((f) => f.endsWith(".txt") && f.includes(filter)).map((f) => f.replace(/\.txt$/, ""));

type Row = { name: string; score: Score; metaWrong: number; metaTotal: number };
const rows: Row[] = [];
for (const name of names) {
  const text = readFileSync(path.join(dir, `${name}.txt`), "utf8");
  const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), "utf8")) as Expected;
  const proposal = extractArticle({ text });
  const score = scoreProposal(proposal, expected);
  const meta = expected.article ? scoreMetadata(proposal.article, expected.article) : { total: 0, correct: 0, wrong: [] };
  rows.push({ name, score, metaWrong: meta.wrong.length, metaTotal: meta.total });
  const s = score;
  console.log(
    `${name.padEnd(52)} F1=${s.statements.f1.toFixed(2)} direct=${s.directRecall.toFixed(2)} speaker=${s.speakerAccuracy.toFixed(2)} ` +
      `actorsR=${s.actorRecall.toFixed(2)} actorsP=${s.actorPrecision.toFixed(2)} meta=${meta.correct}/${meta.total}`,
  );
  if (verbose) {
    for (const w of meta.wrong) console.log(`   meta ${w.field}: expected ${JSON.stringify(w.expected)} got ${JSON.stringify(w.parsed)}`);
    for (const m of s.missedStatements) console.log(`   missed ${m.direct ? "D" : "I"} [${m.speaker}] ${m.quote}`);
    for (const m of s.extraStatements) console.log(`   extra  ${m.direct ? "D" : "I"} [${m.speaker}] ${m.quote}`);
    for (const m of s.wrongSpeakers) console.log(`   speaker expected ${m.expected} got ${m.proposed}: ${m.quote.slice(0, 70)}`);
    if (s.missedActors.length) console.log(`   missed actors: ${s.missedActors.join("; ")}`);
    if (s.extraActors.length) console.log(`   extra actors: ${s.extraActors.join("; ")}`);
  }
}

// Pooled over the set: counts summed before dividing, as one long article would be scored.
const sum = (f: (r: Row) => number) => rows.reduce((n, r) => n + f(r), 0);
const matched = sum((r) => r.score.statements.matched);
const precision = matched / sum((r) => r.score.statements.proposed);
const recall = matched / sum((r) => r.score.statements.expected);
const mean = (f: (s: Score) => number) => sum((r) => f(r.score)) / rows.length;
console.log("");
console.log(`articles ${rows.length}; pooled statements P=${precision.toFixed(3)} R=${recall.toFixed(3)} F1=${((2 * precision * recall) / (precision + recall)).toFixed(3)}`);
console.log(
  `mean per article: F1=${mean((s) => s.statements.f1).toFixed(3)} direct=${mean((s) => s.directRecall).toFixed(3)} speaker=${mean((s) => s.speakerAccuracy).toFixed(3)} ` +
    `actorRecall=${mean((s) => s.actorRecall).toFixed(3)} actorPrecision=${mean((s) => s.actorPrecision).toFixed(3)}`,
);
console.log(
  `events (other branch): recall=${mean((s) => s.eventRecall).toFixed(3)} precision=${mean((s) => s.eventPrecision).toFixed(3)} date=${mean((s) => s.eventDateAccuracy).toFixed(3)}`,
);
console.log(`metadata fields wrong: ${sum((r) => r.metaWrong)} of ${sum((r) => r.metaTotal)}`);

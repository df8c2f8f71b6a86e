/**
 * Article metadata and actors on the development sets: fields right per set and per field, actor recall and
 * precision per set, and every wrong field / missed or extra actor (raw text in, nothing fed from the answers).
 * Run: npx tsx tests/bench/extract-meta.ts [DIR ...] [--quiet] [--group A|B]
 *   DIR      folders of NAME.txt + NAME.expected.json (default: every dev set, page heads included)
 *   --group  page heads only: the outlets of one half of the leave-outlets-out split (see page-heads/README.md)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractArticle, parseArticle, scoreMetadata, scoreProposal, type Expected } from "../../lib/extraction/index";
import type { ExpectedArticle } from "../../lib/extraction/score";

const args = process.argv.slice(2);
const quiet = args.includes("--quiet");
const group = args.includes("--group") ? args[args.indexOf("--group") + 1] : null;
const DEV = ["articles", "articles/round3", "articles/round4", "articles/round4-text", "events-dev", "page-heads"].map((d) => `tests/fixtures/${d}`);
const dirs = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--group");
const FIELDS = ["title", "author", "dateline", "publishedOn", "publication"] as const;

type Head = Expected & { article: ExpectedArticle; group?: string };
for (const dir of dirs.length ? dirs : DEV) {
  if (!existsSync(dir)) continue;
  const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => f.replace(/\.txt$/, ""));
  const perField = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<(typeof FIELDS)[number], number>;
  let n = 0, recall = 0, precision = 0, scored = 0;
  const lines: string[] = [];
  for (const name of names) {
    const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), "utf8")) as Head;
    if (group && expected.group && expected.group !== group) continue;
    const text = readFileSync(path.join(dir, `${name}.txt`), "utf8");
    n++;
    const hasActors = Array.isArray(expected.actors) && expected.actors.length > 0;
    const article = hasActors ? extractArticle({ text }).article : { ...parseArticle(text) };
    const meta = scoreMetadata(article, expected.article);
    for (const f of FIELDS) if (!meta.wrong.some((w) => w.field === f)) perField[f]++;
    for (const w of meta.wrong) lines.push(`  META  ${name}  ${w.field}: want ${JSON.stringify(w.expected)} got ${JSON.stringify(w.parsed)}`);
    if (!hasActors) continue;
    const s = scoreProposal(extractArticle({ text }), expected);
    scored++;
    recall += s.actorRecall;
    precision += s.actorPrecision;
    for (const a of s.missedActors) lines.push(`  MISS  ${name}  ${a}`);
    for (const a of s.extraActors) lines.push(`  EXTRA ${name}  ${a}`);
  }
  if (!n) continue;
  const right = Object.values(perField).reduce((a, b) => a + b, 0);
  const fields = FIELDS.map((f) => `${f} ${perField[f]}/${n}`).join("  ");
  const actors = scored ? `  actors R ${(recall / scored).toFixed(3)} P ${(precision / scored).toFixed(3)} (mean of ${scored})` : "";
  console.log(`${dir}${group ? ` group ${group}` : ""}: metadata ${right}/${n * FIELDS.length} = ${(right / (n * FIELDS.length)).toFixed(3)}${actors}\n  ${fields}`);
  if (!quiet) for (const l of lines) console.log(l);
}

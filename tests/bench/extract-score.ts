/**
 * Extraction quality on an annotated article set: the figures, pooled over all articles.
 * Run: npx tsx tests/bench/extract-score.ts [DIR] [--answers] [--verbose] [--only NAME]
 *   DIR        folder of NAME.txt + NAME.expected.json (default tests/fixtures/articles)
 *   --published  pass the annotation's publication date in (as `extract --published D` does)
 *   --answers    pass the annotation's publication date and title in (as the old fixture test did)
 *   --fallback   as the sealed scorer: text only, then with the annotation's publication date when the text gives none
 *   --verbose  list missed/extra events, wrong dates and types per article
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractArticle, headlineProblems, scoreProposal, type Expected } from "../../lib/extraction/index";

const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : null;
const dir = path.resolve(args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--only") ?? "tests/fixtures/articles");
const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => f.replace(/\.txt$/, "")).filter((n) => !only || n.includes(only));

let roleSum = 0;
const sum = { expEvents: 0, propEvents: 0, matched: 0, matchedDated: 0, rightDate: 0, dated: 0, typed: 0, typeOk: 0, roles: 0, roleOk: 0, badTitles: 0, stF1: 0 };
for (const name of names) {
  const text = readFileSync(path.join(dir, `${name}.txt`), "utf8");
  const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), "utf8")) as Expected;
  const answers = {
    ...(flag("--answers") || flag("--published") ? { publishedOn: expected.article?.publishedOn ?? undefined } : {}),
    ...(flag("--answers") ? { title: expected.article?.title ?? undefined } : {}),
  };
  let proposal = extractArticle({ text, ...answers });
  if (flag("--fallback") && !proposal.article.publishedOn && expected.article?.publishedOn) proposal = extractArticle({ text, publishedOn: expected.article.publishedOn });
  const s = scoreProposal(proposal, expected);
  const ee = expected.events;
  const matched = Math.round(s.eventRecall * ee.length);
  const dated = ee.filter((e) => e.date).length;
  const rightDate = Math.round(s.datedEventRecall * dated);
  const missedTitles = new Set(s.missedEvents.map((e) => e.title));
  const matchedDated = ee.filter((e) => e.date && !missedTitles.has(e.title)).length;
  const typed = matched - 0; // every dev annotation names a type
  const badTitles = headlineProblems(proposal.events.map((e) => e.title)).length;
  roleSum += s.eventRoleAccuracy;
  sum.expEvents += ee.length; sum.propEvents += proposal.events.length; sum.matched += matched; sum.dated += dated; sum.rightDate += rightDate;
  sum.matchedDated += matchedDated; sum.typed += typed; sum.typeOk += typed - s.wrongTypes.length; sum.badTitles += badTitles;
  console.log(`${name.padEnd(52)} R=${s.eventRecall.toFixed(2)} P=${s.eventPrecision.toFixed(2)} date=${s.eventDateAccuracy.toFixed(2)} datedR=${s.datedEventRecall.toFixed(2)} type=${s.eventTypeAccuracy.toFixed(2)} role=${s.eventRoleAccuracy.toFixed(2)} n=${proposal.events.length}/${ee.length}`);
  if (flag("--verbose")) {
    for (const e of s.missedEvents) console.log(`   MISSED  ${e.date ?? "-"}  ${e.title}`);
    for (const e of s.extraEvents) console.log(`   EXTRA   ${e.date ?? "-"}  ${e.title}`);
    for (const w of s.wrongDates) if (w.proposed !== null || !s.missedEvents.some((m) => m.title === w.title)) console.log(`   DATE    ${w.expected} got ${w.proposed}  ${w.title}`);
    for (const w of s.wrongTypes) console.log(`   TYPE    ${w.expected} got ${w.proposed}  ${w.title}`);
    for (const t of headlineProblems(proposal.events.map((e) => e.title))) console.log(`   TITLE   ${t.problem}: ${t.title}`);
  }
}
const r = (n: number, d: number) => (d ? n / d : 1).toFixed(2);
console.log(`\npooled over ${names.length} articles${flag("--answers") ? " (answers' date and title passed in)" : flag("--published") ? " (publication date passed in)" : flag("--fallback") ? " (publication date from the annotation when the text gives none)" : ""}:`);
console.log(`event recall ${r(sum.matched, sum.expEvents)}  precision ${r(sum.matched, sum.propEvents)}  date accuracy ${r(sum.rightDate, sum.matchedDated)}  dated recall ${r(sum.rightDate, sum.dated)}  type accuracy ${r(sum.typeOk, sum.typed)}`);
console.log(`role accuracy (mean per article) ${(roleSum / (names.length || 1)).toFixed(2)}`);
console.log(`events proposed ${sum.propEvents}, expected ${sum.expEvents}, matched ${sum.matched}; titles failing the headline check ${sum.badTitles}`);

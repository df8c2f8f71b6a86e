/**
 * Event dates on the TUNING split (development folders and retired rounds 2–14), for reading: every matched human
 * event whose date the engine got wrong, with the date phrase the annotator read, the engine's date and phrase, and
 * the clause the engine dated. Retired rounds 15–16 (validation) are never listed (pooled only: extract-split.ts).
 *
 *   npx tsx tests/bench/extract-date-misses.ts [--undated]   (--undated: only the engine's null dates)
 */
import { extractArticle, scoreProposal } from "@/lib/extraction";
import { actorMatcher, matchEvents } from "@/lib/extraction/score";
import { tuningSplit } from "./extract-split";

const onlyUndated = process.argv.includes("--undated");
const oneLine = (s: string, n = 220) => s.replace(/\s+/g, " ").trim().slice(0, n);
let wrong = 0, matchedDated = 0;

for (const { name, text, expected } of tuningSplit()) {
  const textOnly = extractArticle({ text });
  const p = textOnly.article.publishedOn ? textOnly : extractArticle({ text, publishedOn: expected.article.publishedOn });
  scoreProposal(p, expected);
  const { sameActor } = actorMatcher(p, expected);
  for (const { e, p: j } of matchEvents(p.events, expected.events, sameActor)) {
    const exp = expected.events[e], got = p.events[j];
    if (!exp.date) continue;
    matchedDated++;
    if (got.date === exp.date || (onlyUndated && got.date)) continue;
    wrong++;
    console.log(`DATE\t${name}\tpub ${p.article.publishedOn}\twant ${exp.date} (${exp.dateText ?? "-"})\tgot ${got.date ?? "null"} (${got.dateText ?? "-"})`);
    console.log(`\t${exp.title}  <-  ${got.title}\n\t| ${oneLine(p.body.slice(got.start, got.end))}`);
  }
}
console.log(`\n${wrong} wrong of ${matchedDated} matched dated events`);

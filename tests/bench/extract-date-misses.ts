/**
 * Event dates on the TUNING split (development folders and retired rounds 2–15), for reading: every matched human
 * event whose date the engine got wrong, with the date phrase the annotator read, the engine's date and phrase, the
 * clause the engine dated, and the miss's class; counts per class at the end. Retired rounds 16–17 (validation) are
 * never listed (pooled only: extract-split.ts, extract-split-dates.ts).
 *
 *   npx tsx tests/bench/extract-date-misses.ts [--undated] [--class=<name>]   (--undated: only the engine's null dates)
 */
import { extractArticle, scoreProposal } from "@/lib/extraction";
import { actorMatcher, matchEvents } from "@/lib/extraction/score";
import { tuningSplit } from "./extract-split";

const onlyUndated = process.argv.includes("--undated");
const onlyClass = process.argv.find((a) => a.startsWith("--class="))?.slice(8);
const oneLine = (s: string, n = 220) => s.replace(/\s+/g, " ").trim().slice(0, n);
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const RELATIVE = /\b(?:later|earlier|after|before|next|following|previous|same|that|then|afterwards)\b/i;
const daysApart = (a: string, b: string) => Math.round((Date.parse(a) - Date.parse(b)) / 86_400_000);

/** The kind of a wrong date: what went wrong, read from the two dates and their phrases. */
function missClass(want: string, wantText: string | null, got: string | null, gotText: string | null): string {
  if (got === null) return "none";
  if (got.startsWith(want)) return "too fine";
  if (want.startsWith(got)) return "too coarse";
  const sameDay = want.length === 10 && got.length === 10;
  if (sameDay && Math.abs(daysApart(got, want)) === 7 && gotText && WEEKDAY.test(gotText)) return "weekday direction";
  if (gotText === null) return "filled in (inherited or publication day)";
  if (/^since\b/i.test(gotText)) return "since-led phrase taken";
  if (wantText && gotText.toLowerCase() === wantText.toLowerCase()) return sameDay && Math.abs(daysApart(got, want)) <= 2 ? "same phrase, off by a day or two" : "same phrase, resolved otherwise";
  if (RELATIVE.test(gotText) || (wantText && RELATIVE.test(wantText))) return "relative phrase (anchor)";
  return "another phrase of the clause or sentence";
}

let wrong = 0, matchedDated = 0;
const classes = new Map<string, number>();
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
    const kind = missClass(exp.date, exp.dateText ?? null, got.date, got.dateText);
    classes.set(kind, (classes.get(kind) ?? 0) + 1);
    if (onlyClass && !kind.startsWith(onlyClass)) continue;
    console.log(`DATE\t${name}\tpub ${p.article.publishedOn}\twant ${exp.date} (${exp.dateText ?? "-"})\tgot ${got.date ?? "null"} (${got.dateText ?? "-"})\t[${kind}]`);
    console.log(`\t${exp.title}  <-  ${got.title}\n\t| ${oneLine(p.body.slice(got.start, got.end))}`);
  }
}
console.log(`\n${wrong} wrong of ${matchedDated} matched dated events`);
for (const [k, n] of [...classes].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);

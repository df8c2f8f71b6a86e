/**
 * Event dates on the TUNING split (development folders and retired rounds 2–28), for reading: every matched human
 * event whose date the engine got wrong, with the date phrase the annotator read, the engine's date and phrase, the
 * clause the engine dated, and the miss's class; counts per class at the end. Retired rounds 29–30 (validation) are
 * never listed (pooled only: extract-split.ts, extract-split-dates.ts).
 *
 *   npx tsx tests/bench/extract-date-misses.ts [--undated] [--class=<name>]   (--undated: only the engine's null dates)
 *   npx tsx tests/bench/extract-date-misses.ts --fallback   (both splits, counts only: for the found events left
 *     undated, by why, how often a fallback date would be the human's)
 */
import { extractArticle, parseArticle, scoreProposal } from "@/lib/extraction";
import { referenceDate } from "@/lib/extraction/dateline-date";
import { actorMatcher, matchEvents } from "@/lib/extraction/score";
import { tuningSplit, validationSplit } from "./extract-split";

type Split = ReturnType<typeof tuningSplit>;
const proposalOf = (text: string, publishedOn: string | undefined) => {
  const textOnly = extractArticle({ text });
  return textOnly.article.publishedOn ? textOnly : extractArticle({ text, publishedOn });
};

/** Why a found event has no date: what its clause reads as (the publication-date step dates none of these). */
function undatedClass(clause: string, interview: boolean): string {
  if (interview) return "interview";
  if (/\bhad\s+\p{Ll}/u.test(clause)) return "pluperfect";
  if (/\b(?:has|have)\s+(?:\p{Ll}+ly\s+)?\p{Ll}/u.test(clause)) return "perfect";
  if (/\b(?:since|ago|previously|earlier|formerly|once|first|already|last|before)\b/i.test(clause)) return "background word";
  if (/\b(?:will|would|could|may|might|to)\s+\p{Ll}/u.test(clause)) return "modal or infinitive";
  return "other";
}

/**
 * For each class of undated found events whose human event has a date: how often the publication day, its month, the
 * dateline's day (the publication day when there is none), the news day (the latest day-dated event within three days
 * before publication) or the date of the nearest dated event before it would be right. Counts only, so the validation
 * split stays unread.
 */
function fallbackTally(articles: Split) {
  const tally = new Map<string, Record<string, number>>();
  for (const { text, expected } of articles) {
    const p = proposalOf(text, expected.article.publishedOn);
    const pub = p.article.publishedOn;
    if (!pub) continue;
    const dateline = referenceDate(pub, parseArticle(text).datelineDay);
    const { sameActor } = actorMatcher(p, expected);
    const interview = /\n\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}:\s+[^\n]*\?/u.test(p.body);
    const lag = (date: string) => (Date.parse(pub) - Date.parse(date)) / 86_400_000;
    const newsDay = p.events.map((e) => e.date).filter((d): d is string => d?.length === 10 && lag(d) >= 0 && lag(d) <= 3).sort().pop() ?? pub;
    for (const { e, p: j } of matchEvents(p.events, expected.events, sameActor)) {
      const want = expected.events[e].date, got = p.events[j];
      if (!want || got.date) continue;
      const kind = undatedClass(p.body.slice(got.start, got.end), interview);
      const before = p.events.filter((x) => x.date && x.start < got.start).pop()?.date;
      const row = tally.get(kind) ?? { n: 0, pubDay: 0, pubMonth: 0, dateline: 0, newsDay: 0, eventBefore: 0 };
      row.n++;
      row.pubDay += +(want === pub);
      row.dateline += +(want === dateline);
      row.pubMonth += +(want === pub.slice(0, 7));
      row.newsDay += +(want === newsDay);
      row.eventBefore += +(want === before);
      tally.set(kind, row);
    }
  }
  return tally;
}

if (process.argv.includes("--fallback")) {
  for (const [name, split] of [["tuning", tuningSplit()], ["validation", validationSplit()]] as const) {
    console.log(`${name}: undated found events with a human date, and how often each fallback is right`);
    for (const [kind, r] of fallbackTally(split)) console.log(`  ${kind.padEnd(20)} n ${r.n}  pub day ${r.pubDay}  pub month ${r.pubMonth}  dateline ${r.dateline}  news day ${r.newsDay}  event before ${r.eventBefore}`);
  }
  process.exit(0);
}

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
  const p = proposalOf(text, expected.article.publishedOn);
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

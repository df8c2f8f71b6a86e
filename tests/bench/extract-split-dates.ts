/**
 * Pooled breakdowns of event dates and types on both splits (counts only: no article, title or text printed, so the
 * validation split stays unread). Dates: each matched dated human event by where the engine's date came from (none,
 * the publication or news day filled in, a phrase of its own) and whether it is right; wrong ones by expected ->
 * proposed precision. Types: matched typed events by expected <- proposed type where they differ, with the codebook
 * rules' own type before the type model (same, RIGHT where the model overrode a right rule type, else the rules' type).
 * Run: npx tsx tests/bench/extract-split-dates.ts
 */
import { extractArticle } from "@/lib/extraction";
import { actorMatcher, matchEvents } from "@/lib/extraction/score";
import { tuningSplit, validationSplit } from "./extract-split";

type Tally = Map<string, number>;
const bump = (t: Tally, k: string) => t.set(k, (t.get(k) ?? 0) + 1);
const precisionOf = (date: string | null) => (date === null ? "none" : date.length === 10 ? "day" : date.length === 7 ? "month" : "year");

function breakdown(articles: ReturnType<typeof tuningSplit>) {
  const source: Tally = new Map(), precision: Tally = new Map(), types: Tally = new Map();
  for (const { text, expected } of articles) {
    const textOnly = extractArticle({ text });
    const p = textOnly.article.publishedOn ? textOnly : extractArticle({ text, publishedOn: expected.article.publishedOn });
    const { sameActor } = actorMatcher(p, expected);
    const rules = extractArticle({ text, publishedOn: p.article.publishedOn ?? undefined, ruleTypesOnly: true }).events;
    const ruleType = (start: number, end: number) => rules.find((r) => r.start === start && r.end === end)?.type ?? "?";
    for (const { e, p: j } of matchEvents(p.events, expected.events, sameActor)) {
      const want = expected.events[e], got = p.events[j];
      const accepted = want.type ? [want.type, ...(want.acceptTypes ?? [])] : [];
      const rule = ruleType(got.start, got.end);
      if (want.type && !accepted.includes(got.type)) bump(types, `${want.type} <- ${got.type} (rules ${rule === got.type ? "same" : accepted.includes(rule) ? "RIGHT" : rule})`);
      else if (want.type && !accepted.includes(rule) && rule !== "?") bump(types, `right, rules wrong (${rule})`);
      if (!want.date) continue;
      const right = got.date === want.date;
      const from = got.date === null ? "none" : got.dateText === null ? "filled in" : "own phrase";
      bump(source, `${from}, ${right ? "right" : "wrong"}`);
      if (!right) bump(precision, `${want.precision ?? precisionOf(want.date)} -> ${precisionOf(got.date)}`);
    }
  }
  return { source, precision, types };
}

const print = (title: string, t: Tally) => {
  console.log(`  ${title}`);
  for (const [k, n] of [...t].sort((a, b) => b[1] - a[1])) console.log(`    ${String(n).padStart(4)}  ${k}`);
};

for (const [name, split] of [["tuning", tuningSplit()], ["validation", validationSplit()]] as const) {
  const b = breakdown(split);
  console.log(name);
  print("matched dated events, by the engine's date source", b.source);
  print("wrong dates, expected -> proposed precision", b.precision);
  print("wrong types, expected <- proposed", b.types);
}

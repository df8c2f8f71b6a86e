/**
 * Event types on the TUNING split, for reading: every matched human event whose type the engine got wrong, with the
 * expected and proposed type, the codebook rules' own type (before the type model), the human title and the clause.
 * Validation (retired rounds 29–30) is never listed: pooled counts are in extract-split-dates.ts.
 *   npx tsx tests/bench/extract-type-misses.ts [--pair=<expected><-<proposed>] [--round=N]   e.g. --pair=aid_arms_decision<-other
 *   --round=N  only the articles of retired round N (the most recently retired rounds are the most unseen-like)
 */
import { extractArticle } from "@/lib/extraction";
import { actorMatcher, matchEvents } from "@/lib/extraction/score";
import { roundOf } from "../fixtures/score-sealed";
import { tuningSplit } from "./extract-split";

const onlyPair = process.argv.find((a) => a.startsWith("--pair="))?.slice(7);
const onlyRound = process.argv.find((a) => a.startsWith("--round="))?.slice(8);
const oneLine = (s: string, n = 240) => s.replace(/\s+/g, " ").trim().slice(0, n);
const counts = new Map<string, number>();
for (const { name, text, expected } of tuningSplit()) {
  if (onlyRound && !(expected.round && roundOf(expected) === Number(onlyRound))) continue;
  const textOnly = extractArticle({ text });
  const p = textOnly.article.publishedOn ? textOnly : extractArticle({ text, publishedOn: expected.article.publishedOn ?? undefined });
  const rules = extractArticle({ text, publishedOn: p.article.publishedOn ?? undefined, ruleTypesOnly: true }).events;
  const { sameActor } = actorMatcher(p, expected);
  for (const { e, p: j } of matchEvents(p.events, expected.events, sameActor)) {
    const want = expected.events[e], got = p.events[j];
    if (!want.type || [want.type, ...(want.acceptTypes ?? [])].includes(got.type)) continue;
    const pair = `${want.type}<-${got.type}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
    if (onlyPair && pair !== onlyPair) continue;
    const rule = rules.find((r) => r.start === got.start && r.end === got.end)?.type ?? "?";
    console.log(`TYPE\t${name}\t${pair}\t(rules ${rule})\t${want.title}  <-  ${got.title}\n\t| ${oneLine(p.body.slice(got.start, got.end))}`);
  }
}
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(4)}  ${k}`);

/**
 * Event errors on a split counted by class, pooled (safe to run on the validation split: no text printed unless --list,
 * and --list refuses the validation split):
 *   never proposed (no candidate at all matches), gated out (a candidate matches but the happening gate drops it),
 *   wrong date, wrong type (expected -> proposed pairs).
 * Run: npx tsx tests/bench/extract-miss-classes.ts [tuning|validation] [--list]
 */
import { extractArticle, scoreProposal } from "@/lib/extraction";
import { actorMatcher, matchEvents } from "@/lib/extraction/score";
import { tuningSplit, validationSplit } from "./extract-split";

const split = process.argv.includes("validation") ? "validation" : "tuning";
const list = process.argv.includes("--list") && split === "tuning";
const articles = split === "validation" ? validationSplit() : tuningSplit();
const tally = new Map<string, number>();
const bump = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);

for (const { name, text, expected } of articles) {
  const pub = extractArticle({ text }).article.publishedOn ? undefined : expected.article.publishedOn ?? undefined;
  const proposal = extractArticle({ text, publishedOn: pub });
  const all = extractArticle({ text, publishedOn: pub, allCandidates: true });
  const { sameActor } = actorMatcher(proposal, expected);
  const found = new Set(matchEvents(proposal.events, expected.events, sameActor).map((m) => m.e));
  const candidate = new Set(matchEvents(all.events, expected.events, actorMatcher(all, expected).sameActor).map((m) => m.e));
  expected.events.forEach((e, i) => {
    if (found.has(i)) return;
    const cls = candidate.has(i) ? "gated out" : "never proposed";
    bump(cls);
    if (list) console.log(`${cls.padEnd(15)} ${name.slice(0, 30).padEnd(30)} ${e.type ?? "-"} ${e.date ?? "-"} ${e.title}`);
  });
  const s = scoreProposal(proposal, expected);
  for (const w of s.wrongTypes ?? []) bump(`type ${w.expected} -> ${w.proposed}`);
}
for (const [k, v] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(4)}  ${k}`);

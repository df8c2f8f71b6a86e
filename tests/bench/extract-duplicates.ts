/**
 * Duplicate events on the tuning split: proposals that are not matched to a human event but whose best human
 * counterpart (by the scorer's own pairing rule) is already matched to another proposal — the same happening
 * proposed twice (loosely: the scorer's pairing rule; strictly: the two proposals also share a type or title words and
 * have compatible dates). Also lists every extra proposal with its clause, to class them by eye.
 * Run: npx tsx tests/bench/extract-duplicates.ts [--list] [--dups]
 *      (tuning split only; never point this at retired rounds 29–30, the validation split)
 */
import { extractArticle } from "../../lib/extraction/index";
import { actorMatcher, dice, matchEvents, tokens } from "../../lib/extraction/score";
import { tuningSplit } from "./extract-split";

const STOP = new Set("a an the of in on at to for and or with by from its his her their is are was were be been has have had that this as into over after before".split(" "));
const content = (s: string) => tokens(s).filter((t) => !STOP.has(t));
const args = process.argv.slice(2);

/** Equal, one absent, or one a coarser prefix of the other. */
const compatible = (a: string | null, b: string | null) => !a || !b || a.startsWith(b) || b.startsWith(a);

let duplicates = 0, strict = 0, extras = 0;
for (const { name, text, expected } of tuningSplit()) {
  let proposal = extractArticle({ text });
  if (!proposal.article.publishedOn && expected.article?.publishedOn) proposal = extractArticle({ text, publishedOn: expected.article.publishedOn });
  const { sameActor } = actorMatcher(proposal, expected);
  const matches = matchEvents(proposal.events, expected.events, sameActor);
  const matchedP = new Map(matches.map((m) => [m.p, m.e]));
  const matchedE = new Map(matches.map((m) => [m.e, m.p]));
  proposal.events.forEach((p, j) => {
    if (matchedP.has(j)) return;
    extras++;
    // The human event this proposal pairs with best, if it pairs with any (Dice ≥ 0.2 or same date phrase and an actor).
    const pairs = expected.events.map((e, i) => {
      const td = dice(content(e.title), content(p.title));
      const dt = !!e.dateText && !!p.dateText && e.dateText.trim().toLowerCase() === p.dateText.trim().toLowerCase();
      const shared = (e.actors ?? []).filter((a) => p.actors.some((b) => sameActor(a, b))).length;
      return { i, ok: td >= 0.2 || (dt && shared > 0), score: td + 0.5 * (e.actors?.length ? shared / e.actors.length : 0) + (dt ? 0.5 : 0) };
    });
    const best = pairs.filter((x) => x.ok).sort((a, b) => b.score - a.score)[0];
    const dupOf = best && matchedE.has(best.i) ? proposal.events[matchedE.get(best.i)!] : undefined;
    if (dupOf) duplicates++;
    // Strict: the two proposals also agree with each other (same type or shared title words, and compatible dates).
    const agree = !!dupOf && (dupOf.type === p.type || dice(content(dupOf.title), content(p.title)) >= 0.3) && compatible(dupOf.date, p.date);
    if (agree) strict++;
    const span = proposal.body.slice(p.start, p.end).replace(/\s+/g, " ").slice(0, 240);
    const tag = agree ? "DUP!" : dupOf ? "DUP " : "    ";
    if (args.includes("--list") || (args.includes("--dups") && dupOf)) {
      console.log(`${tag}${name.slice(0, 30).padEnd(30)} ${p.type.padEnd(22)} ${(p.date ?? "-").padEnd(10)} ${p.title}\n      | ${span}`);
      if (dupOf) console.log(`      = ${dupOf.title} [${dupOf.type} ${dupOf.date ?? "-"}] ~ human "${expected.events[best.i].title}"`);
    }
  });
}
console.log(`\nextra proposals ${extras}; duplicates (an extra whose best human event is matched to another proposal) ${duplicates}, of which the two proposals agree (same type or title words, compatible dates) ${strict}`);

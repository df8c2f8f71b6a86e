/**
 * Event errors on a split counted by class, pooled (safe to run on the validation split: no text printed unless --list,
 * and --list refuses the validation split):
 *   never proposed (no candidate at all matches), gated out (a candidate matches but the happening gate drops it),
 *   wrong date, wrong type (expected -> proposed pairs).
 * With --list (tuning only) each never-proposed event is printed with the sentence that most likely tells it (its
 * title's word stems and date phrase), the candidates found in that sentence, and the candidate whose title comes
 * closest (Dice on title content words; matchEvents needs 0.2), to tell a missing clause from a title that misses.
 * Never-proposed events are split by what their likely sentence holds: a candidate another annotated event took
 * ("consumed, same sentence"), a candidate whose title misses, one dropped or merged later, none (inside a quote or not).
 * Run: npx tsx tests/bench/extract-miss-classes.ts [tuning|validation] [--list]
 */
import { extractArticle, scoreProposal, type Proposal } from "@/lib/extraction";
import { actorMatcher, dice, matchEvents, tokens, type ExpectedEvent } from "@/lib/extraction/score";
import { tuningSplit, validationSplit } from "./extract-split";

const split = process.argv.includes("validation") ? "validation" : "tuning";
const list = process.argv.includes("--list") && split === "tuning";
const articles = split === "validation" ? validationSplit() : tuningSplit();
const tally = new Map<string, number>();
const bump = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);

const STOP = new Set("a an the of in on at to for and or with by from its his her their is are was were be been has have had that this as into over after before".split(" "));
const content = (s: string) => tokens(s).filter((t) => !STOP.has(t));
const stems = (s: string) => content(s).filter((w) => w.length > 2).map((w) => w.slice(0, 5));

/** The body sentence sharing most title stems with the event (its date phrase counts as one more). */
function likelySentence(body: string, e: ExpectedEvent): string {
  const want = new Set(stems(e.title));
  let best = { s: "", score: 0 };
  for (const s of body.split(/(?<=[.?!]["”]?)\s+(?=["“\p{Lu}])|\n+/u)) {
    const got = new Set(stems(s));
    const score = [...want].filter((w) => got.has(w)).length + (e.dateText && s.includes(e.dateText) ? 1 : 0);
    if (score > best.score) best = { s, score };
  }
  return best.s;
}

/** The never-proposed event, its likely sentence, the candidates inside it and the nearest candidate title anywhere. */
function printNeverProposed(name: string, e: ExpectedEvent, all: Proposal, unfiltered: Proposal) {
  const sentence = likelySentence(all.body, e);
  const span = (p: Proposal["events"][number]) => all.body.slice(Math.max(0, p.start), Math.max(0, p.end));
  const inside = all.events.filter((p) => { const t = span(p); return t && sentence.includes(t.trim()); });
  const nearest = all.events.map((p) => ({ p, d: dice(content(e.title), content(p.title)) })).sort((a, b) => b.d - a.d)[0];
  console.log(`never proposed  ${name.slice(0, 40)}  ${e.type ?? "-"} ${e.date ?? "-"} (${e.dateText ?? "-"}) ${e.title}`);
  console.log(`    | ${sentence.replace(/\s+/g, " ").slice(0, 400)}`);
  for (const p of inside) console.log(`    cand ${(p as { loose?: boolean }).loose ? "loose " : ""}${p.type} ${p.date ?? "-"}: ${p.title}`);
  for (const p of unfiltered.events.filter((p) => { const t = span(p); return t && sentence.includes(t.trim()); }))
    if (!inside.some((q) => q.start === p.start)) console.log(`    dropped or merged ${p.type}: ${p.title}`);
  if (nearest && nearest.d > 0) console.log(`    nearest ${nearest.d.toFixed(2)}: ${nearest.p.title}`);
}

/** Why a never-proposed event has no candidate: what the candidates of its likely sentence did. */
function neverProposedClass(e: ExpectedEvent, all: Proposal, unfiltered: Proposal, taken: Set<number>): string {
  const sentence = likelySentence(all.body, e);
  const within = (p: Proposal["events"][number]) => { const t = all.body.slice(Math.max(0, p.start), Math.max(0, p.end)).trim(); return !!t && sentence.includes(t); };
  const inside = all.events.map((p, j) => ({ p, j })).filter((x) => within(x.p));
  if (inside.some((x) => taken.has(x.j))) return "consumed, same sentence";
  if (inside.length) return "candidate, title misses";
  if (unfiltered.events.some(within)) return "dropped or merged";
  return /["“”]/.test(sentence) ? "no candidate, quote in sentence" : "no candidate";
}

for (const { name, text, expected } of articles) {
  const pub = extractArticle({ text }).article.publishedOn ? undefined : expected.article.publishedOn ?? undefined;
  const proposal = extractArticle({ text, publishedOn: pub });
  const all = extractArticle({ text, publishedOn: pub, allCandidates: true });
  const { sameActor } = actorMatcher(proposal, expected);
  const found = new Set(matchEvents(proposal.events, expected.events, sameActor).map((m) => m.e));
  const allMatch = matchEvents(all.events, expected.events, actorMatcher(all, expected).sameActor);
  const candidate = new Set(allMatch.map((m) => m.e));
  const taken = new Set(allMatch.map((m) => m.p));
  let unfiltered: Proposal | undefined;
  expected.events.forEach((e, i) => {
    if (found.has(i)) return;
    const cls = candidate.has(i) ? "gated out" : "never proposed";
    bump(cls);
    if (cls === "never proposed") {
      unfiltered ??= extractArticle({ text, publishedOn: pub, allCandidates: "unfiltered" });
      const why = neverProposedClass(e, all, unfiltered, taken);
      bump(`  never proposed: ${why}`);
      if (list) console.log(`[${why}]`);
    }
    if (list && cls === "never proposed") {
      printNeverProposed(name, e, all, unfiltered!);
    }
    else if (list) console.log(`${cls.padEnd(15)} ${name.slice(0, 30).padEnd(30)} ${e.type ?? "-"} ${e.date ?? "-"} ${e.title}`);
  });
  const s = scoreProposal(proposal, expected);
  for (const w of s.wrongTypes ?? []) bump(`type ${w.expected} -> ${w.proposed}`);
}
for (const [k, v] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`${String(v).padStart(4)}  ${k}`);

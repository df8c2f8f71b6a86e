/**
 * Lists what the engine misses on the TUNING split (tests/fixtures/articles and retired rounds 2–28), for reading:
 * missed and spurious actors, wrong speakers, missed and spurious statements, wrong metadata. Retired rounds 29 and 30
 * are the validation split and are never listed here (score them pooled: tests/bench/extract-split.ts).
 *
 *   npx tsx tests/bench/extract-tuning-misses.ts [actors|speakers|statements|metadata|events]...
 * `events` (not in the default set): missed human events whose likeliest sentence also holds a proposed event,
 * with the proposals found there (a second happening of one sentence lost beside the first).
 */
import { extractArticle, scoreProposal } from "@/lib/extraction";
import { loadSealed, RETIRED_DIR, roundOf } from "../fixtures/score-sealed";
import path from "node:path";
import { isTuningRound } from "./extract-split";

const articles = [
  ...loadSealed(path.resolve(import.meta.dirname, "../fixtures/articles")),
  ...loadSealed(RETIRED_DIR).filter((a) => isTuningRound(roundOf(a.expected))),
];
const want = new Set(process.argv.slice(2).length ? process.argv.slice(2) : ["actors", "speakers", "statements", "metadata"]);
const short = (s: string) => (s.length > 110 ? `${s.slice(0, 107)}…` : s);
const STOP = new Set("a an the of in on at to for and or with by from its his her their is are was were be been has have had that this as into over after".split(" "));
const stems = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.slice(0, 5));

/** The body sentence sharing most title words with `title` (a rough guess at where a human event is told). */
function likeliestSentence(body: string, title: string): { start: number; end: number } | null {
  const titleStems = new Set(stems(title));
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of body.matchAll(/[^.!?\n]+(?:[.!?]+["”’]?|$)/gu)) {
    const score = stems(m[0]).filter((w) => titleStems.has(w)).length / (titleStems.size || 1);
    if (score > (best?.score ?? 0.3)) best = { start: m.index, end: m.index + m[0].length, score };
  }
  return best;
}

function printSharedSentenceMisses(name: string, p: ReturnType<typeof extractArticle>, missed: { title: string; date: string | null; type?: string | null }[]) {
  for (const e of missed) {
    const s = likeliestSentence(p.body, e.title);
    const there = s ? p.events.filter((x) => x.start < s.end && x.end > s.start) : [];
    if (!s || !there.length) continue;
    console.log(`EVENT-BESIDE\t${name}\t${e.type ?? "-"}\t${e.date ?? "-"}\t${e.title}\n\t| ${p.body.slice(s.start, s.end).replace(/\s+/g, " ").trim()}`);
    for (const x of there) console.log(`\t  proposed: ${x.type} ${x.date ?? "-"} ${x.title}`);
  }
}

for (const { name, text, expected } of articles) {
  const textOnly = extractArticle({ text });
  const p = textOnly.article.publishedOn ? textOnly : extractArticle({ text, publishedOn: expected.article?.publishedOn ?? undefined });
  const s = scoreProposal(p, expected);
  const kind = (n: string) => expected.actors.find((a) => a.name === n)?.kind ?? "?";
  if (want.has("actors")) {
    for (const a of s.missedActors) console.log(`ACTOR-MISS\t${name}\t${kind(a)}\t${a}`);
    for (const a of s.extraActors) console.log(`ACTOR-EXTRA\t${name}\t${p.actors.find((x) => x.name === a)?.kind}\t${a}`);
  }
  if (want.has("speakers")) for (const w of s.wrongSpeakers) console.log(`SPEAKER\t${name}\twant ${w.expected}\tgot ${w.proposed}\t${short(w.quote)}`);
  if (want.has("statements")) {
    for (const m of s.missedStatements) console.log(`STMT-MISS\t${name}\t${m.direct ? "D" : "I"}\t${m.speaker}\t${short(m.quote)}`);
    for (const m of s.extraStatements) console.log(`STMT-EXTRA\t${name}\t${m.direct ? "D" : "I"}\t${m.speaker}\t${short(m.quote)}`);
  }
  if (want.has("events")) printSharedSentenceMisses(name, p, s.missedEvents);
  if (want.has("metadata") && expected.article) {
    for (const f of ["title", "author", "dateline", "publishedOn", "publication"] as const) {
      const e = expected.article[f] ?? null, g = textOnly.article[f] ?? null;
      if ((e ?? "").toLowerCase().trim() !== (g ?? "").toLowerCase().trim()) console.log(`META\t${name}\t${f}\twant ${JSON.stringify(e)}\tgot ${JSON.stringify(g)}`);
    }
  }
}

/**
 * Lists what the engine misses on the TUNING split (tests/fixtures/articles and retired rounds 2–10), for reading:
 * missed and spurious actors, wrong speakers, missed and spurious statements, wrong metadata. Retired rounds 10 and 11
 * are the validation split and are never listed here (score them pooled: tests/bench/extract-split.ts).
 *
 *   npx tsx tests/bench/extract-tuning-misses.ts [actors|speakers|statements|metadata]...
 */
import { extractArticle, scoreProposal } from "@/lib/extraction";
import { loadSealed, RETIRED_DIR, roundOf } from "../fixtures/score-sealed";
import path from "node:path";

const VALIDATION_ROUNDS = new Set([11, 12]);
const articles = [
  ...loadSealed(path.resolve(import.meta.dirname, "../fixtures/articles")),
  ...loadSealed(RETIRED_DIR).filter((a) => !VALIDATION_ROUNDS.has(roundOf(a.expected))),
];
const want = new Set(process.argv.slice(2).length ? process.argv.slice(2) : ["actors", "speakers", "statements", "metadata"]);
const short = (s: string) => (s.length > 110 ? `${s.slice(0, 107)}…` : s);

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
  if (want.has("metadata") && expected.article) {
    for (const f of ["title", "author", "dateline", "publishedOn", "publication"] as const) {
      const e = expected.article[f] ?? null, g = textOnly.article[f] ?? null;
      if ((e ?? "").toLowerCase().trim() !== (g ?? "").toLowerCase().trim()) console.log(`META\t${name}\t${f}\twant ${JSON.stringify(e)}\tgot ${JSON.stringify(g)}`);
    }
  }
}

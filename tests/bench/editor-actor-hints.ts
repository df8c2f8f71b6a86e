/**
 * The review's "Already in Faultline as …?" hints across the fixtures: each article's actors proposed as new against a
 * database holding the demo and every other article's actors (known-actors.ts, leave-one-article-out). An actor the
 * review matches by name or alias (buildReview) gets no hint; a described source is unnamed and gets none either.
 * Prints each offered pair once (proposed → stored, with the score), then how many.
 * Run: npx tsx tests/bench/editor-actor-hints.ts
 */
import path from "node:path";
import { actorCandidates, likelyStoredActor } from "@/components/editor/review-model";
import { actorIndex } from "@/lib/editor/review";
import { ACTOR_KINDS, type ReviewActor } from "@/lib/editor/schemas";
import { loadSealed, RETIRED_DIR } from "../fixtures/score-sealed";
import { DEV_DIRS } from "./extract-split";
import { asStored, knownActorsLeavingOneOut } from "./known-actors";

const FIX = path.resolve(import.meta.dirname, "../fixtures");
const articles = [...DEV_DIRS.flatMap((d) => loadSealed(path.join(FIX, d))), ...loadSealed(RETIRED_DIR)];
const storedPerArticle = knownActorsLeavingOneOut(articles);

const kindOf = (kind: string) => (ACTOR_KINDS.includes(kind as ReviewActor["kind"]) ? (kind as ReviewActor["kind"]) : "other");
const offered = new Map<string, number>();
articles.forEach((article, i) => {
  const known = storedPerArticle[i].map((a) => ({ ...a, id: a.name }));
  const index = actorIndex(known);
  for (const expected of article.expected.actors) {
    const proposed = asStored(expected);
    if (!proposed || [proposed.name, ...proposed.aliases].some((t) => index.has(t.toLowerCase()))) continue;
    const actor = { ...proposed, kind: kindOf(proposed.kind), decision: "new" as const, actorId: undefined, unnamed: undefined };
    const stored = likelyStoredActor(actor, known);
    if (!stored) continue;
    const score = actorCandidates(actor, known, 1)[0].score;
    const line = `${proposed.name} [${actor.kind}] → ${stored.name} [${stored.kind}]  ${score.toFixed(2)}`;
    offered.set(line, (offered.get(line) ?? 0) + 1);
  }
});
for (const [line, times] of [...offered].sort()) console.log(`${line}${times > 1 ? `  ×${times}` : ""}`);
console.log(`hints offered: ${offered.size} pairs (${[...offered.values()].reduce((a, b) => a + b, 0)} actors) in ${articles.length} articles`);

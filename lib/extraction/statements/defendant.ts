/**
 * "the defendant told the court", "the accused said": in a court report, the person on trial, whom the text named
 * before as the one sentenced, convicted, charged or tried ("sentenced Pavel R.", "Pavel R., 34, was charged").
 */
import type { Actor, Mention } from "../actors";
import type { Ctx } from "./context";
import type { VerbSite } from "./verb-site";

const COURT_VERBS = "sentenced|convicted|jailed|charged|indicted|acquitted|tried|prosecuted|detained|arrested";
/** The court's verb right before the name: "sentenced Pavel R.", "convicted 34-year-old Pavel R.", "found that former driver Pavel R.". */
const VERB_BEFORE = new RegExp(`\\b(?:${COURT_VERBS}|found(?:\\s+that)?)\\s+(?:[\\p{Ll}\\p{N}][\\p{L}\\p{N}-]*\\s+){0,2}$`, "u");
/** The court's verb after the name, past an apposition: "Pavel R., a 34-year-old driver, was sentenced", "who stands trial", "guilty". */
const VERB_AFTER = new RegExp(
  `^(?:,[^,.;]{1,80},)?,?\\s+(?:who\\s+)?(?:(?:not\\s+)?guilty\\b|(?:is|was|has\\s+been|had\\s+been)\\s+(?:${COURT_VERBS}|accused)\\b|(?:stands|stood|went\\s+on)\\s+trial\\b)`,
  "u",
);

const onTrial = (ctx: Ctx, m: Mention) =>
  VERB_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 40), m.start)) || VERB_AFTER.test(ctx.text.slice(m.end, m.end + 120));

/** The person last named on trial before `pos`. */
export function personOnTrial(ctx: Ctx, pos: number): Actor | null {
  const tried = ctx.index.mentions.filter((m) => m.start < pos && m.actor.kind === "person" && !m.pronoun && !m.possessive && onTrial(ctx, m));
  return tried.pop()?.actor ?? null;
}

/** "the defendant said", "the main defendant told": the person on trial, if the text named one. */
export function defendantSpeaker({ ctx, vStart, words, k, head }: VerbSite): Actor | null {
  if (!/^(?:defendant|accused)$/i.test(head) || !words.slice(Math.max(0, k - 2), k).some((w) => /^the$/i.test(w))) return null;
  return personOnTrial(ctx, vStart);
}

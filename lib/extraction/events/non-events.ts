/**
 * What looks like a happening but is a state, a judgement or a follow-on detail: "the heaviest fighting was
 * on the Pokrovsk front", "Moscow's position had not changed", "the consensus among analysts is …".
 */
import type { EventCtx, FoundEvent } from "./context";

/** A clause whose verb is "be" or "remain" with no participle: it describes, it does not report a happening. */
const STATE = /^[^,;]{0,70}?\b(?:was|were|is|are|remains?|remained)\s+(?!(?:\p{Ll}+ed|killed|hit|struck|shot|taken|held|seen|made|sent|built|won|lost|set|put|cut|being)\b)/u;
const UNCHANGED = /\b(?:ha[sd]|have)\s+(?:not|n't)\s+changed\b|\bremain(?:s|ed)?\s+unchanged\b|\bthe consensus\b|\banalysts\s+(?:say|said|believe)\b/i;
const ACTION = /\b(?:\p{Ll}{3,}ed|took|hit|struck|met|held|began|came|sent|shot|won|lost|fell)\b/u;
const KEEP_STATES = new Set(["proposal", "threat_warning", "casualties"]);

function isState(ctx: EventCtx, e: FoundEvent): boolean {
  const clause = ctx.text.slice(e.start, e.end);
  // "…, saying Moscow's position had not changed": a reason given for a happening does not undo it.
  if (UNCHANGED.test(clause.split(/,\s+(?:saying|adding|calling|arguing)\b/)[0])) return true;
  return !KEEP_STATES.has(e.type) && STATE.test(clause) && !ACTION.test(clause);
}

export function dropNonEvents(ctx: EventCtx, events: FoundEvent[]): FoundEvent[] {
  return events.filter((e) => !isState(ctx, e));
}

/**
 * 'Oksana Dovhan, a nurse at the hospital, shakes her head. "We have no more beds."': feature writing introduces a
 * person in a sentence of their own, with no reporting verb, and lets the quotation that follows speak in their voice.
 */
import type { Actor } from "../actors";
import type { QuoteSpan, Sentence } from "../sentences";
import { mentionsIn, type Ctx, type FoundStatement } from "./context";
import { pronounSpeaker } from "./pronoun";

/** What may stand before the subject: a few words naming its role ("Her colleague", "Deputy minister"), or a role phrase and a comma ("The head doctor, "). */
const LEAD_BEFORE_SUBJECT = /^(?:(?:[\p{L}’'-]+\s+){0,3}|(?:The|the|A|An|His|Her|Their|Its)\s[^,.;:"“”«»()]{1,60},\s*)$/u;

/** The person a sentence is about: its first actor, a person standing as subject (no possessor, after no preposition). */
export function personSubject(ctx: Ctx, s: Sentence): Actor | null {
  const first = mentionsIn(ctx, s.start, s.end)[0];
  if (!first || first.possessive || first.actor.kind !== "person") return null;
  if (!LEAD_BEFORE_SUBJECT.test(ctx.text.slice(s.start, first.start))) return null;
  // "Trump's envoy …" is no subject; "Koval, 54, left …" is.
  if (/^\s*['’]/.test(ctx.text.slice(first.end, first.end + 2))) return null;
  return first.pronoun ? pronounSpeaker(ctx, first) : first.actor;
}

/**
 * A quotation that is its sentence (opening and ending it), with no attribution of its own, right after a sentence of its paragraph whose subject
 * is a person: that person speaks, unless a statement was already quoted since that sentence began.
 */
export function introducedSpeaker(ctx: Ctx, q: QuoteSpan, s: Sentence, previous: FoundStatement | null): { speaker: Actor; cue: string } | null {
  if (ctx.text.slice(s.start, q.start).trim() !== "") return null;
  // '"Special military operation" remains the term, officials said': a quotation inside its sentence is no remark of its own.
  if (q.end < s.end && !/^[\s.!?…]*$/u.test(ctx.text.slice(q.end, s.end))) return null;
  const prev = ctx.sentences[s.index - 1];
  if (!prev || prev.paragraph < s.paragraph - 1 || (previous && previous.end > prev.start)) return null;
  const speaker = personSubject(ctx, prev);
  return speaker ? { speaker, cue: "introduced" } : null;
}

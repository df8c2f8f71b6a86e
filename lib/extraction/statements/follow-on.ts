/**
 * 'Peskov told journalists that the venue was „secondary“. What mattered was „the substance, not the geography“.': a
 * quotation inside a sentence that reports nothing and names no one goes on in the voice of the sentence before it, when
 * that sentence's reporting verb names a speaker in the same paragraph.
 */
import type { Actor } from "../actors";
import { isPastTense, lexiconTag } from "../nlp";
import type { QuoteSpan, Sentence } from "../sentences";
import { mentionsIn, verbsOutsideQuotes, type Ctx, type FoundStatement } from "./context";
import { speakerOfVerb } from "./speaker";

export function followOnQuote(ctx: Ctx, q: QuoteSpan, s: Sentence, previous: FoundStatement | null): { speaker: Actor; cue: string } | null {
  const prev = ctx.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph || !reportsNothing(ctx, s) || hasOwnSubject(ctx.text.slice(s.start, q.start))) return null;
  const speaker = previous && previous.start >= prev.start && previous.end <= prev.end ? previous.speaker : reporterOf(ctx, prev);
  if (!speaker || mentionsIn(ctx, s.start, s.end).some((m) => !m.pronoun && m.actor !== speaker)) return null;
  return { speaker, cue: "follow-on" };
}

/** No reporting verb outside the quotations: the sentence attributes its quotation to no one of its own. */
function reportsNothing(ctx: Ctx, s: Sentence): boolean {
  return verbsOutsideQuotes(ctx, s.start, s.end).length === 0;
}

/** The last word before a quotation, and a colon after it ("reads:"). */
const LAST_WORD = /(\p{L}+)?\s*(:?)\s*$/u;
const SPEAKER_PRONOUN = /^\s*(?:he|she|they|we|i|his|her|their|our|my)\b/i;

/**
 * "A banner behind the protesters read “…”", "Article 5 of the deal reads: “…”": the quotation is the object of a verb
 * (not a copula: "What mattered was „…“") or follows a colon, so it holds the words of whatever stands before them,
 * unless that is a pronoun for the speaker ("His verdict: “…”").
 */
function hasOwnSubject(lead: string): boolean {
  const [, word = "", colon] = LAST_WORD.exec(lead)!;
  const takesObject = /^reads?$/i.test(word) || isPastTense(word) || lexiconTag(word) === "PresentTense";
  return (!!colon || takesObject) && !SPEAKER_PRONOUN.test(lead);
}

/** The speaker of the sentence's main reporting verb (its first), if it names one. */
function reporterOf(ctx: Ctx, s: Sentence): Actor | null {
  const v = verbsOutsideQuotes(ctx, s.start, s.end)[0];
  return v ? speakerOfVerb(ctx, s, v.start, v.end) : null;
}

/**
 * 'Peskov told journalists that the venue was „secondary“. What mattered was „the substance, not the geography“.': a
 * quotation inside a sentence that reports nothing and names no one goes on in the voice of the sentence before it, when
 * that sentence's reporting verb names a speaker in the same paragraph.
 */
import type { Actor } from "../actors";
import type { QuoteSpan, Sentence } from "../sentences";
import { mentionsIn, verbsOutsideQuotes, type Ctx, type FoundStatement } from "./context";
import { speakerOfVerb } from "./speaker";

export function followOnQuote(ctx: Ctx, q: QuoteSpan, s: Sentence, previous: FoundStatement | null): { speaker: Actor; cue: string } | null {
  const prev = ctx.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph || !reportsNothing(ctx, s)) return null;
  const speaker = previous && previous.start >= prev.start && previous.end <= prev.end ? previous.speaker : reporterOf(ctx, prev);
  if (!speaker || mentionsIn(ctx, s.start, s.end).some((m) => !m.pronoun && m.actor !== speaker)) return null;
  return { speaker, cue: "follow-on" };
}

/** No reporting verb outside the quotations: the sentence attributes its quotation to no one of its own. */
function reportsNothing(ctx: Ctx, s: Sentence): boolean {
  return verbsOutsideQuotes(ctx, s.start, s.end).length === 0;
}

/** The speaker of the sentence's main reporting verb (its first), if it names one. */
function reporterOf(ctx: Ctx, s: Sentence): Actor | null {
  const v = verbsOutsideQuotes(ctx, s.start, s.end)[0];
  return v ? speakerOfVerb(ctx, s, v.start, v.end) : null;
}

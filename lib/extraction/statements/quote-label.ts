/**
 * 'Terekhov reported that a boiler house was hit.⏎⏎Quote: "The enemy hit a boiler house."': Ukrainian outlets' English
 * pages set a quotation off with a bare "Quote:" label (translated copy with "In his words,"). The label names no one:
 * the quotation is in the voice of the nearest sentence before it, in its paragraph or the one before, whose reporting
 * verb names a speaker, or else of the person the sentence right before is about ("Terekhov spoke on Telegram.").
 */
import type { Actor } from "../actors";
import type { QuoteSpan, Sentence } from "../sentences";
import { verbsOutsideQuotes, type Ctx } from "./context";
import { personSubject } from "./introduced";
import { speakerOfVerb } from "./speaker";

/** "Quote:", "Direct quote:", and the translated "In his words," that points back the same way. */
const QUOTE_LABEL = /^\s*(?:(?:Direct\s+)?Quote\s*:|In\s+(?:his|her)\s+(?:own\s+)?words\s*,)\s*$/i;

export function quoteLabelSpeaker(ctx: Ctx, q: QuoteSpan, s: Sentence): { speaker: Actor; cue: string } | null {
  if (!QUOTE_LABEL.test(ctx.text.slice(s.start, q.start))) return null;
  for (let k = s.index - 1; k >= 0 && ctx.sentences[k].paragraph >= s.paragraph - 1; k--) {
    const before = ctx.sentences[k];
    const v = verbsOutsideQuotes(ctx, before.start, before.end)[0];
    const speaker = v ? speakerOfVerb(ctx, before, v.start, v.end) : null;
    if (speaker) return { speaker, cue: "quote label" };
  }
  const before = ctx.sentences[s.index - 1];
  const about = before && before.paragraph >= s.paragraph - 1 ? personSubject(ctx, before) : null;
  return about ? { speaker: about, cue: "quote label" } : null;
}

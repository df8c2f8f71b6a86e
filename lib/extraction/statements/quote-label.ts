/**
 * 'Terekhov reported that a boiler house was hit.⏎⏎Quote: "The enemy hit a boiler house."': Ukrainian outlets' English
 * pages set a quotation off with a bare "Quote:" label (translated copy with "In his words,"). The label names no one:
 * the quotation is in the voice of the nearest sentence before it, in its paragraph or the one before, whose reporting
 * verb names a speaker or that tells of a person speaking ("Zelensky later spoke on Telegram."), or else of the person
 * the sentence right before is about ("Terekhov visited the site."). "In his words" goes to a person only.
 */
import type { Actor } from "../actors";
import type { QuoteSpan, Sentence } from "../sentences";
import { verbsOutsideQuotes, type Ctx } from "./context";
import { personSubject } from "./introduced";
import { speakerOfVerb } from "./speaker";

/** "Quote:", "Direct quote:", and the translated "In his words," that points back the same way (group 1: to a person). */
const QUOTE_LABEL = /^\s*(?:(?:Direct\s+)?Quote\s*:|In\s+(his|her)\s+(?:own\s+)?words\s*,)\s*$/i;
/** "Zelensky later spoke on Telegram", "Ihnat appeared on the telethon": a sentence about a person speaking or writing. */
const SPEAKING_OR_WRITING = /\b(?:spoke|speaks|wrote|writes|posted|posts|addressed|commented|comments|appeared|tweeted|recorded)\b/;

export function quoteLabelSpeaker(ctx: Ctx, q: QuoteSpan, s: Sentence): { speaker: Actor; cue: string } | null {
  const label = QUOTE_LABEL.exec(ctx.text.slice(s.start, q.start));
  if (!label) return null;
  const personOnly = !!label[1];
  for (let k = s.index - 1; k >= 0 && ctx.sentences[k].paragraph >= s.paragraph - 1; k--) {
    const speaker = speakerOf(ctx, ctx.sentences[k], personOnly);
    if (speaker) return { speaker, cue: "quote label" };
  }
  const before = ctx.sentences[s.index - 1];
  const about = before && before.paragraph >= s.paragraph - 1 ? personSubject(ctx, before) : null;
  return about ? { speaker: about, cue: "quote label" } : null;
}

/**
 * Who speaks in a sentence before the label: the speaker its reporting verb names ("In his words" wants a person, not
 * "the General Staff"), else the person it is about when it tells of them speaking or writing.
 */
function speakerOf(ctx: Ctx, before: Sentence, personOnly: boolean): Actor | null {
  const v = verbsOutsideQuotes(ctx, before.start, before.end)[0];
  const reporting = v ? speakerOfVerb(ctx, before, v.start, v.end) : null;
  if (reporting && (!personOnly || reporting.kind === "person")) return reporting;
  if (!SPEAKING_OR_WRITING.test(ctx.text.slice(before.start, before.end))) return null;
  return personSubject(ctx, before);
}

/**
 * A quotation inside a quotation: '"He called at night. He said, 'Mum, pray for me.' Since then, nothing," she said.'
 * The inner words are also a direct statement of the one who said them (annotation conventions, round 22), while an
 * "I told him: '…'" is the teller's own earlier words and stays inside the outer statement (round 25).
 */
import type { Actor } from "../actors";
import { wordCount } from "../sentences";
import { sentenceOf, type Ctx, type FoundStatement } from "./context";
import { makeStatement } from "./statement";

/** "He said, '", "she just said: '", "He told me, '": a third person's verb of saying opening a quotation. */
const INNER_OPENING = /\b(?:[Hh]e|[Ss]he)\s+(?:(?:just|then|only|once|simply)\s+)?(?:said|says|told\s+(?:me|us|him|her)|asked|replied|wrote|shouted)(?:\s+to\s+(?:me|us|him|her))?\s*[,:]\s*['‘"“]/gu;
/** Where the inner quotation closes: a mark not followed by a letter (so "I'll" and "don't" stay open). */
const INNER_CLOSE = /['’"”](?![\p{L}])/u;

export function innerQuotes(ctx: Ctx, direct: FoundStatement[]): FoundStatement[] {
  const out: FoundStatement[] = [];
  for (const outer of direct) {
    if (!outer.direct || !/['‘"“]/.test(outer.quote)) continue;
    for (const m of outer.quote.matchAll(INNER_OPENING)) {
      const innerStart = outer.start + m.index + m[0].length;
      const close = INNER_CLOSE.exec(ctx.text.slice(innerStart, outer.end));
      if (!close) continue;
      const innerEnd = innerStart + close.index;
      const sentence = sentenceOf(ctx, innerStart);
      const speaker = sentence && wordCount(ctx.text.slice(innerStart, innerEnd)) >= 3 ? innerSpeaker(ctx, outer, outer.start + m.index) : null;
      if (speaker && sentence) out.push(makeStatement(ctx, speaker, innerStart, innerEnd, true, sentence, "inner quote"));
    }
  }
  return out;
}

/**
 * The "he" or "she": the person named last before the pronoun, in its paragraph or the one before, other than the
 * teller ("whose son Tunde left …", "an 83-year-old woman called Halyna"); none when the text names nobody else.
 */
function innerSpeaker(ctx: Ctx, outer: FoundStatement, pronounAt: number): Actor | null {
  const paragraph = sentenceOf(ctx, outer.start)?.paragraph ?? -1;
  const from = ctx.sentences.find((s) => s.paragraph >= paragraph - 1)?.start ?? 0;
  const named = ctx.index.mentions.filter((x) => x.start >= from && x.start < pronounAt && !x.pronoun && x.actor.kind === "person" && x.actor !== outer.speaker);
  return named.pop()?.actor ?? null;
}

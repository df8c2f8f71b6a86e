/** A reporting verb in its sentence, with the words before it read once for every step that looks for its speaker. */
import type { Actor, Mention } from "../actors";
import type { Sentence } from "../sentences";
import { ADVERBS, mentionsIn, type Ctx } from "./context";

/** What a speaker step decides: a speaker, that the verb has none (null), or nothing, leaving it to the next step (undefined). */
export type Verdict = Actor | null | undefined;

export interface VerbSite {
  ctx: Ctx;
  sentence: Sentence;
  vStart: number;
  vEnd: number;
  /** The sentence's text before the verb. */
  before: string;
  /** Its words, and the index of the last one that is no adverb or auxiliary ("the minister has also said": "minister"). */
  words: string[];
  k: number;
  /** That word, letters only: the head noun when the subject is a description ("minister"), else a name's last word. */
  head: string;
  /** The last five words up to the head: where a role noun phrase stands ("Turkey's foreign minister"). */
  near: string;
  /** The actors named before the verb outside quotations, outermost only; read on first use. */
  readonly mentions: Mention[];
}

export function verbSite(ctx: Ctx, sentence: Sentence, vStart: number, vEnd: number): VerbSite {
  const before = ctx.text.slice(sentence.start, vStart);
  const words = before.trimEnd().split(/\s+/);
  let k = words.length - 1;
  while (k >= 0 && ADVERBS.test(words[k].replace(/[^\p{L}]/gu, ""))) k--;
  const head = (words[k] ?? "").replace(/[^\p{L}’'-]/gu, "");
  const near = words.slice(Math.max(0, k - 4), k + 1).join(" ");
  let mentions: Mention[] | undefined;
  return {
    ctx, sentence, vStart, vEnd, before, words, k, head, near,
    get mentions() {
      return (mentions ??= outermost(mentionsIn(ctx, sentence.start, vStart)));
    },
  };
}

/** "A source in the Security Service of Ukraine (SBU) told": the body inside the source's name is where it sits, not who speaks. */
export function outermost(ms: Mention[]): Mention[] {
  const inside = (m: Mention, o: Mention) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start;
  return ms.filter((m) => !ms.some((o) => inside(m, o)));
}

const ABBREVIATION_DOTS = /\b(?:\p{Lu}\.){2,}|\b\p{Lu}\p{Ll}{0,3}\.(?=\s)/gu;
/** "Maj. Gen.", "Lt. Col.", "U.S.": the full stops of abbreviations end no sentence (same length, so offsets hold). */
export const withoutAbbreviations = (s: string) => s.replace(ABBREVIATION_DOTS, (m) => m.replace(/\./g, "_"));

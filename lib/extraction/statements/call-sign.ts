/** Speakers named outright by how the text introduces them: a call sign, or "quoted X as saying". */
import type { Actor, Mention } from "../actors";
import type { Sentence } from "../sentences";
import { NAME_ONLY_AS } from "../actors/described-sources";
import { mentionsIn, type Ctx } from "./context";
import { outermost, withoutAbbreviations } from "./verb-site";

/** "who goes by the call sign", "his call sign,", "nom de guerre", "gave her name only as": the words that introduce the name a source goes by. */
const CALL_SIGN_BEFORE = new RegExp(`\\b(?:call[\\s-]?sign|nom de guerre|nickname|goes by|first name|introduced (?:himself|herself) as|${NAME_ONLY_AS})(?:\\s+(?:is|was|as))?,?\\s+["“‘'«]?$`, "i");

/**
 * A person the text names by a call sign or first name between `from` and `to` ('a medic who gave only his call sign,
 * "Lis,"'), quoted or not: the name the described source goes by.
 */
function callSignPerson(ctx: Ctx, from: number, to: number): Mention | undefined {
  return ctx.index.mentions.find((m) => m.start >= from && m.end <= to && m.actor.kind === "person" && !m.pronoun && CALL_SIGN_BEFORE.test(ctx.text.slice(Math.max(from, m.start - 40), m.start)));
}

/** Where an inverted verb stands: at the sentence's start or after a quotation or comma ('"…," said a medic'). */
const INVERTS = /(?:^|[,"”’»]|[,.!?]['’])\s*$/;

/**
 * 'a medic who gave only his call sign, "Lis," said' / 'said a 34-year-old commander who goes by the call sign "Khan."':
 * a described subject (before the verb) or inverted speaker (after it) named by the call sign that ends its phrase.
 */
export function speakerByCallSign(ctx: Ctx, sentence: Sentence, vStart: number, vEnd: number): Actor | null {
  const before = callSignPerson(ctx, sentence.start, vStart);
  if (before && /^["”’»']?\s*,?\s*["”’»']?\s*(?:(?:has|had|also|later|then)\s+)*$/.test(ctx.text.slice(before.end, vStart))) return before.actor;
  if (/^tell|^told$/i.test(ctx.text.slice(vStart, vEnd)) || !/^\s*,?\s*(?:the|a|an|one)\s/i.test(ctx.text.slice(vEnd, vEnd + 6))) return null;
  // "She said the master, identified only as Igor S., had …": a subject before the verb makes the name after it part of the clause.
  if (!INVERTS.test(ctx.text.slice(sentence.start, vStart))) return null;
  const after = callSignPerson(ctx, vEnd, sentence.end);
  return after && !/[.;:!?]/.test(withoutAbbreviations(ctx.text.slice(vEnd, after.start))) ? after.actor : null;
}

/**
 * "a military medic who gave her name only as Inna …": the person a described source's call sign names, later in its
 * clause; the source's "she" is that person.
 */
export function namedByCallSign(ctx: Ctx, m: Mention): Actor | null {
  const named = callSignPerson(ctx, m.end, m.end + 80);
  return named && !/[.;:!?]/.test(withoutAbbreviations(ctx.text.slice(m.end, named.start))) ? named.actor : null;
}

const AS_SAYING = /^\s+([^.;:"“”]{1,80}?)\s+as\s+(?:saying|telling)\b/;
/** 'Xinhua quoted a ministry official as saying': the one quoted speaks, not the one who quotes. */
export function quotedAsSaying(ctx: Ctx, vStart: number, vEnd: number, end: number): Actor | null {
  if (!/^quot/i.test(ctx.text.slice(vStart, vEnd))) return null;
  const m = AS_SAYING.exec(ctx.text.slice(vEnd, end));
  if (!m) return null;
  const quotedEnd = vEnd + m.index + m[0].length;
  return outermost(mentionsIn(ctx, vEnd, quotedEnd)).find((x) => !x.possessive && !x.pronoun)?.actor ?? null;
}

/**
 * "It" opening a sentence, for a thing no actor stands for, names what the sentence before opened with: "The facility was
 * launched in 2023. It was expanded in 2025." → "Facility expanded …", by its head noun. Only a singular noun phrase of common words that
 * is itself its sentence's subject (right before its verb or an aside set off by a comma): "Port records show the ship
 * …" leaves "it" open, as a wrong name is worse than the pronoun.
 */
import { type EventCtx, type FoundEvent, sentenceAt } from "./context";

/** "The facility was", "An unmanned surface vessel, a …", "The attack began": an article, common words, then a verb or a comma. */
const OPENING_SUBJECT = /^\s*(?:The|An?)\s+((?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)(?=,|\s+(?:was|is|has|had|\p{Ll}+ed|began|came|went|took|fell|rose)\b)/u;
/** A plural head ("records", "strikes") cannot be what "it" stands for; "-ss" ("press") is singular. */
const PLURAL_HEAD = /[^s'’]s$/;
/** "It is the first case …", "It seems …": a copula tells no happening of the thing. */
const COPULA = /^(?:is|was|seems|appears)$/;

/** The noun phrase "it" stands for, from the sentence before the event's, or null. */
export function itReferent(ctx: EventCtx, e: FoundEvent, verb: string): string | null {
  const at = sentenceAt(ctx, e.start);
  if (at < 1 || COPULA.test(verb) || !/^It\s/.test(ctx.text.slice(e.start, e.start + 3))) return null;
  const sentence = ctx.sentences[at];
  if (/\S/.test(ctx.text.slice(sentence.start, e.start))) return null;
  const before = ctx.sentences[at - 1];
  const m = OPENING_SUBJECT.exec(ctx.text.slice(before.start, before.end));
  if (!m || PLURAL_HEAD.test(m[1])) return null;
  // The head noun alone ("The unmanned surface vessel" → "Vessel"): the title keeps its room for what was done.
  const head = m[1].split(/\s+/).at(-1) ?? "";
  return head.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

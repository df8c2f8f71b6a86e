/**
 * A "which" relative clause on a thing tells a happening of its own about that thing: "a truce along the front line,
 * which expired on May 30" (the thing did something), "a US proposal for a ceasefire, which Ukraine accepted" (someone
 * did something to it), "a deal from which Russia withdrew a year later". Its words alone ("expired on May 30") name
 * no one, so its title puts the antecedent back: "Truce along front line expires", "Ukraine accepts US proposal for
 * ceasefire", "Russia withdraws from deal".
 */
import { UPPER_START } from "../word-shapes";

export interface Antecedent {
  /** The noun phrase the relative pronoun stands for, without its determiner: "truce along the front line". */
  phrase: string;
  /** The preposition before "which" ("from which"), if any. */
  prep: string | null;
}

const WORD = String.raw`(?!(?:the|a|an|and|or|to|that|which|who|was|were|is|are|has|have|had)\b)[\p{L}\d.’'-]+`;
const PP = String.raw`(?:of|on|along|against|in|for|near|at|with|between|from|to)`;
/** "the ceasefire along the front line", "a US proposal for a 30-day ceasefire": a determiner, a head, one prepositional phrase. */
const NOUN_PHRASE = new RegExp(String.raw`\b(?:the|a|an|its|his|her|their|this|that)\s+((?:${WORD}\s+){0,3}${WORD}(?:\s+${PP}\s+(?:(?:the|a|an)\s+)?(?:${WORD}\s+){0,2}${WORD})?)$`, "iu");
/** What opens the relative clause: ", which", ", from which", "…, a deal from which". */
const OPENING = new RegExp(String.raw`(?:,\s+|\s+)(?:(?<prep>${PP}|under|during|after|by)\s+)?which\s+$`, "u");

/** "the October 20 drone attack": the date is the event's, not a word of its title. */
const LEADING_DATE = /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\s+/u;

/**
 * The antecedent of a "which" clause starting at `clauseStart`, or null when the clause is no "which" relative or its
 * antecedent is no plain noun phrase. `from` bounds the look-back (the sentence start).
 */
export function antecedentOf(text: string, clauseStart: number, from: number): Antecedent | null {
  const before = text.slice(Math.max(from, clauseStart - 160), clauseStart);
  const open = OPENING.exec(before);
  if (!open) return null;
  const np = NOUN_PHRASE.exec(before.slice(0, open.index));
  if (!np) return null;
  return { phrase: np[1].replace(LEADING_DATE, ""), prep: open.groups?.prep ?? null };
}

const hasOwnSubject = (clause: string, a: Antecedent) => !!a.prep || UPPER_START.test(clause) || /^(?:the|its|his|her|their)\s/.test(clause);

/** Where the clause's verb stands once the antecedent is put before it ("drone attack | damaged …" → 2), or 0 when the clause keeps its own subject. */
export function antecedentVerbIndex(clause: string, a: Antecedent): number {
  return hasOwnSubject(clause.trim(), a) ? 0 : a.phrase.split(/\s+/).length;
}

/**
 * The clause's title text with its antecedent put back: before the verb when the thing did something
 * ("expired on May 30" → "truce expired on May 30"), after it when someone did something to it
 * ("Ukraine accepted" → "Ukraine accepted US proposal"; "Russia withdrew" + from → "Russia withdrew from deal").
 */
export function withAntecedent(clause: string, a: Antecedent): string {
  const t = clause.trim();
  if (!hasOwnSubject(t, a)) return `${a.phrase} ${t}`;
  // "which Ukraine accepted and Russia did not": the first verb phrase takes the object.
  const verbAt = Math.max(0, t.search(/\s(?!and\b)\p{Ll}/u));
  const head = t.slice(0, verbAt) + t.slice(verbAt).split(/\s+(?:and|but)\s+/)[0];
  return `${head} ${a.prep ? `${a.prep} ` : ""}${a.phrase}`;
}

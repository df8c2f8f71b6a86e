/**
 * A relative clause on a thing tells a happening of its own about that thing: "a truce along the front line, which
 * expired on May 30" (the thing did something), "a US proposal for a ceasefire, which Ukraine accepted" (someone did
 * something to it), "a deal from which Russia withdrew a year later", "drones that hit Odesa on Monday" (no determiner:
 * a bare plural, a name, a number phrase). Its words alone ("expired on May 30") name no one, so its title puts the
 * antecedent back: "Truce along front line expires", "Ukraine accepts US proposal for ceasefire", "Russia withdraws
 * from deal", "Drones hit Odesa".
 */
import { isPastTense, lexiconTag, mayHeadNoun } from "../nlp";
import { UPPER_START } from "../word-shapes";

/** A word of a noun phrase: letters or digits, no comma or bracket around it ("Kh-101", "Russia's"). */
const HEAD = /^[\p{L}\d][\p{L}\d’'.-]*$/u;
const DETERMINER = /^(?:the|a|an|its|his|her|their|this|that|these|those|our|my|your|some|any|no|every|each|and|or|of)$/i;

/** What is done to a person that is a happening of its own: "was killed", "were captured", "was sentenced" (not "was accompanied", "was briefed", "were evacuated"). */
export const DONE_TO_PERSON = String.raw`(?:killed|wounded|injured|captured|detained|arrested|abducted|kidnapped|sentenced|convicted|jailed|imprisoned|exchanged|released|freed|taken\s+prisoner|shot|executed|tortured|deported|charged|summoned|expelled)`;
/** A verb group in the passive opening the clause, of a happening done to a person: "was killed", "were captured". */
const PASSIVE_START = new RegExp(String.raw`^(?:was|were)\s+(?:(?:later|also|then|reportedly)\s+)?${DONE_TO_PERSON}\b`);

export interface Antecedent {
  /** The noun phrase the relative pronoun stands for, without its determiner: "truce along the front line". */
  phrase: string;
  /** The preposition before "which" ("from which"), if any. */
  prep: string | null;
  /** A participle set off after it ("the treaty, signed in May"): the thing was acted upon. */
  passive?: boolean;
}

const WORD = String.raw`(?!(?:the|a|an|and|or|to|that|which|who|was|were|is|are|has|have|had)\b)[\p{L}\d.’'-]+`;
const PP = String.raw`(?:of|on|along|against|in|for|near|at|with|between|from|to)`;
/** "the ceasefire along the front line", "a US proposal for a 30-day ceasefire": a determiner, a head, one prepositional phrase. */
const NOUN_PHRASE = new RegExp(String.raw`\b(?:the|a|an|its|his|her|their|this|that)\s+((?:${WORD}\s+){0,3}${WORD}(?:\s+${PP}\s+(?:(?:the|a|an)\s+)?(?:${WORD}\s+){0,2}${WORD})?)$`, "iu");
/** What opens the relative clause: ", which", ", from which", "…, a deal from which", "drones that", "officials who". */
const OPENING = new RegExp(String.raw`(?<comma>,\s+|\s+)(?:(?<prep>${PP}|under|during|after|by)\s+)?(?<pronoun>which|that|who)\s+$`, "u");

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** "the October 20 drone attack": the date is the event's, not a word of its title. */
const LEADING_DATE = new RegExp(String.raw`^(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})\s+`, "u");

/** "an accord in 2021", "the ban on Monday": a prepositional phrase of time ends the clause's date, not the thing's name. */
const TRAILING_DATE = new RegExp(String.raw`\s+(?:in|on|since)\s+(?:(?:early|late|mid-)\s*)?(?:\d{4}|${MONTH}(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$`, "u");

const MODIFIER_TAGS = /^(?:Adjective|Cardinal|Value|TextValue|Ordinal)$/;
/** A word that may stand inside a noun phrase before its head: a name, a number, an adjective or a noun; no past verb ("shelled"). */
const isModifier = (w: string) => !isPastTense(w) && (UPPER_START.test(w) || /^\d/.test(w) || mayHeadNoun(w) || MODIFIER_TAGS.test(String(lexiconTag(w) ?? "")));

/**
 * A noun phrase with no determiner before it, of up to five words ending the text: "Ukraine", "Russian central bank
 * assets", "two Thai nationals", "Russia's drones" ("Moscow sent technicians" → "technicians"); null when its last word
 * is no noun.
 */
export function bareNounPhrase(text: string): string | null {
  const words = text.trimEnd().split(/\s+/);
  const last = words.length - 1;
  if (!words[last] || !HEAD.test(words[last]) || !mayHeadNoun(words[last])) return null;
  let first = last;
  while (first > 0 && last - first < 4 && HEAD.test(words[first - 1]) && !DETERMINER.test(words[first - 1]) && isModifier(words[first - 1])) first--;
  // "Monday's strike on | Kharkiv": the object of a preposition is no antecedent; the phrase it ends is.
  if (first > 0 && lexiconTag(words[first - 1]) === "Preposition") return null;
  return words.slice(first).join(" ");
}

/** "the ceasefire along the front line" ending the text, without its determiner; not "the port hired three divers". */
function determinedNounPhrase(text: string): string | null {
  const np = NOUN_PHRASE.exec(text);
  return np && !np[1].split(/\s+/).some(isPastTense) ? np[1] : null;
}

/** Where the noun phrase ending the text starts, its determiner included ("Russia said | the drones"), or null. */
export function nounPhraseStart(text: string): number | null {
  const np = NOUN_PHRASE.exec(text);
  if (np && determinedNounPhrase(text)) return np.index;
  const bare = bareNounPhrase(text);
  return bare ? text.trimEnd().length - bare.length : null;
}

/**
 * The antecedent of a "which", "that" or "who" clause starting at `clauseStart`, or null when the clause is no such
 * relative or its antecedent is no plain noun phrase. `from` bounds the look-back (the sentence start).
 */
export function antecedentOf(text: string, clauseStart: number, from: number): Antecedent | null {
  const before = text.slice(Math.max(from, clauseStart - 160), clauseStart);
  const open = OPENING.exec(before);
  // ", who" on a person: the clause takes the person named before it as its subject (./clause-event.ts); in the
  // passive ("…, who was killed in June") the person is what was acted upon, written before the verb group.
  if (!open || (open.groups?.pronoun === "who" && open.groups.comma.startsWith(",") && !PASSIVE_START.test(text.slice(clauseStart, clauseStart + 40)))) return null;
  // "shelled Kupiansk on Sunday, which the army recaptured": a date ending the clause is no noun the relative stands for.
  const head = before.slice(0, open.index).replace(TRAILING_DATE, "");
  const phrase = determinedNounPhrase(head) ?? bareNounPhrase(head);
  return phrase ? { phrase: phrase.replace(LEADING_DATE, "").replace(TRAILING_DATE, ""), prep: open.groups?.prep ?? null } : null;
}

/**
 * The noun phrase before a participle set off by a comma ("the fishing treaty, | signed in May"), acted upon, or null
 * when no plain noun phrase ends the text before the comma.
 */
export function participleAntecedent(text: string, clauseStart: number, from: number): Antecedent | null {
  const head = text.slice(Math.max(from, clauseStart - 160), clauseStart).replace(/,\s*$/, "");
  const phrase = determinedNounPhrase(head) ?? bareNounPhrase(head);
  return phrase ? { phrase: phrase.replace(LEADING_DATE, "").replace(TRAILING_DATE, ""), prep: null, passive: true } : null;
}

const hasOwnSubject = (clause: string, a: Antecedent) => !!a.prep || UPPER_START.test(clause) || /^(?:the|its|his|her|their)\s/.test(clause);

/** Where the clause's verb stands once the antecedent is put before it ("drone attack | damaged …" → 2), or 0 when the clause keeps its own subject. */
export function antecedentVerbIndex(clause: string, a: Antecedent): number {
  return hasOwnSubject(clause.trim(), a) ? 0 : a.phrase.split(/\s+/).length;
}

/** Where the clause's verb stands after its own subject ("the Council of Europe and Lima | established", "Western governments | dismissed"). */
function verbIndexIn(clause: string): number {
  for (const m of clause.matchAll(/\s(\p{Ll}+)/gu)) if (/^(?:had|has|have|was|were)$/.test(m[1]) || isPastTense(m[1]) || /ed$/.test(m[1])) return m.index;
  return Math.max(0, clause.search(/\s(?!(?:and|of)\b)\p{Ll}/u));
}

/** A verb with its auxiliaries and adverbs before it: " had already signed". */
const VERB_GROUP = /^\s*(?:(?:had|has|have|was|were|been|not|\p{Ll}+ly)\s+)*[^\s,;.]+/u;

/**
 * The clause's title text with its antecedent put back: before the verb when the thing did something
 * ("expired on May 30" → "truce expired on May 30"), after it when someone did something to it
 * ("Ukraine accepted" → "Ukraine accepted US proposal"; "Russia withdrew" + from → "Russia withdrew from deal").
 */
export function withAntecedent(clause: string, a: Antecedent): string {
  const t = clause.trim();
  if (a.passive) return `${a.phrase} was ${t}`;
  if (!hasOwnSubject(t, a)) return `${a.phrase} ${t}`;
  // "which Ukraine accepted and Russia did not": the first verb phrase takes the object.
  const verbAt = verbIndexIn(t);
  const verbPhrase = t.slice(verbAt).split(/\s+(?:and|but)\s+/)[0];
  // The object goes right after the verb, before what follows it ("dismissed | paper | for failing to …").
  const verb = VERB_GROUP.exec(verbPhrase)?.[0] ?? verbPhrase;
  return `${t.slice(0, verbAt)}${verb} ${a.prep ? `${a.prep} ` : ""}${a.phrase}${verbPhrase.slice(verb.length)}`;
}

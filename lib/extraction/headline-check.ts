/**
 * Event titles an editor would rewrite, by shapes a reader can check without the article (issue 9 item 1: who did
 * what, present tense, at most 80 characters, never a clipped sentence). Loose on purpose in one direction only: a
 * title flagged here has the shape named; a title not flagged may still be poor (wrong doer, a noun phrase with no doer).
 */
import { conjugatesAsPresent, isPastOnly, lexiconTag } from "./nlp";
import { REGULAR_PLURAL_ENDING, SINGULAR_IN_S } from "./word-shapes";

const LETTERS_ONLY = /^\p{L}+$/u;

const MAX_TITLE = 80;
/** Words a headline cannot end on: it was cut before what they lead to ("… between Russia and", "… says that it had"). */
const DANGLING_END = /\s(?:of|in|on|at|to|for|with|by|from|into|onto|between|than|as|about|over|after|before|during|against|via|and|or|but|nor|the|a|an|its|their|our|my|this|these|those|which|who|whose|that|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should)$/;
/** A pronoun or a possessive as the first word: the doer is named in the text, not in the title. */
const PRONOUN_START = /^(?:i|we|you|he|she|it|they|its|his|her|their|our|my)\b/i;
/** A subordinate clause kept before the main one ("When X arrives, …", "After talks, …"). */
const FRONTED_CLAUSE = /^(?:when|after|as|while|although|though|if|because|before|since|once|until|unless|whereas)\s[^,]+,\s/i;
/** The first character of a title: a capital, a digit, a currency sign or an opening quotation mark. */
const GOOD_START = /^[\p{Lu}\p{N}\p{Sc}"“‘'«]/u;
/** Past auxiliaries: a headline tells a happening in the present ("Two volunteers were injured" → "Two volunteers injured"). */
const PAST_AUXILIARY = /^(?:had|was|were|did)$/i;

/** A closed quotation in any of the ways texts write one: "…", “…”, „…“, «…», »…«. */
const CLOSED_QUOTATION = /"[^"]*"|“[^“”]*”|„[^“”„]*[“”]|«[^«»]*»|»[^«»]*«/g;

/** An opened quotation the title does not close: the quote was cut. */
const unclosedQuote = (title: string) => /["“”„«»]/.test(title.replace(CLOSED_QUOTATION, ""));

/** A report's verb or its "that": what follows is the reported happening, which may keep its past ("X says troops took Y"). */
const REPORT = /^(?:says?|tells?|claims?|reports?|confirms?|announces?|warns?|denies?|insists?|that)$/;

/** A word in the past that is no participle ("began", "went", "fell"), or a past auxiliary, before any report: the past left. */
function pastLeft(title: string): boolean {
  const words = title.replace(CLOSED_QUOTATION, " ").split(/\s+/).slice(1);
  const report = words.findIndex((w) => REPORT.test(w));
  return words.slice(0, report < 0 ? words.length : report).some((w) => PAST_AUXILIARY.test(w) || (/^\p{Ll}+$/u.test(w) && isPastOnly(w)));
}

/** The same word twice in a row ("in in", "Russia Russia"). */
const repeatedWord = (title: string) => title.toLowerCase().split(/\s+/).some((w, i, ws) => i > 0 && /\p{L}/u.test(w) && w === ws[i - 1]);

/** A title that only places or dates ("On Monday", "In Kharkiv region", "Early on 3 May"): no doer, no verb. */
const TIME_OR_PLACE_ONLY = /^(?:(?:Early|Late|Earlier|Later|Overnight|Yesterday|Today)(?:\s+|$)(?:(?:on|in|at|near|during|over|since|until|by|from)\s+)?|(?:On|In|At|Near|During|Over|Since|Until|By|From)\s+)(?:the\s+)?(?:(?:[\p{Lu}\d][\p{L}\d'’.,-]*|of|and|on|in|at|morning|afternoon|evening|night|weekend|week|month|year|region|oblast|province|district)(?:\s+|$))*$/u;

/**
 * A plural the lexicon knows ("drones", "troops", "banks" from "bank"): not "news", "series", "-ss", "-ics", nor a name
 * in -s it does not know ("Robles", "Urals"), which may take a verb in -s.
 */
function knownPlural(word: string): boolean {
  const lower = word.toLowerCase();
  if (!LETTERS_ONLY.test(lower) || !REGULAR_PLURAL_ENDING.test(lower) || SINGULAR_IN_S.test(lower)) return false;
  const tags = [lexiconTag(lower) ?? []].flat();
  const singular = [lexiconTag(lower.endsWith("ies") ? `${lower.slice(0, -3)}y` : lower.slice(0, -1)) ?? []].flat();
  return (tags.includes("Plural") && !tags.includes("Demonym")) || (tags.length === 1 && tags[0] === "Uncountable") || (!tags.length && singular.includes("Singular"));
}
/** "Drones hits", "Troops crosses": a plural opening the title before a verb in -s. */
function pluralWithSingularVerb(title: string): boolean {
  const [head, verb = ""] = title.split(/\s+/);
  return knownPlural(head) && /^\p{Ll}+[^s]s$/u.test(verb) && conjugatesAsPresent(verb);
}

const CHECKS: [problem: string, test: (title: string) => boolean][] = [
  ["longer than 80 characters", (t) => t.length > MAX_TITLE],
  ["clipped with an ellipsis", (t) => /…|\.\.\.$/.test(t)],
  ["ends on a word that needs what follows", (t) => DANGLING_END.test(t.replace(/[\s,;:—–-]+$/, ""))],
  ["starts lower-case or with punctuation", (t) => !GOOD_START.test(t)],
  ["a pronoun as the doer", (t) => PRONOUN_START.test(t)],
  ["a fronted clause kept", (t) => FRONTED_CLAUSE.test(t)],
  ["a quotation left open", unclosedQuote],
  ["past tense left", pastLeft],
  ["a word repeated", repeatedWord],
  ["only a time or a place", (t) => TIME_OR_PLACE_ONLY.test(t)],
  ["a plural doer with a singular verb", pluralWithSingularVerb],
];

/** Event titles that read as clipped sentences rather than headlines: each title with its first problem. */
export function headlineProblems(titles: string[]): { title: string; problem: string }[] {
  return titles.flatMap((title) => {
    const check = CHECKS.find(([, test]) => test(title));
    return check ? [{ title, problem: check[0] }] : [];
  });
}

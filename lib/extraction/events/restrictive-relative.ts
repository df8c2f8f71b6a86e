/**
 * A relative clause without commas tells a happening of its own, whatever its noun looks like: "drones that hit Odesa
 * overnight killed two", "officials who met in Geneva on Monday agreed …", "Moscow sent technicians who helped …". It
 * opens at the pronoun when a noun stands before it (not a verb: "said that …" is a report) and a verb group of
 * something done follows it (past, perfect or passive; "that is known for …" is no happening). When its noun is a
 * subject, the main clause resumes at the next finite verb with that subject.
 */
import type { DateMention } from "../dates";
import { lexiconTag } from "../nlp";
import { openingVerbGroup, REPORTING_VERBS, secondFiniteVerbAt } from "./finite-clause";

/** The boundary: a relative pronoun after spaces, not after a comma (a comma-set relative has rules of its own). */
export const RESTRICTIVE_RELATIVE = String.raw`(?<![,;])(?<restrictive>\s+(?:that|who|which)\s+)`;

/** Tags of words that stand before a report's or a conjunction's "that", never before a relative on a noun; nor a time ("the year that ended"). */
const NOT_A_HEAD = new Set(["Duration", "Month", "WeekDay", "Date", "PastTense", "Participle", "Infinitive", "Gerund", "Adverb", "Conjunction", "Preposition", "Determiner", "Copula", "Modal", "Pronoun", "Adjective", "Comparative", "Superlative", "QuestionWord"]);
const REPORT_OPENING = new RegExp(String.raw`^\s*(?:\p{Ll}+ly\s+)?(?:${REPORTING_VERBS}|believed|thought|knew|argued|warned)\b`, "u");
const LAST_WORD = /([\p{L}\d][\p{L}\d’'.-]*)\s*$/u;

/** Whether a word may head a noun phrase: a name, a number or a word the lexicon knows as no verb, adverb or function word. */
export function mayHeadNoun(word: string): boolean {
  const tag = lexiconTag(word) as unknown;
  const tags = Array.isArray(tag) ? (tag as string[]) : tag ? [tag as string] : [];
  return !tags.some((t) => NOT_A_HEAD.has(t));
}

/** A report and the adjuncts after it, before its "that": "said in its Tuesday assessment that", "wrote on Sunday that". */
const REPORT_ADJUNCT = new RegExp(String.raw`\b(?:${REPORTING_VERBS}|wrote)\s+(?:in|on|at|during|late|early|last|this)\b(?:(?!\bthat\b)[^,;])*$`);
/** Where the relative's words stop being read: a comma, a colon or a line break closes it. */
const SEGMENT_END = /[,;:\n]/;
const segmentOf = (after: string) => after.split(SEGMENT_END)[0];

/** `before`: the clause up to the pronoun; `after`: the text after it. */
export function opensRestrictiveRelative(before: string, after: string): boolean {
  const head = LAST_WORD.exec(before)?.[1];
  if (!head || !mayHeadNoun(head) || REPORT_ADJUNCT.test(before)) return false;
  return !!openingVerbGroup(segmentOf(after));
}

/**
 * Where the main clause resumes in `after` (the text after the pronoun): at a second finite verb after the relative's
 * own, whose subject the relative's noun is ("Drones that hit Odesa overnight | killed two", "Kyiv said drones that hit
 * Odesa | carried Iranian parts"); null when the relative runs to its segment's end.
 */
export function mainClauseAfterRelative(after: string): number | null {
  const segment = segmentOf(after);
  const group = openingVerbGroup(segment);
  // "a readout that said the two men | discussed …": a report's verb after it is its complement's.
  if (!group || REPORT_OPENING.test(segment)) return null;
  return secondFiniteVerbAt(segment, group.next);
}

/**
 * Whether a relative clause opens after `before` and tells a date of its own before the main clause resumes (`at`:
 * where `after` starts in the text). An undated one stays in its clause: on unseen articles those read as background
 * ("a surgeon who asked not to be named") more often than as happenings.
 */
export function datedRestrictiveRelative(before: string, after: string, at: number, sentenceDates: DateMention[]): boolean {
  if (!opensRestrictiveRelative(before, after)) return false;
  const end = at + (mainClauseAfterRelative(after) ?? segmentOf(after).length);
  return sentenceDates.some((d) => d.start >= at && d.end <= end);
}

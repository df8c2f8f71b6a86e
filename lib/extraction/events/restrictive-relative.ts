/**
 * A relative clause without commas tells a happening of its own, whatever its noun looks like: "drones that hit Odesa
 * overnight killed two", "officials who met in Geneva on Monday agreed …", "Moscow sent technicians who helped …". It
 * opens at the pronoun when a noun stands before it (not a verb: "said that …" is a report) and a verb group of
 * something done follows it (past, perfect or passive; "that is known for …" is no happening). When its noun is a
 * subject, the main clause resumes at the next finite verb with that subject.
 */
import type { DateMention } from "../dates";
import { mayHeadNoun } from "../nlp";
import { openingVerbGroup, REPORTING_VERBS, secondFiniteVerbAt } from "./finite-clause";

/** The boundary: a relative pronoun after spaces, not after a comma (a comma-set relative has rules of its own). */
export const RESTRICTIVE_RELATIVE = String.raw`(?<![,;])(?<restrictive>\s+(?:that|who|which)\s+)`;

const REPORT_OPENING = new RegExp(String.raw`^\s*(?:\p{Ll}+ly\s+)?(?:${REPORTING_VERBS}|believed|thought|knew|argued|warned)\b`, "u");
const LAST_WORD = /([\p{L}\d][\p{L}\d’'.-]*)\s*$/u;

/** A report and the adjuncts after it, before its "that": "said in its Tuesday assessment that", "wrote on Sunday that". */
const REPORT_ADJUNCT = new RegExp(String.raw`\b(?:${REPORTING_VERBS}|wrote)\s+(?:in|on|at|during|late|early|last|this)\b(?:(?!\bthat\b)[^,;])*$`);
/** Where the relative's words stop being read: a comma, a colon or a line break closes it. */
const SEGMENT_END = /[,;:\n]/;
const segmentOf = (after: string) => after.split(SEGMENT_END)[0];

/** The relative's words (up to its segment's end) and where the main clause resumes in them, when a relative opens after `before`. */
function readRelative(before: string, after: string): { segment: string; resume: number | null; planned: boolean } | null {
  const head = LAST_WORD.exec(before)?.[1];
  if (!head || !mayHeadNoun(head) || REPORT_ADJUNCT.test(before)) return null;
  const segment = segmentOf(after);
  const group = openingVerbGroup(segment);
  return group ? { segment, resume: resumeIn(segment, group.next), planned: group.planned } : null;
}

/** Where, after the relative's verb group (ending before word `next`), a second finite verb resumes the main clause. */
function resumeIn(segment: string, next: number): number | null {
  // "a readout that said the two men | discussed …": a report's verb after it is its complement's.
  return REPORT_OPENING.test(segment) ? null : secondFiniteVerbAt(segment, next);
}

/** `before`: the clause up to the pronoun; `after`: the text after it. */
export function opensRestrictiveRelative(before: string, after: string): boolean {
  const relative = readRelative(before, after);
  return !!relative && !relative.planned;
}

/**
 * Where the main clause resumes in `after` (the text after the pronoun): at a second finite verb after the relative's
 * own, whose subject the relative's noun is ("Drones that hit Odesa overnight | killed two", "Kyiv said drones that hit
 * Odesa | carried Iranian parts"); null when the relative runs to its segment's end.
 */
export function mainClauseAfterRelative(after: string): number | null {
  // "the talks that were planned for Monday | were postponed": a planned relative tells nothing, its main clause does.
  const segment = segmentOf(after);
  const group = openingVerbGroup(segment);
  return group ? resumeIn(segment, group.next) : null;
}

/**
 * A relative clause that opens after `before` and tells a date of its own before the main clause resumes (`at`: where
 * `after` starts in the text), with where the main clause resumes in `after`; null for none. An undated one stays in
 * its clause: on unseen articles those read as background ("a surgeon who asked not to be named") more often than as happenings.
 * A planned one ("the talks that were planned for Monday | were postponed") tells no happening, dated or not: it is cut
 * only when a main clause resumes after it, and marked `planned` so that it makes no clause of its own.
 */
export function datedRestrictiveRelative(before: string, after: string, at: number, sentenceDates: DateMention[]): { resume: number | null; planned: boolean } | null {
  const relative = readRelative(before, after);
  if (!relative) return null;
  if (relative.planned) return relative.resume === null ? null : { resume: relative.resume, planned: true };
  const end = at + (relative.resume ?? relative.segment.length);
  return sentenceDates.some((d) => d.start >= at && d.end <= end) ? { resume: relative.resume, planned: false } : null;
}

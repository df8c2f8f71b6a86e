/**
 * Cheap pre-checks for the date idioms that dates.ts scans the whole article for. A cue is a few words that every
 * match of an idiom contains; testing the cue is much faster than the idiom's own scan (which tries its case-blind
 * alternatives at every word), and most articles hold none of the rarer idioms ("the 2025/26 marketing year", "two
 * days after the vote"). A cue may match where its idiom does not; it must never miss where its idiom matches.
 */
import { allMatches } from "./all-matches";

/** A whole-text pattern and, optionally, the cue its every match contains. */
export interface CuedPattern {
  re: RegExp;
  cue?: RegExp;
}

/** Every match of `pattern.re` in the text, or none without scanning when the text lacks its cue. */
export function cuedMatches(pattern: CuedPattern, text: string): RegExpExecArray[] {
  if (pattern.cue && !pattern.cue.test(text)) return [];
  return allMatches(pattern.re, text);
}

/** "2025/26", "2025-26": two years of one season or fiscal year. */
export const YEAR_SPAN_CUE = /(?:19|20)\d\d\s*[-/–]\s*\d\d/;
/**
 * "two days after", "weeks before", "months ahead of": a distance between two happenings. Case-blind under u, as some
 * idioms it serves are (which read the Kelvin sign as k, the long s as s), and without \b, which under u and i together
 * is twenty times slower to scan.
 */
export const DAYS_APART_CUE = /(?:day|week|month)s?\s+(?:after|before|ahead)/iu;
/** "a few hours after": a relation between happenings within a day. */
export const HOURS_APART_CUE = /\bhours?\s+(?:after|before)\b/i;
/** "that month", "the same year". */
export const THAT_PERIOD_CUE = /\b(?:that|same)\s+(?:month|year)\b/i;
/** "later that week", "hours earlier". */
export const LATER_OR_EARLIER_CUE = /\b(?:later|earlier)\b/i;
export const SEASON_CUE = /spring|summer|autumn|fall|winter/i;
/** "the past three weeks", "the first ten months". */
export const PLURAL_PERIOD_CUE = /\b(?:days|weeks|months)\b/i;
export const HALF_OR_QUARTER_CUE = /\b(?:half|quarter)\b/i;
export const WEEKEND_CUE = /weekend/i;
export const MEANTIME_CUE = /meantime/i;
export const NINETEENTH_CENTURY_YEAR_CUE = /18\d\d/;
export const WHILE_CUE = /\b[Ww]hile\b/;
/** "during the call", "on the sidelines of the summit", "in the course of the talks" (case-blind under u, as the idiom is). */
export const DURING_CUE = /during|throughout|sidelines|course/iu;

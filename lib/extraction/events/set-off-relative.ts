/**
 * A relative or participle set off by commas between a subject and its verb: "The plant, which opened in May, closed
 * on Friday", "The ship, seized in March, returned to port on Friday". The clause splitter (./clauses.ts) opens it at
 * its first comma; this step decides whether a later comma closes it, and keeps its antecedent, with which the main
 * clause resumes as its subject.
 */
import type { DateMention } from "../dates";
import type { OpenClause } from "./clauses";
import { LISTED_PAST } from "./clause-boundaries";
import { opensFiniteVerb } from "./finite-clause";
import { nounPhraseStart } from "./relative";
import { headSpan, subjectLeadLength } from "./shared-subject";

/**
 * A list's comma read where the set-off rules' comma was rejected: SET_OFF_RELATIVE_END takes every ", <lower-case>"
 * before any later rule, so LISTED_PAST is tried only here.
 */
const LISTED_AT = new RegExp(LISTED_PAST, "uy");
function listedAt(masked: string, at: number): RegExpExecArray | null {
  LISTED_AT.lastIndex = at;
  return LISTED_AT.exec(masked);
}

const BARE_COMMA = /^,\s+$/;
/** A set-off relative, participle or description is open: the clause being read is one. */
const inSetOff = (open: OpenClause) => open.relative || open.afterWhich || open.participle || open.describes;

/**
 * What the comma `m` does to a set-off phrase: it closes one before its antecedent's verb (`setOffEnd`), or it is the
 * comma of another rule (the match returned, maybe a list's instead); "retry" when it is no boundary here.
 */
export function closesSetOff(m: RegExpExecArray, open: OpenClause, masked: string): { match: RegExpExecArray; setOffEnd: boolean } | "retry" {
  const g = m.groups ?? {};
  const setOff = inSetOff(open);
  // A participle's words end at its first comma, whatever follows ("the survey, launched in 2024, | to include …").
  const closesHere = () => open.participle || opensFiniteVerb(masked.slice(m.index + m[0].length));
  // Whichever rule took the comma (a list's "…, | signed a contract"), a finite verb after it is the antecedent's: "The
  // firm, which was founded in 1999, | signed a contract on Friday". Not a report's (./clauses.ts `openedBy`), and
  // only where the antecedent is the subject: in "Troops shelled the town, which lost power, | struck a depot" the
  // verb goes on the troops' list.
  if (setOff && open.setOffHead?.subject && !g.close && BARE_COMMA.test(m[0]) && closesHere()) return { match: m, setOffEnd: true };
  const setOffEnd = !!g.setOffEnd || (!!g.objectClose && !open.object) || (!!g.participle && setOff);
  if (!setOffEnd) return { match: m, setOffEnd };
  if (setOff && closesHere()) return { match: m, setOffEnd };
  // With no set-off open, the comma may still go on a list of verb phrases ("landed on Friday, | laid a wreath …").
  const listed = (g.setOffEnd || g.objectClose) && !setOff ? listedAt(masked, m.index) : null;
  return listed ? { match: listed, setOffEnd: false } : "retry";
}

/** A set-off participle is a clause when a noun phrase stands before its comma and its words (to the next comma) hold a date. */
export function datedParticiple(masked: string, from: number, at: number, offset: number, dates: DateMention[]): boolean {
  if (nounPhraseStart(masked.slice(from, at).replace(/,\s*$/, "")) === null) return false;
  // Set off means closed by a comma before the main verb ("The deal, signed on July 22, 2022, | collapsed"): with no
  // closing comma the verb is the main one ("Two allies, Germany and France, pledged on Monday to send …").
  const close = masked.slice(at).search(/[,;](?!\s*\d{4}\b)/);
  if (close < 0) return false;
  const end = at + close;
  return dates.some((d) => d.start >= offset + at && d.end <= offset + end);
}

/**
 * The antecedent of the set-off relative or participle the boundary `m` opens ("The plant | , which opened in May");
 * a relative inside one keeps the outer antecedent ("Ana, who founded a fund, which …, | died").
 */
export function setOffHeadAfter(m: RegExpExecArray, participle: boolean, open: OpenClause, masked: string, offset: number): OpenClause["setOffHead"] {
  if (!/^,\s+wh(?:o|ich)\s+$/.test(m[0]) && !participle) return undefined;
  if (open.nested && open.setOffHead) return open.setOffHead;
  const head = headSpan(masked, open.start, m.index, offset);
  return { ...head, subject: head.start === offset + open.start + subjectLeadLength(masked.slice(open.start, m.index)) };
}

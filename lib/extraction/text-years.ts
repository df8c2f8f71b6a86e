/**
 * What the years a text names say about the year it was written in, for a dateline that prints no year.
 * A year told as past or present ("coordinated since 2024") is the text's own year or an earlier one; a month
 * told in the past ("took office in December 2025") ended before the text was filed. A year of a plan or budget
 * ("approved the 2027 state budget", "by 2030", "will be held in 2028") says nothing about when the text was written.
 */
import { tenseNear } from "./dates";
import { MONTH_RE, monthIndex } from "./page-dates";

export interface YearEvidence {
  /** The latest year told as past or present, or null when the text names none. */
  latest: number | null;
  /** The first month (year × 12 + month index) the text can have been filed in, or null. */
  notBeforeMonth: number | null;
  /** The earliest year a plan or budget reaches: the text was written by then. */
  earliestPlan: number | null;
}

const YEAR_RE = /\b(?:19|20)\d\d\b/g;
const SENTENCE_RE = /[^.!?\n]+[.!?]*/g;
/** "the 2027 state budget", "2030 climate target": the year names a plan. */
const PLAN_NOUN_AFTER_RE = /^(?:[\s-]+[a-z]+)?[\s-]+(?:budgets?|plans?|targets?|strateg(?:y|ies)|programmes?|programs?|goals?|deadlines?|forecasts?|agenda)\b/i;
/** "budget for 2027", "needs for 2026 and 2027", "by the end of 2030", "until 2029", "fiscal year 2027": the year a plan reaches. */
const PLAN_BEFORE_RE =
  /(?:\b(?:by|until|till|for)\s+(?:the\s+)?(?:year\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)?|\b(?:fiscal(?:\s+year)?|FY)\s*)(?:(?:19|20)\d\d\s*(?:,|and|or|-|–)\s*)*$/i;
/** "in December 2025", "since March 2024": a month and year with no day. */
const MONTH_YEAR_RE = new RegExp(`(?<!\\d\\s*)\\b(${MONTH_RE})\\s+((?:19|20)\\d\\d)\\b`, "gi");

function isPlanYear(sentence: string, at: number): boolean {
  if (PLAN_NOUN_AFTER_RE.test(sentence.slice(at + 4, at + 34)) || PLAN_BEFORE_RE.test(sentence.slice(Math.max(0, at - 50), at))) return true;
  return tenseNear(sentence, at) === "future";
}

const later = (a: number | null, b: number) => Math.max(a ?? b, b);

function addSentence(evidence: YearEvidence, sentence: string): void {
  for (const m of sentence.matchAll(YEAR_RE)) {
    if (isPlanYear(sentence, m.index)) evidence.earliestPlan = Math.min(evidence.earliestPlan ?? +m[0], +m[0]);
    else evidence.latest = later(evidence.latest, +m[0]);
  }
  for (const m of sentence.matchAll(MONTH_YEAR_RE)) {
    const month = monthIndex(m[1]);
    const yearAt = m.index + m[0].length - 4;
    if (month < 0 || isPlanYear(sentence, yearAt) || tenseNear(sentence, m.index) !== "past") continue;
    evidence.notBeforeMonth = later(evidence.notBeforeMonth, +m[2] * 12 + month + 1);
  }
}

export function yearEvidence(text: string): YearEvidence {
  const evidence: YearEvidence = { latest: null, notBeforeMonth: null, earliestPlan: null };
  for (const [sentence] of text.matchAll(SENTENCE_RE)) if (/\d{4}/.test(sentence)) addSentence(evidence, sentence);
  return evidence;
}

/**
 * The years a text of the given month (1–12) can have been filed in: five from its latest past year on (a weekday
 * falls on a given day once in them at most), less those before a month it tells in the past; with only plans
 * named, the five years up to the earliest plan's; none without a year.
 */
export function candidateYears(text: string, month: number): number[] {
  const { latest, notBeforeMonth, earliestPlan } = yearEvidence(text);
  const years = latest !== null ? [0, 1, 2, 3, 4].map((k) => latest + k) : earliestPlan !== null ? [4, 3, 2, 1, 0].map((k) => earliestPlan - k) : [];
  return years.filter((y) => y * 12 + month - 1 >= (notBeforeMonth ?? 0));
}

import { getISOWeek, getISOWeekYear, isValid, parse, setISOWeek, startOfISOWeek } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { isoDay, type DatePrecision } from "./partial-date";

// A date and its precision as a person types them ("5 March 2026", "2026-W10", "2026-Q1"), read into the
// stored pair (YYYY, YYYY-MM or YYYY-MM-DD and its precision) and written back the same way. date-fns reads
// the days and month names, in UTC so that a browser's time zone cannot move a day.

export type TypedDate = { date: string | undefined; precision: DatePrecision };

const REFERENCE = new UTCDate(2000, 0, 1);
const pad = (n: number) => String(n).padStart(2, "0");
/** The years PostgreSQL dates are kept for. */
const storable = (year: number) => year >= 1000 && year <= 9999;

/** The first date-fns format `typed` reads as, in a year that can be stored; else null. */
function readAs(typed: string, formats: string[]): Date | null {
  for (const format of formats) {
    const date = parse(typed, format, REFERENCE);
    if (isValid(date) && storable(date.getFullYear())) return date;
  }
  return null;
}

/** "Sept." and "Mar." as date-fns knows them ("Sep", "Mar"). */
const monthWords = (typed: string) => typed.replace(/\b(sep)t\b/i, "$1").replace(/([a-z])\.(?=[ ,]|$)/gi, "$1");
/** date-fns takes a month's first letter for it; a person's month has three letters at least ("M 2026" is not March). */
const shortWord = (typed: string) => /(^|[^a-z])[a-z]{1,2}($|[^a-z])/i.test(typed);

const DAY_FORMATS = ["yyyy-M-d", "d MMMM yyyy", "d MMMM, yyyy", "MMMM d yyyy", "MMMM d, yyyy"];
const MONTH_FORMATS = ["yyyy-M", "MMMM yyyy"];

const day = (typed: string): TypedDate | null => {
  const date = shortWord(typed) ? null : readAs(typed, DAY_FORMATS);
  return date && { date: isoDay(date), precision: "day" };
};
const month = (typed: string): TypedDate | null => {
  const date = shortWord(typed) ? null : readAs(typed, MONTH_FORMATS);
  return date && { date: isoDay(date).slice(0, 7), precision: "month" };
};
const year = (typed: string): TypedDate | null => (/^\d{4}$/.test(typed) && storable(+typed) ? { date: typed, precision: "year" } : null);

/** The Monday that starts ISO week `week` of `year`, as "YYYY-MM-DD", else null (2027 has no week 53). */
function isoWeekStart(yearNumber: number, week: number): string | null {
  if (!storable(yearNumber) || week < 1) return null;
  const monday = startOfISOWeek(setISOWeek(new UTCDate(yearNumber, 0, 4), week));
  return getISOWeek(monday) === week ? isoDay(monday) : null;
}

const quarter = (yearNumber: number, q: number): TypedDate | null =>
  storable(yearNumber) ? { date: `${yearNumber}-${pad(q * 3 - 2)}`, precision: "quarter" } : null;

type Rule = [RegExp, (m: RegExpExecArray, typed: string) => TypedDate | null];
const RULES: Rule[] = [
  [/^\d{4}$/, (_, typed) => year(typed)],
  [/^(\d{4})-?w(\d{1,2})$/i, (m) => { const date = isoWeekStart(+m[1], +m[2]); return date ? { date, precision: "week" } : null; }],
  [/^week of (.+)$/i, (m) => { const d = day(m[1]); return d && { ...d, precision: "week" }; }],
  [/^(\d{4})-?q([1-4])$/i, (m) => quarter(+m[1], +m[2])],
  [/^q([1-4]) (\d{4})$/i, (m) => quarter(+m[2], +m[1])],
  [/^\d{4}-\d{1,2}$/, (_, typed) => month(typed)],
  [/^\d{4}-\d{1,2}-\d{1,2}$/, (_, typed) => day(typed)],
  [/^[a-z]+ \d{4}$/i, (_, typed) => month(typed)],
  [/^(\d{1,2} [a-z]+|[a-z]+ \d{1,2}),? \d{4}$/i, (_, typed) => day(typed)],
];

/**
 * Reads a typed date: "2026-03-05", "5 March 2026", "Mar 5, 2026", "2026-W10", "week of 2026-03-04", "2026-03",
 * "March 2026", "2026-Q1", "Q1 2026", "2026"; empty, "unknown" or "?" is an unknown date. Null when it cannot.
 */
export function readTypedDate(text: string): TypedDate | null {
  const spaced = text.trim().replace(/\s+/g, " ");
  if (!spaced || /^(unknown|\?)$/i.test(spaced)) return { date: undefined, precision: "unknown" };
  const typed = monthWords(spaced);
  for (const [pattern, read] of RULES) {
    const match = pattern.exec(typed);
    const when = match && read(match, typed);
    if (when) return when;
  }
  return null;
}

/** The ways a date may be typed, as a refusal lists them. */
const TYPED_DATE_FORMATS = "2026-03-05, 5 March 2026, 2026-W10, 2026-03, March 2026, 2026-Q1 or 2026; empty for unknown";

/**
 * Why a typed date is refused, in the same words wherever it is told: under the field, in the review's banner
 * (where `of` names the item) and in the server's answer. Text that reads now (refused by an older parser and
 * kept in a draft) was still never set, so it is set again rather than taken silently.
 */
export function refusedDateMessage(typed: string, of?: string): string {
  const shown = `“${typed.trim().replace(/\s+/g, " ")}”`;
  const subject = of ? `The date typed for ${of}, ${shown},` : shown;
  if (readTypedDate(typed)) return `${subject} was refused: set it again, or reset it.`;
  return `${subject} is not a date Faultline can read. Write ${TYPED_DATE_FORMATS}.`;
}

/** The stored pair as readTypedDate reads it back: "2026-03-05", "2026-W10", "2026-03", "2026-Q1", "2026" or empty. */
export function writeTypedDate({ date, precision }: TypedDate): string {
  if (!date || precision === "unknown") return "";
  const [y, mo = 1, d = 1] = date.split("-").map(Number);
  switch (precision) {
    case "day":
      return date;
    case "week": {
      const start = new UTCDate(y, mo - 1, d);
      // A week that starts on another day than Monday (an engine's weekend, say) is written as it is, so that
      // reading it back does not move it to the Monday.
      if (start.getDay() !== 1) return `week of ${date.slice(0, 10)}`;
      return `${getISOWeekYear(start)}-W${pad(getISOWeek(start))}`;
    }
    case "month":
      return date.slice(0, 7);
    case "quarter":
      return `${y}-Q${Math.floor((mo - 1) / 3) + 1}`;
    case "year":
      return date.slice(0, 4);
  }
}

import { endOfMonth, endOfQuarter, endOfWeek, endOfYear, startOfQuarter } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { isCalendarDay } from "./iso-day";

export const DATE_PRECISIONS = ["day", "week", "month", "quarter", "year", "unknown"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export type PartialDate = { start: Date | null; end: Date | null; precision: DatePrecision };

const ISO_PARTIAL = /^([1-9]\d{3})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function utc(year: number, month = 1, day = 1): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** A UTC midnight date from "YYYY-MM-DD", or null when it is not a calendar day (isCalendarDay) of the years 1000–9999. */
export function parseIsoDay(value: string): Date | null {
  // A year before 1000 in a form or a filter is a typo (and Date.UTC reads years 0–99 as 1900–1999).
  return isCalendarDay(value) && value >= "1000" ? new Date(`${value}T00:00:00Z`) : null;
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" that is a real date PostgreSQL can store (its missing month and day taken as the first). */
export function isPartialDate(value: string): boolean {
  const [y, m = "01", d = "01"] = value.split("-");
  return ISO_PARTIAL.test(value) && parseIsoDay(`${y}-${m}-${d}`) !== null;
}

/**
 * Why a date string does not fit its precision, or null when it does: a day or a week (by its first day) is
 * "YYYY-MM-DD", a month "YYYY-MM", a quarter the "YYYY-MM" of its first month, a year "YYYY"; an unknown date
 * has none. A pair that does not fit is refused rather than stored as something else.
 */
export function precisionMismatch(value: string | undefined, precision: DatePrecision): string | null {
  if (!value) return null;
  const shape = value.length === 10 ? "day" : value.length === 7 ? "month" : "year";
  switch (precision) {
    case "unknown":
      return `“${value}” is a date, but its precision says unknown: give the precision, or clear the date.`;
    case "day":
    case "week":
      return shape === "day" ? null : `A ${precision} is written as YYYY-MM-DD, not “${value}”.`;
    case "month":
      return shape === "month" ? null : `A month is written as YYYY-MM, not “${value}”.`;
    case "quarter":
      return shape === "month" && (+value.slice(5, 7) - 1) % 3 === 0 ? null : `A quarter is written as the YYYY-MM of its first month (2026-04 for Q2), not “${value}”.`;
    case "year":
      return shape === "year" ? null : `A year is written as YYYY, not “${value}”.`;
  }
}

const SHAPE_LENGTH: Record<DatePrecision, number> = { day: 10, week: 10, month: 7, quarter: 7, year: 4, unknown: 0 };

/**
 * A date and a precision made to fit each other, for proposals (the engine's) rather than posted input: a date
 * finer than its precision is cut to it (a quarter to its first month), one coarser keeps its own precision
 * ("2025" proposed as a quarter is the year 2025), so precisionMismatch has nothing to say about the result.
 */
export function fitToPrecision(value: string | null | undefined, precision: string | null | undefined): { date: string | undefined; precision: DatePrecision } {
  if (!value || !ISO_PARTIAL.test(value)) return { date: undefined, precision: "unknown" };
  const carried: DatePrecision = value.length === 10 ? "day" : value.length === 7 ? "month" : "year";
  const given = DATE_PRECISIONS.includes(precision as DatePrecision) && precision !== "unknown" ? (precision as DatePrecision) : carried;
  if (SHAPE_LENGTH[given] > value.length) return { date: value, precision: carried };
  const date = value.slice(0, SHAPE_LENGTH[given]);
  if (given !== "quarter") return { date, precision: given };
  const firstMonth = Math.floor((+date.slice(5, 7) - 1) / 3) * 3 + 1;
  return { date: `${date.slice(0, 4)}-${String(firstMonth).padStart(2, "0")}`, precision: given };
}

/**
 * Turns "2025", "2025-09" or "2025-09-05" (the extraction contract's date strings) into the range
 * it covers, with the precision the string carries unless a coarser or week precision is given.
 */
export function partialDateFromString(value: string | null, precision?: DatePrecision): PartialDate {
  if (!value || precision === "unknown") return { start: null, end: null, precision: "unknown" };
  const match = ISO_PARTIAL.exec(value);
  if (!match) throw new Error(`Not a date: "${value}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  const [year, month, day] = [+match[1], match[2] ? +match[2] : undefined, match[3] ? +match[3] : undefined];
  if (!isCalendarDay(`${match[1]}-${match[2] ?? "01"}-${match[3] ?? "01"}`)) throw new Error(`Not a calendar date: "${value}"`);
  const start = utc(year, month ?? 1, day ?? 1);
  const carried: DatePrecision = day ? "day" : month ? "month" : "year";
  return rangeFor(start, precision ?? carried);
}

/** The range a precision covers, starting from a date inside it. */
export function rangeFor(date: Date, precision: DatePrecision): PartialDate {
  const d = new UTCDate(date);
  const at = (x: Date) => utc(x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate());
  switch (precision) {
    case "day":
      return { start: at(d), end: at(d), precision };
    case "week":
      return { start: at(d), end: at(endOfWeek(d, { weekStartsOn: 1 })), precision };
    case "month":
      return { start: utc(d.getUTCFullYear(), d.getUTCMonth() + 1), end: at(endOfMonth(d)), precision };
    case "quarter":
      return { start: at(startOfQuarter(d)), end: at(endOfQuarter(d)), precision };
    case "year":
      return { start: utc(d.getUTCFullYear()), end: at(endOfYear(d)), precision };
    case "unknown":
      return { start: null, end: null, precision };
  }
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const year = (d: Date) => String(d.getUTCFullYear()).padStart(4, "0");
/**
 * date-fns' "d MMM yyyy" and "MMM yyyy" in UTC, spelled out: every row of a list page has a date or
 * two, and date-fns' format is slow enough to show in a render's profile.
 */
const day = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${year(d)}`;
const monthOf = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${year(d)}`;

/**
 * How a date reads at its real precision: "5 Sep 2025", "week of 1 Sep 2025", "Sep 2025",
 * "Q3 2025", "2025"; an unknown date says when it was reported, if that is known.
 */
export function formatPartialDate(
  start: Date | null,
  precision: DatePrecision,
  options: { end?: Date | null; reportedOn?: Date | null } = {},
): string {
  if (!start || precision === "unknown") {
    return options.reportedOn ? `date unknown, reported ${day(options.reportedOn)}` : "date unknown";
  }
  const d = new UTCDate(start);
  switch (precision) {
    case "day":
      return day(d);
    case "week": {
      const end = options.end ? new UTCDate(options.end) : null;
      // A span of a few days (a weekend) reads better as a range than as its week.
      if (end && end.getTime() - d.getTime() <= 2 * 86_400_000) {
        const sameMonth = end.getUTCMonth() === d.getUTCMonth();
        return `${sameMonth ? d.getUTCDate() : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`}–${day(end)}`;
      }
      return `week of ${day(d)}`;
    }
    case "month":
      return monthOf(d);
    case "quarter":
      return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${d.getUTCFullYear()}`;
    case "year":
      return String(d.getUTCFullYear());
  }
}

/** "YYYY-MM-DD" of a date-only column value. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

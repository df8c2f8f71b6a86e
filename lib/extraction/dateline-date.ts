/**
 * Wire datelines give a month and day but no year: "MOSCOW, Sept 3 (Reuters) -", "(ANSA) - ROME, MAR 17 -",
 * "MOSCOW, November 27. /TASS/.". That day is when the story was filed, so relative dates ("on Tuesday") count
 * from it. Its year is read only from the text itself (text-years.ts): from the latest year the text tells as past
 * or present to four years after it, the year where the lead's weekday ("… said on Tuesday") falls on that day, else
 * where it falls a day or two before it (the story tells yesterday's happening). A weekday comes back to the same
 * day after five years at the soonest, so each of these is unique.
 */
import { MONTH_RE, isValidDay, monthIndex } from "./page-dates";
import { candidateYears } from "./text-years";

const DAY_RE = new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})\\b`, "i");
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY_RE = /\b(?:on|early on|late on|early|late)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;

/** "MOSCOW, Sept 3 (Reuters) - " -> "09-03": the month and day a dateline prints, or null. */
export function datelineDay(dateline: string): string | null {
  const m = DAY_RE.exec(dateline);
  if (!m) return null;
  const month = monthIndex(m[1]) + 1;
  const day = +m[2];
  if (month < 1 || !isValidDay(2024, month, day)) return null; // 2024: a leap year admits "Feb 29"
  return `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A lead's weekday may be the dateline's day or up to this many days before it: wires file the morning after. */
const LEAD_DAYS_BEFORE = 2;

/** The year of a dateline's "MM-DD" from the lead's weekday and the years the text mentions, or null when not certain. */
export function datelineYear(day: string, lead: string, text: string): string | null {
  const weekday = WEEKDAY_RE.exec(lead)?.[1];
  return weekday ? yearOfDay(day, weekday, text, LEAD_DAYS_BEFORE) : null;
}

/**
 * "12-03" printed (or told in the lead) as a Thursday that fell on it or up to `daysBefore` days before it: the one
 * year of those the text allows (text-years.ts) where it did, the fewest days before first; null when none fits.
 */
export function yearOfDay(day: string, weekday: string, text: string, daysBefore = 0): string | null {
  const wanted = WEEKDAYS.findIndex((w) => w.startsWith(weekday.toLowerCase().slice(0, 3)));
  if (wanted < 0) return null;
  const [month, date] = day.split("-").map(Number);
  const years = candidateYears(text, month).filter((y) => isValidDay(y, month, date));
  for (let before = 0; before <= daysBefore; before++) {
    const year = years.find((y) => new Date(Date.UTC(y, month - 1, date - before)).getUTCDay() === wanted);
    if (year) return `${year}-${day}`;
  }
  return null;
}

const WEEKDAY_WORD = "(?:(Sun|Mon|Tue|Wed|Thu|Fri|Sat)[a-z]*\\.?,?\\s+)?";
const UNDATED_RE = new RegExp(
  `^(?:(?:published|updated|posted|last updated)(?: on)?:?\\s+)?${WEEKDAY_WORD}\\(?(?:(\\d{1,2})\\s+(${MONTH_RE})|(${MONTH_RE})\\s+(\\d{1,2}))(?:st|nd|rd|th)?\\)?,?(?:\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?(?:\\s+[A-Z]{2,4}(?:[+-]\\d{1,2})?)?$`,
  "i",
);

/** "December 3", "Thu 3 Dec 10.14 GMT", "Tuesday (17 March)": a line that only gives a day without its year (and maybe a weekday and time). */
export const isUndatedLine = (line: string) => UNDATED_RE.test(line.trim());

/**
 * "Thu 3 Dec 10.14 GMT", "Updated: Tuesday, March 3, 5:14 p.m. ET": a head date line with a weekday but no year,
 * dated when the weekday fits one year (see yearOfDay); null otherwise ("December 3" alone gives no year).
 */
export function undatedLineDate(line: string, text: string): string | null {
  const m = UNDATED_RE.exec(line.trim());
  if (!m?.[1]) return null;
  const month = monthIndex(m[3] ?? m[4]) + 1;
  const date = +(m[2] ?? m[5]);
  if (month < 1 || !isValidDay(2024, month, date)) return null;
  return yearOfDay(`${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`, m[1], text);
}

/**
 * The date relative dates count from: the dateline's day in the week up to the publication date ("MOSCOW,
 * Sept 3 (Reuters)" on a page updated Sept 4), otherwise the publication date itself.
 */
export function referenceDate(publishedOn: string, day: string | null): string {
  if (!day) return publishedOn;
  const published = Date.parse(`${publishedOn}T00:00:00Z`);
  const [month, date] = day.split("-").map(Number);
  const year = +publishedOn.slice(0, 4);
  for (const y of [year, year - 1]) {
    const at = Date.UTC(y, month - 1, date);
    if (isValidDay(y, month, date) && at <= published && published - at <= 7 * 86_400_000) return `${y}-${day}`;
  }
  return publishedOn;
}

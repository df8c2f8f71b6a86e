/**
 * Wire datelines give a month and day but no year: "MOSCOW, Sept 3 (Reuters) -", "(ANSA) - ROME, MAR 17 -",
 * "MOSCOW, November 27. /TASS/.". That day is when the story was filed, so relative dates ("on Tuesday") count
 * from it. Its year is read only from the text itself: the lead's weekday ("… said on Tuesday") must fall on
 * that day in exactly one year from the latest year the text mentions to four years after it (one weekday
 * comes back to the same day after five years at the soonest, so the answer is unique or there is none).
 */
import { MONTH_RE, isValidDay, monthIndex } from "./page-dates";

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

/** The year of a dateline's "MM-DD" from the lead's weekday and the years the text mentions, or null when not certain. */
export function datelineYear(day: string, lead: string, text: string): string | null {
  const weekday = WEEKDAY_RE.exec(lead)?.[1];
  return weekday ? yearOfDay(day, weekday, text) : null;
}

/** "12-03" printed as a Thursday: the one year from the text's latest year to four years on where it is, or null. */
export function yearOfDay(day: string, weekday: string, text: string): string | null {
  const years = [...text.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => +m[0]);
  const wanted = WEEKDAYS.findIndex((w) => w.startsWith(weekday.toLowerCase().slice(0, 3)));
  if (wanted < 0 || !years.length) return null;
  const latest = Math.max(...years);
  const [month, date] = day.split("-").map(Number);
  const fits = [0, 1, 2, 3, 4]
    .map((k) => latest + k)
    .filter((y) => isValidDay(y, month, date) && new Date(Date.UTC(y, month - 1, date)).getUTCDay() === wanted);
  return fits.length === 1 ? `${fits[0]}-${day}` : null;
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

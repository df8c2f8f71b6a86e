// One bucket of the timeline's groups and chart bars: where it starts and ends, the next one, its label.
// Dates travel as "YYYY-MM-DD" strings (UTC calendar days); weeks start on Monday, as PostgreSQL's
// date_trunc('week') does. No imports: the chart's client components draw their bars with these.
export type Interval = "day" | "week" | "month";

// Plain calendar arithmetic on day numbers (days since 1970-01-01), not date-fns nor Date: the chart
// buckets and labels every bar twice per render, and on the server Next.js wraps the Date constructor.
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function dayNumber(year: number, month: number, date: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** "YYYY-MM-DD" of a day number (days since 1970-01-01; civil_from_days). */
export function dayIso(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return `${pad(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), 4)}-${pad(month)}-${pad(dayOfYear - Math.floor((153 * mp + 2) / 5) + 1)}`;
}

const dayOf = (iso: string) => dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
/** 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday). */
const mondayBased = (day: number) => (((day + 3) % 7) + 7) % 7;
const daysInMonth = (year: number, month: number) => dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayNumber(year, month, 1);

export function bucketStart(date: string, interval: Interval): string {
  if (interval === "day") return date;
  if (interval === "month") return `${date.slice(0, 7)}-01`;
  const day = dayOf(date);
  return dayIso(day - mondayBased(day));
}

export function bucketEnd(start: string, interval: Interval): string {
  if (interval === "day") return start;
  if (interval === "week") return dayIso(dayOf(start) + 6);
  return `${start.slice(0, 7)}-${pad(daysInMonth(Number(start.slice(0, 4)), Number(start.slice(5, 7))))}`;
}

export function nextBucket(start: string, interval: Interval): string {
  if (interval === "day") return dayIso(dayOf(start) + 1);
  if (interval === "week") return dayIso(dayOf(start) + 7);
  const [year, month] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  return month === 12 ? `${pad(year + 1, 4)}-01-01` : `${start.slice(0, 4)}-${pad(month + 1)}-01`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * A bucket's heading or axis label, as date-fns would write "d MMM", "EEEE d MMMM yyyy", "MMM yy" or
 * "MMMM yyyy", spelled out by hand: the chart labels every bar and date-fns' format is slow enough to
 * show in a render's profile.
 */
export function bucketLabel(start: string, interval: Interval, { short = false } = {}): string {
  const year = start.slice(0, 4);
  const month = MONTHS[Number(start.slice(5, 7)) - 1];
  const date = Number(start.slice(8, 10));
  if (interval === "month") return short ? `${month.slice(0, 3)} ${year.slice(2)}` : `${month} ${year}`;
  if (short) return `${date} ${month.slice(0, 3)}`;
  if (interval === "week") return `Week of ${date} ${month} ${year}`;
  return `${WEEKDAYS[(mondayBased(dayOf(start)) + 1) % 7]} ${date} ${month} ${year}`;
}

// One bucket of the timeline's groups and chart bars: where it starts and ends, the next one, its label.
// Dates travel as "YYYY-MM-DD" strings (UTC calendar days); weeks start on Monday, as PostgreSQL's
// date_trunc('week') does. No imports: the chart's client components draw their bars with these.
export type Interval = "day" | "week" | "month";

// Plain UTC arithmetic, not date-fns: the chart buckets thousands of days per render.
const DAY_MS = 86_400_000;
const ms = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);

export function bucketStart(date: string, interval: Interval): string {
  if (interval === "day") return date;
  if (interval === "month") return `${date.slice(0, 7)}-01`;
  const time = ms(date);
  return isoOf(time - ((new Date(time).getUTCDay() + 6) % 7) * DAY_MS);
}

export function bucketEnd(start: string, interval: Interval): string {
  if (interval === "day") return start;
  if (interval === "week") return isoOf(ms(start) + 6 * DAY_MS);
  return isoOf(Date.UTC(Number(start.slice(0, 4)), Number(start.slice(5, 7)), 0));
}

export function nextBucket(start: string, interval: Interval): string {
  if (interval === "day") return isoOf(ms(start) + DAY_MS);
  if (interval === "week") return isoOf(ms(start) + 7 * DAY_MS);
  return isoOf(Date.UTC(Number(start.slice(0, 4)), Number(start.slice(5, 7)), 1));
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
  return `${WEEKDAYS[new Date(ms(start)).getUTCDay()]} ${date} ${month} ${year}`;
}

import { differenceInCalendarWeeks, format } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { formatPartialDate, type DatePrecision } from "@/lib/dates/partial-date";
import type { Grouping } from "./filters";

// Pure date bucketing for the timeline's groups and chart bars. Dates travel as "YYYY-MM-DD"
// strings (UTC calendar days); weeks start on Monday, as PostgreSQL's date_trunc('week') does.
export type Interval = "day" | "week" | "month";

const day = (iso: string) => new UTCDate(`${iso}T00:00:00Z`);
const iso = (d: Date) => format(new UTCDate(d), "yyyy-MM-dd");

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

/** Weekly bars while they stay readable (about a year), monthly beyond; monthly when grouping by month. */
export function chartIntervalFor(grouping: Grouping, first: string | null, last: string | null): "week" | "month" {
  if (grouping === "month" || !first || !last) return grouping === "month" ? "month" : "week";
  return differenceInCalendarWeeks(day(last), day(first), { weekStartsOn: 1 }) > 52 ? "month" : "week";
}

const RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, quarter: 3, year: 4, unknown: 0 };

export type Groupable = {
  /** Where the event sits: its start date, or its reported date when undated; null when neither is known. */
  placedOn: string | null;
  startDate: string | null;
  endDate: string | null;
  precision: DatePrecision;
};

/**
 * The heading an event falls under. An event known only to a coarser precision than the grouping
 * (a month-precision event while grouping by week) gets its own period as heading ("April 2025")
 * instead of being passed off as belonging to the first week of that month.
 */
export function groupOf(event: Groupable, grouping: Grouping): { key: string; label: string } {
  if (!event.placedOn) return { key: "undated", label: "Date unknown" };
  if (event.startDate && RANK[event.precision] > RANK[grouping]) {
    const start = day(event.startDate);
    const end = event.endDate ? day(event.endDate) : null;
    const label = event.precision === "month" ? format(start, "MMMM yyyy") : formatPartialDate(start, event.precision, { end });
    return { key: `${event.precision}:${event.startDate}:${event.endDate ?? ""}`, label: label.replace(/^week/, "Week") };
  }
  const start = bucketStart(event.placedOn, grouping);
  return { key: `${grouping}:${start}`, label: bucketLabel(start, grouping) };
}

/** Events under their headings, in list order; a heading shows once even if its events are not adjacent. */
export function groupEvents<T extends Groupable>(events: T[], grouping: Grouping): { key: string; label: string; events: T[] }[] {
  const groups = new Map<string, { key: string; label: string; events: T[] }>();
  for (const event of events) {
    const { key, label } = groupOf(event, grouping);
    const group = groups.get(key) ?? groups.set(key, { key, label, events: [] }).get(key)!;
    group.events.push(event);
  }
  return [...groups.values()];
}

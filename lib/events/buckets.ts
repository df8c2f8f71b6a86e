import { differenceInCalendarWeeks, format } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { formatPartialDate, type DatePrecision } from "@/lib/dates/partial-date";
import type { Grouping } from "./filters";
import { bucketLabel, bucketStart } from "./bucket-dates";

// Pure date bucketing for the timeline's groups and chart bars. Dates travel as "YYYY-MM-DD"
// strings (UTC calendar days); weeks start on Monday, as PostgreSQL's date_trunc('week') does. The
// arithmetic and labels of one bucket are in bucket-dates.ts (no imports: the chart's client code uses them).

const day = (iso: string) => new UTCDate(`${iso}T00:00:00Z`);

export { bucketEnd, bucketLabel, bucketStart, nextBucket, type Interval } from "./bucket-dates";

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

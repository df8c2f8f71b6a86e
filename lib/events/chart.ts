import type { EventType } from "@/lib/generated/prisma/enums";
import { EVENT_TYPES, type EventCategory } from "./codebook";
import { bucketEnd, bucketLabel, bucketStart, chartIntervalFor, nextBucket } from "./buckets";
import { filterParams, type TimelineFilters } from "./filters";
import { toQueryString } from "@/lib/url/search-params";

export const CATEGORIES: { key: EventCategory; label: string; color: string }[] = [
  { key: "military", label: "Military", color: "#9b2c1f" },
  { key: "diplomacy", label: "Diplomacy", color: "#2b6cb0" },
  { key: "policy", label: "Policy", color: "#8a5300" },
  { key: "other", label: "Other", color: "#5f6773" },
];

export type ChartBar = {
  key: string;
  label: string;
  title: string;
  from: string;
  to: string;
  total: number;
  /** The timeline narrowed to this bar (and still within the current range). */
  href: string;
} & Record<EventCategory, number>;

export type ChartData = { interval: "week" | "month"; bars: ChartBar[]; total: number; unplaced: number };

/** Counts per placed day and type, as the database returns them; `day` null for events with no date at all. */
export type DayCount = { day: string | null; type: EventType; n: number };

const MAX_BARS = 400;

/** Shapes per-day counts into stacked bars by category, empty bars included so the time axis is honest. */
export function shapeChart(rows: DayCount[], filters: TimelineFilters): ChartData {
  const placed = rows.filter((r): r is DayCount & { day: string } => r.day !== null);
  const unplaced = rows.filter((r) => r.day === null).reduce((sum, r) => sum + r.n, 0);
  const total = rows.reduce((sum, r) => sum + r.n, 0);
  if (placed.length === 0) return { interval: "week", bars: [], total, unplaced };

  const days = placed.map((r) => r.day).sort();
  const interval = chartIntervalFor(filters.group ?? "week", days[0], days[days.length - 1]);
  const bars = new Map<string, ChartBar>();
  const last = bucketStart(days[days.length - 1], interval);
  for (let key = bucketStart(days[0], interval); key <= last && bars.size < MAX_BARS; key = nextBucket(key, interval)) {
    const end = bucketEnd(key, interval);
    // Clicking narrows: never widen past a range already set.
    const from = filters.from && filters.from > key ? filters.from : key;
    const to = filters.to && filters.to < end ? filters.to : end;
    bars.set(key, {
      key,
      label: bucketLabel(key, interval, { short: true }),
      title: bucketLabel(key, interval),
      from,
      to,
      total: 0,
      href: `/timeline${toQueryString({ ...filterParams(filters), from, to })}`,
      military: 0,
      diplomacy: 0,
      policy: 0,
      other: 0,
    });
  }
  for (const row of placed) {
    const bar = bars.get(bucketStart(row.day, interval));
    if (!bar) continue;
    bar[EVENT_TYPES[row.type].category] += row.n;
    bar.total += row.n;
  }
  return { interval, bars: [...bars.values()], total, unplaced };
}

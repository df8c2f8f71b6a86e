import type { EventCategory } from "./codebook";
import { bucketEnd, bucketLabel, bucketStart, chartIntervalFor, nextBucket } from "./buckets";
import { filterParams, type TimelineFilters } from "./filters";
import { toQueryString } from "@/lib/url/search-params";
import type { BarCounts } from "./chart-bars";

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
  /** Events known to fall inside this bar's period. */
  total: number;
  /**
   * Events known only to a longer period (a month while bars are weeks, a quarter, a year, a week
   * across two bars) that overlaps this bar: drawn as a band, never as a bar of a week they may not be in.
   */
  spread: number;
  /** The timeline narrowed to this bar (and still within the current range). */
  href: string;
} & Record<EventCategory, number>;

export type ChartData = {
  interval: "week" | "month";
  bars: ChartBar[];
  /** Every matching event, each counted once. */
  total: number;
  /** Events with no date at all: listed, not charted. */
  unplaced: number;
  /** Events drawn as a band because their period is longer than one bar. */
  spread: number;
};

/** Counts per placed day, last day it may cover and category, as the database returns them; `day` null for events with no date at all. */
export type DayCount = { day: string | null; dayEnd: string | null; category: EventCategory; n: number };

/**
 * The chart's counts cut to its bars (chartCounts): the axis, the bars' interval, events with no date, and
 * per placed row its bar, the bar of the last day it may cover (the same bar: counted in it; another: a band
 * across them), its category and its events. A few hundred rows, where day counts are thousands.
 */
type ChartCounts = {
  interval: "week" | "month";
  first: string | null;
  last: string | null;
  unplaced: number;
  placed: [bar: string, lastBar: string, category: EventCategory, n: number][];
};

const MAX_BARS = 400;

/**
 * Day counts cut to the chart's bars. The axis is the chosen range when there is one, else from the first
 * event to the last day any event may cover; a last day before the first day is the first day. Rows share
 * few distinct days (the unfiltered timeline: 1,452 rows, ~260 days): each day is bucketed once.
 */
function chartCounts(rows: DayCount[], filters: TimelineFilters): ChartCounts {
  let unplaced = 0;
  let first: string | null = null;
  let last: string | null = null;
  for (const r of rows) {
    if (r.day === null) {
      unplaced += r.n;
      continue;
    }
    const end = r.dayEnd && r.dayEnd > r.day ? r.dayEnd : r.day;
    if (first === null || r.day < first) first = r.day;
    if (last === null || end > last) last = end;
  }
  if (first === null || last === null) return { interval: "week", first: null, last: null, unplaced, placed: [] };
  first = filters.from ?? first;
  last = filters.to ?? last;
  if (last < first) last = first;
  const interval = chartIntervalFor(filters.group ?? "week", first, last);
  const starts = new Map<string, string>();
  const barOf = (day: string) => starts.get(day) ?? starts.set(day, bucketStart(day, interval)).get(day)!;
  const cut = new Map<string, ChartCounts["placed"][number]>();
  for (const r of rows) {
    if (r.day === null) continue;
    const [bar, lastBar] = [barOf(r.day), barOf(r.dayEnd && r.dayEnd > r.day ? r.dayEnd : r.day)];
    const key = `${bar} ${lastBar} ${r.category}`;
    const row = cut.get(key) ?? cut.set(key, [bar, lastBar, r.category, 0]).get(key)!;
    row[3] += r.n;
  }
  return { interval, first, last, unplaced, placed: [...cut.values()] };
}

/**
 * Shapes per-day counts into stacked bars by category over the whole axis, empty bars included so
 * the time axis is honest. An event whose range fits in one bar is counted in it; one whose range
 * spans several bars (known only to a month, quarter or year) is counted once in the total and
 * drawn as a band (`spread`) over every bar its range overlaps.
 */
export function shapeChart(rows: DayCount[], filters: TimelineFilters): ChartData {
  return chartOf(chartCounts(rows, filters), filters);
}

/** The chart's bars from its counts cut to bars (see shapeChart). */
function chartOf({ interval, first, last, unplaced, placed }: ChartCounts, filters: TimelineFilters): ChartData {
  const total = placed.reduce((sum, r) => sum + r[3], unplaced);
  if (placed.length === 0 || !first || !last) return { interval: "week", bars: [], total, unplaced, spread: 0 };

  const bars = new Map<string, ChartBar>();
  const lastKey = bucketStart(last, interval);
  for (let key = bucketStart(first, interval); key <= lastKey && bars.size < MAX_BARS; key = nextBucket(key, interval)) {
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
      spread: 0,
      href: `/timeline${toQueryString({ ...filterParams(filters), from, to })}`,
      military: 0,
      diplomacy: 0,
      policy: 0,
      other: 0,
    });
  }
  let spread = 0;
  const ordered = [...bars.values()];
  for (const [bar, lastBar, category, n] of placed) {
    if (bar === lastBar) {
      const counted = bars.get(bar);
      if (!counted) continue;
      counted[category] += n;
      counted.total += n;
      continue;
    }
    spread += n;
    // The bars the row's range overlaps: from its first bar (binary search), up to its last.
    let lo = 0;
    for (let hi = ordered.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (ordered[mid].key < bar) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < ordered.length && ordered[i].key <= lastBar; i++) ordered[i].spread += n;
  }
  return { interval, bars: ordered, total, unplaced, spread };
}

/**
 * The chart's bars as the page sends them (BarCounts; drawnBars draws them back): shapeChart's bars are
 * contiguous from the first, and each one's link is the page's query with the bar's dates as `from` and `to`.
 */
export function barCounts(chart: ChartData, filters: TimelineFilters): BarCounts {
  const [before, after] = toQueryString({ ...filterParams(filters), from: "FROM", to: "TO" }).split("from=FROM&to=TO");
  return {
    interval: chart.interval,
    first: chart.bars[0]?.key ?? "",
    ...(filters.from && { from: filters.from }),
    ...(filters.to && { to: filters.to }),
    link: [`/timeline${before}`, after],
    counts: chart.bars.map((b) => [b.total, b.spread, b.military, b.diplomacy, b.policy, b.other]),
  };
}

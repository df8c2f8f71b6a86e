import { bucketEnd, bucketLabel, nextBucket } from "./bucket-dates";
import type { ChartBar } from "./chart";

/** A bar as the chart and its table draw it: its dates stay out (its link carries them). */
export type DrawnBar = Omit<ChartBar, "key" | "from" | "to">;

/**
 * The chart's bars as the page sends them to its client components: the first bar's start and, per bar,
 * [total, spread, military, diplomacy, policy, other]. Labels, titles and links follow from the interval,
 * the page's range and its query (barCounts, lib/events/chart.ts): ~25 bytes a bar in the RSC payload
 * instead of ~190 (the unfiltered timeline's 60 monthly bars: 11 KiB → 1.5 KiB), the same bars drawn.
 */
export type BarCounts = {
  interval: "week" | "month";
  first: string;
  /** The page's range: a bar's link narrows to the bar within it, never wider. */
  from?: string;
  to?: string;
  /** A bar links to `${link[0]}from=…&to=…${link[1]}`: the page's query around the bar's dates. */
  link: [string, string];
  counts: [total: number, spread: number, military: number, diplomacy: number, policy: number, other: number][];
};

/** The bars drawn from BarCounts, as shapeChart made them (without their key and dates). */
export function drawnBars({ interval, first, from, to, link, counts }: BarCounts): DrawnBar[] {
  let key = first;
  return counts.map(([total, spread, military, diplomacy, policy, other], i) => {
    if (i > 0) key = nextBucket(key, interval);
    const end = bucketEnd(key, interval);
    const barFrom = from && from > key ? from : key;
    const barTo = to && to < end ? to : end;
    return {
      label: bucketLabel(key, interval, { short: true }),
      title: bucketLabel(key, interval),
      total,
      spread,
      href: `${link[0]}from=${barFrom}&to=${barTo}${link[1]}`,
      military,
      diplomacy,
      policy,
      other,
    };
  });
}

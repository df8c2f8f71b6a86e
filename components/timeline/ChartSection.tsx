import { barCounts, CATEGORIES, type ChartData } from "@/lib/events/chart";
import type { TimelineFilters } from "@/lib/events/filters";
import { ChartTable } from "./ChartTable";
import { TimelineChart } from "./TimelineChart";
import styles from "./Timeline.module.css";

/** The chart with a text summary and, for keyboards and screen readers, the same figures as a table of links. */
export function ChartSection({ chart, filters }: { chart: ChartData; filters: TimelineFilters }) {
  if (chart.bars.length === 0) return null;
  const per = chart.interval === "week" ? "week" : "month";
  const busiest = chart.bars.reduce((max, b) => (b.total > max.total ? b : max), chart.bars[0]);
  // Sent to the browser once, for the chart and its table, as counts they draw their bars and links from.
  const drawn = barCounts(chart, filters);
  return (
    <section className={styles.chartSection} aria-labelledby="chart-heading">
      <h2 id="chart-heading" className={styles.sectionHeading}>Events per {per}, by category</h2>
      <p className="visually-hidden">
        {chart.total} events from {chart.bars[0].title} to {chart.bars.at(-1)!.title}; the busiest {per} is {busiest.title} with {busiest.total}.
      </p>
      <TimelineChart counts={drawn} series={CATEGORIES} band={per === "week" ? "Month or longer only (band)" : "Quarter or longer only (band)"} />
      <p className={`small muted ${styles.chartNote}`}>
        Click a bar to narrow the timeline to that {per}.
        {chart.spread > 0 && ` ${chart.spread} event${chart.spread === 1 ? " is" : "s are"} known only to a period longer than a ${per} (${per === "week" ? "a month, quarter or year" : "a quarter or year"}): the grey band spans the ${per}s ${chart.spread === 1 ? "it" : "they"} may fall in, not a ${per} ${chart.spread === 1 ? "it" : "they"} happened in.`}
        {chart.unplaced > 0 && ` ${chart.unplaced} event${chart.unplaced === 1 ? "" : "s"} with no date at all ${chart.unplaced === 1 ? "is" : "are"} listed but not charted.`}
      </p>
      <details className={styles.chartTable}>
        <summary>Chart data as a table</summary>
        <ChartTable counts={drawn} series={CATEGORIES} per={per} withSpread={chart.spread > 0} />
      </details>
    </section>
  );
}

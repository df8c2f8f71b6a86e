"use client";

import type { EventCategory } from "@/lib/events/codebook";
import { drawnBars, type BarCounts } from "@/lib/events/chart-bars";

/**
 * The chart's figures as a table of links, for keyboards and screen readers. A client component only so
 * that it is rendered from the counts the chart already receives: the page's payload carries the data
 * once, not the data and then this table again as a tree of elements. Plain <a> links: no next/link (a
 * component with hooks) to render per row.
 */
export function ChartTable({ counts, series, per, withSpread }: { counts: BarCounts; series: { key: EventCategory; label: string }[]; per: "week" | "month"; withSpread: boolean }) {
  const bars = drawnBars(counts);
  return (
    <table>
      <caption className="visually-hidden">{`Events per ${per} by category`}</caption>
      <thead>
        <tr>
          <th scope="col">{per === "week" ? "Week of" : "Month"}</th>
          {series.map((s) => <th key={s.key} scope="col">{s.label}</th>)}
          <th scope="col">Total</th>
          {withSpread && <th scope="col">Longer period</th>}
        </tr>
      </thead>
      <tbody>
        {bars.filter((b) => b.total + b.spread > 0).map((b) => (
          <tr key={b.href}>
            <th scope="row"><a href={b.href}>{b.title.replace(/^Week of /, "")}</a></th>
            {series.map((s) => <td key={s.key}>{b[s.key]}</td>)}
            <td>{b.total}</td>
            {withSpread && <td>{b.spread}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

"use client";

import { Area, Bar, CartesianGrid, ComposedChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { legendText } from "@/components/ui/ChartLegend";
import type { ActivityPoint } from "@/lib/actors/activity";

/**
 * Statements, events and mentions per month; behind them a band for statements and events known only
 * to a longer period (a quarter, a year) that includes the month. Gets plain, already shaped data.
 * Its figure's caption, the same figures as a table for screen readers, is drawn here too, from the
 * same data: the page's payload carries the months once, not once more as a tree of table cells.
 */
export function ActivityChart({ data, actorName }: { data: ActivityPoint[]; actorName: string }) {
  const banded = data.some((d) => d.spread > 0);
  return (
    <>
      <div style={{ width: "100%", height: 240 }} data-testid="activity-chart">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e3e0d8" />
            <XAxis dataKey="label" tick={{ fontSize: 12, fill: "var(--ink-soft)" }} tickLine={false} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "var(--ink-soft)" }} tickLine={false} axisLine={false} width="auto" />
            <Tooltip cursor={{ fill: "rgba(0,0,0,0.04)" }} />
            <Legend wrapperStyle={{ fontSize: 13 }} formatter={legendText} />
            {banded && (
              <Area dataKey="spread" name="Quarter or year only (band)" type="step" fill="#c9c3b6" fillOpacity={0.45} stroke="#8c857a" strokeDasharray="4 3" isAnimationActive={false} />
            )}
            <Bar dataKey="statements" name="Statements" fill="#9b2c1f" radius={[3, 3, 0, 0]} maxBarSize={36} isAnimationActive={false} />
            <Bar dataKey="events" name="Events" fill="#2b6cb0" radius={[3, 3, 0, 0]} maxBarSize={36} isAnimationActive={false} />
            <Bar dataKey="mentions" name="Mentions" fill="#7a8896" radius={[3, 3, 0, 0]} maxBarSize={36} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="visually-hidden">
        <table>
          <caption>{`Statements, events and mentions of ${actorName} per month`}</caption>
          <thead><tr><th>Month</th><th>Statements</th><th>Events</th><th>Mentions</th><th>Quarter or year only</th></tr></thead>
          <tbody>{data.map((p) => <tr key={p.month}><td>{p.label}</td><td>{p.statements}</td><td>{p.events}</td><td>{p.mentions}</td><td>{p.spread}</td></tr>)}</tbody>
        </table>
      </figcaption>
    </>
  );
}

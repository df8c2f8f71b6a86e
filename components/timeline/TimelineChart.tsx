"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Area, Bar, CartesianGrid, ComposedChart, Legend, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { legendText } from "@/components/ui/ChartLegend";
import type { NameType, ValueType } from "recharts/types/component/DefaultTooltipContent";
import type { EventCategory } from "@/lib/events/codebook";
import { drawnBars, type BarCounts, type DrawnBar } from "@/lib/events/chart-bars";
import styles from "./Timeline.module.css";

type Series = { key: string; label: string; color: string };

function BarTooltip({ active, payload }: Partial<TooltipContentProps<ValueType, NameType>>) {
  const bar = payload?.[0]?.payload as DrawnBar | undefined;
  if (!active || !bar) return null;
  return (
    <div className={styles.tooltip}>
      <strong>{bar.title}</strong>
      <div>{bar.total === 1 ? "1 event" : `${bar.total} events`}</div>
      {payload!.filter((p) => p.dataKey !== "spread" && Number(p.value) > 0).reverse().map((p) => (
        <div key={String(p.dataKey)}>{p.name}: {p.value}</div>
      ))}
      {bar.spread > 0 && <div>{bar.spread} more known only to a longer period that includes it</div>}
      {bar.total + bar.spread > 0 && <div className={styles.tooltipHint}>Click to show only these</div>}
    </div>
  );
}

/**
 * The same stacked bars and band as a plain SVG, one path per series: what the server sends (recharts
 * draws only in the browser) and what readers without scripts keep. The exact figures are the table's.
 */
function StaticChart({ bars, series, band }: { bars: DrawnBar[]; series: Series[]; band: string }) {
  const max = Math.max(1, ...bars.map((b) => Math.max(b.total, b.spread)));
  // 200 units high, in whole units: about a pixel each at the chart's height.
  const y = (n: number) => Math.round(200 - (n / max) * 200);
  let spread = "";
  const stacks = series.map(() => "");
  bars.forEach((bar, i) => {
    if (bar.spread > 0) spread += `M${i * 10} ${y(bar.spread)}h10V200h-10z`;
    let below = 0;
    series.forEach((s, k) => {
      const n = bar[s.key as EventCategory];
      if (n > 0) stacks[k] += `M${i * 10 + 1} ${y(below + n)}h8V${y(below)}h-8z`;
      below += n;
    });
  });
  return (
    <div className={styles.staticChart}>
      <svg viewBox={`0 0 ${bars.length * 10} 200`} preserveAspectRatio="none" focusable="false">
        {spread && <path d={spread} fill="#c9c3b6" fillOpacity={0.45} />}
        {series.map((s, k) => stacks[k] && <path key={s.key} d={stacks[k]} fill={s.color} />)}
      </svg>
      <p className={styles.staticAxis}><span>{bars[0].label}</span><span>{`up to ${max.toLocaleString("en-GB")} a bar`}</span><span>{bars.at(-1)!.label}</span></p>
      <p className={styles.staticLegend}>
        {series.map((s) => <span key={s.key}><span className={styles.swatch} style={{ background: s.color }} />{s.label}</span>)}
        {spread && <span><span className={styles.swatch} style={{ background: "#c9c3b6" }} />{band}</span>}
      </p>
    </div>
  );
}

/**
 * Stacked bars of already-shaped counts, and behind them a band for events known only to a period
 * longer than a bar; a click on a bar narrows the timeline to its dates. Until scripts run (and on the
 * server) the same bars are a static SVG.
 */
export function TimelineChart({ counts, series, band }: { counts: BarCounts; series: Series[]; band: string }) {
  const bars = useMemo(() => drawnBars(counts), [counts]);
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);
  const router = useRouter();
  // A click on a bar also bubbles to the chart; the bar knows exactly which one it is, so it wins.
  const handledByBar = useRef(false);
  const open = (bar: DrawnBar | undefined) => {
    if (bar && bar.total + bar.spread > 0) router.push(bar.href, { scroll: false });
  };
  const openColumn = (index: unknown) => {
    if (handledByBar.current) return void (handledByBar.current = false);
    if (typeof index === "number" || (typeof index === "string" && /^\d+$/.test(index))) open(bars[Number(index)]);
  };
  if (!scripted) {
    return (
      <div className={styles.chart} aria-hidden="true" data-testid="timeline-chart">
        <StaticChart bars={bars} series={series} band={band} />
      </div>
    );
  }
  return (
    <div className={styles.chart} aria-hidden="true" data-testid="timeline-chart">
      <ComposedChart
        responsive
        data={bars}
        style={{ width: "100%", height: "100%" }}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        accessibilityLayer={false}
        onClick={(state) => openColumn(state?.activeTooltipIndex)}
      >
        <CartesianGrid vertical={false} stroke="#e3e0d8" />
        <XAxis dataKey="label" tick={{ fontSize: 12, fill: "var(--ink-soft)" }} tickLine={false} minTickGap={12} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "var(--ink-soft)" }} tickLine={false} axisLine={false} width="auto" />
        <Tooltip content={BarTooltip} cursor={{ fill: "rgba(27,31,36,0.06)" }} isAnimationActive={false} />
        <Legend wrapperStyle={{ fontSize: 13 }} formatter={legendText} iconType="square" />
        <Area dataKey="spread" name={band} type="step" fill="#c9c3b6" fillOpacity={0.45} stroke="#8c857a" strokeDasharray="4 3" isAnimationActive={false} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="events" fill={s.color} maxBarSize={56} cursor="pointer" isAnimationActive={false}
            onClick={(item) => {
              handledByBar.current = true;
              open((item as { payload?: DrawnBar }).payload);
            }} />
        ))}
      </ComposedChart>
    </div>
  );
}

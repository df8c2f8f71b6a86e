"use client";

import { useRouter } from "next/navigation";
import { Area, Bar, CartesianGrid, ComposedChart, Legend, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { legendText } from "@/components/ui/ChartLegend";
import type { NameType, ValueType } from "recharts/types/component/DefaultTooltipContent";
import type { DashboardDay } from "@/lib/dashboard/days";
import styles from "./Dashboard.module.css";

type Series = { key: string; label: string; color: string };

function DayTooltip({ active, payload }: Partial<TooltipContentProps<ValueType, NameType>>) {
  const day = payload?.[0]?.payload as DashboardDay | undefined;
  if (!active || !day) return null;
  return (
    <div className={styles.tooltip}>
      <strong>{day.title}</strong>
      <div>{day.total === 1 ? "1 event on this day" : `${day.total} events on this day`}</div>
      {payload!.filter((p) => p.dataKey !== "spread" && Number(p.value) > 0).reverse().map((p) => (
        <div key={String(p.dataKey)}>{p.name}: {p.value}</div>
      ))}
      {day.spread > 0 && <div>{day.spread} known only to a longer period including it</div>}
    </div>
  );
}

/** Events per day, stacked by category; less precise events as a band behind. A click opens that day on the timeline. */
export function DayChart({ days, series }: { days: DashboardDay[]; series: Series[] }) {
  const router = useRouter();
  const open = (index: unknown) => {
    const day = typeof index === "number" || (typeof index === "string" && /^\d+$/.test(index)) ? days[Number(index)] : undefined;
    if (day && day.total + day.spread > 0) router.push(day.href);
  };
  return (
    <div className={styles.chart} aria-hidden="true" data-testid="dashboard-chart">
      <ComposedChart
        responsive
        data={days}
        style={{ width: "100%", height: "100%" }}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        accessibilityLayer={false}
        onClick={(state) => open(state?.activeTooltipIndex)}
      >
        <CartesianGrid vertical={false} stroke="#e3e0d8" />
        <XAxis dataKey="label" tick={{ fontSize: 12, fill: "var(--ink-soft)" }} tickLine={false} minTickGap={8} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "var(--ink-soft)" }} tickLine={false} axisLine={false} width="auto" />
        <Tooltip content={DayTooltip} cursor={{ fill: "rgba(27,31,36,0.06)" }} isAnimationActive={false} />
        <Legend wrapperStyle={{ fontSize: 13 }} formatter={legendText} iconType="square" />
        <Area dataKey="spread" name="Known only to a week or longer" type="step" fill="#c9c3b6" fillOpacity={0.45} stroke="#8c857a" strokeDasharray="4 3" isAnimationActive={false} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="day" fill={s.color} maxBarSize={40} cursor="pointer" isAnimationActive={false} />
        ))}
      </ComposedChart>
    </div>
  );
}

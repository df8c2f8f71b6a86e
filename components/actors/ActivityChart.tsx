"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ActivityPoint } from "@/lib/actors/activity";

/** Statements and mentions per month; gets plain, already shaped data from the server. */
export function ActivityChart({ data }: { data: ActivityPoint[] }) {
  return (
    <div style={{ width: "100%", height: 240 }} data-testid="activity-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e3e0d8" />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#4a525c" }} tickLine={false} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#4a525c" }} tickLine={false} axisLine={false} />
          <Tooltip cursor={{ fill: "rgba(0,0,0,0.04)" }} />
          <Legend wrapperStyle={{ fontSize: 13 }} />
          <Bar dataKey="statements" name="Statements" fill="#9b2c1f" radius={[3, 3, 0, 0]} maxBarSize={36} isAnimationActive={false} />
          <Bar dataKey="mentions" name="Mentions" fill="#7a8896" radius={[3, 3, 0, 0]} maxBarSize={36} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

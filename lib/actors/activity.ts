// Pure shaping of an actor's monthly activity for the profile chart.

export type MonthCount = { month: string; count: number };
export type ActivityPoint = { month: string; label: string; statements: number; mentions: number };

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * One point per month from the first to the last month with any activity (gaps filled with
 * zeros, so the chart's time axis is honest), at most `limit` most recent months.
 */
export function monthlyActivity(statements: MonthCount[], mentions: MonthCount[], limit = 36): ActivityPoint[] {
  const months = [...statements, ...mentions].map((r) => r.month).filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
  if (months.length === 0) return [];
  const s = new Map(statements.map((r) => [r.month, r.count]));
  const m = new Map(mentions.map((r) => [r.month, r.count]));
  const points: ActivityPoint[] = [];
  for (let month = months[0]; month <= months[months.length - 1]; month = nextMonth(month)) {
    const [y, mm] = month.split("-").map(Number);
    points.push({ month, label: `${MONTHS[mm - 1]} ${y}`, statements: s.get(month) ?? 0, mentions: m.get(month) ?? 0 });
  }
  return points.slice(-limit);
}

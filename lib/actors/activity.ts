// Pure shaping of an actor's monthly activity for the profile chart.

export type MonthCount = { month: string; count: number };
/** Something known only to a period longer than a month: a quarter, a year, or an event range across months. */
export type MonthSpan = { first: string; last: string; count: number };
export type ActivityPoint = {
  month: string;
  label: string;
  statements: number;
  mentions: number;
  events: number;
  /** Statements and events known only to a longer period that includes this month (drawn as a band). */
  spread: number;
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH = /^\d{4}-\d{2}$/;

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * One point per month from the first to the last month with any activity (gaps filled with zeros, so
 * the chart's time axis is honest), at most `limit` most recent months. Statements and events known
 * only to a longer period (a statement dated "2024", an event dated "Q3 2025") are not put in the
 * period's first month: they count in `spread` for every month they may fall in.
 */
export function monthlyActivity(
  statements: MonthCount[],
  mentions: MonthCount[],
  limit = 36,
  { events = [], spans = [] }: { events?: MonthCount[]; spans?: MonthSpan[] } = {},
): ActivityPoint[] {
  const ends = [...statements, ...mentions, ...events].map((r) => r.month).concat(spans.flatMap((s) => [s.first, s.last]));
  const months = ends.filter((m) => MONTH.test(m)).sort();
  if (months.length === 0) return [];
  const s = new Map(statements.map((r) => [r.month, r.count]));
  const m = new Map(mentions.map((r) => [r.month, r.count]));
  const e = new Map(events.map((r) => [r.month, r.count]));
  const { opening, closing } = spanEnds(spans);
  const points: ActivityPoint[] = [];
  let spread = 0;
  for (let month = months[0]; month <= months[months.length - 1]; month = nextMonth(month)) {
    const [y, mm] = month.split("-").map(Number);
    spread += opening.get(month) ?? 0;
    points.push({ month, label: `${MONTHS[mm - 1]} ${y}`, statements: s.get(month) ?? 0, mentions: m.get(month) ?? 0, events: e.get(month) ?? 0, spread });
    spread -= closing.get(month) ?? 0;
  }
  return points.slice(-limit);
}

/**
 * The spans' counts summed by the month they open and by the month they close, so the band is one running
 * sum over the months (the busiest actor has a few hundred spans: testing each against every month was
 * ~2 % of the profile's server CPU). A span that closes before it opens covers no month.
 */
function spanEnds(spans: MonthSpan[]): { opening: Map<string, number>; closing: Map<string, number> } {
  const opening = new Map<string, number>();
  const closing = new Map<string, number>();
  for (const { first, last, count } of spans) {
    if (!MONTH.test(first) || !MONTH.test(last) || first > last) continue;
    opening.set(first, (opening.get(first) ?? 0) + count);
    closing.set(last, (closing.get(last) ?? 0) + count);
  }
  return { opening, closing };
}

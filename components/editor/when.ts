import type { DatePrecision } from "@/lib/dates/partial-date";

// One "When" field for a date and its precision: what an editor types, read as the stored pair
// (date string YYYY, YYYY-MM or YYYY-MM-DD, and its precision), and the pair written back as text.

export type When = { date: string | undefined; precision: DatePrecision };
export type WhenReading = ({ ok: true } & When) | { ok: false; message: string };

export const WHEN_FORMATS = "2026-03-05, 5 March 2026, 2026-W10, 2026-03, March 2026, 2026-Q1 or 2026; empty for unknown";

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const pad = (n: number) => String(n).padStart(2, "0");
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

/** The month (1–12) a name or its first three letters stands for ("Mar", "march", "Sept."), else 0. */
function monthNumber(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, "");
  if (n.length < 3) return 0;
  return MONTH_NAMES.findIndex((m) => m.startsWith(n) || (n === "sept" && m === "september")) + 1;
}

/** A real calendar day in the years PostgreSQL dates are kept for, as "YYYY-MM-DD", else null. */
function calendarDay(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? isoOf(date) : null;
}

/** The Monday that starts ISO week `week` of `year`, as "YYYY-MM-DD", else null. */
function isoWeekMonday(year: number, week: number): string | null {
  if (year < 1000 || year > 9999 || week < 1) return null;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000);
  const weeksInYear = isoWeekOf(new Date(Date.UTC(year, 11, 28))).week;
  return week <= weeksInYear ? isoOf(monday) : null;
}

/** The ISO week (and its year) a day falls in. */
function isoWeekOf(day: Date): { year: number; week: number } {
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * 86_400_000);
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return { year: thursday.getUTCFullYear(), week: Math.floor((thursday.getTime() - jan1) / (7 * 86_400_000)) + 1 };
}

type Rule = [RegExp, (m: RegExpExecArray) => When | null];
const day = (y: number, mo: number, d: number): When | null => {
  const date = calendarDay(y, mo, d);
  return date ? { date, precision: "day" } : null;
};
const month = (y: number, mo: number): When | null => (calendarDay(y, mo, 1) ? { date: `${y}-${pad(mo)}`, precision: "month" } : null);
const quarter = (y: number, q: number): When | null => (q >= 1 && q <= 4 && calendarDay(y, 1, 1) ? { date: `${y}-${pad(q * 3 - 2)}`, precision: "quarter" } : null);
const week = (y: number, w: number): When | null => {
  const date = isoWeekMonday(y, w);
  return date ? { date, precision: "week" } : null;
};

const RULES: Rule[] = [
  [/^(\d{4})$/, (m) => (calendarDay(+m[1], 1, 1) ? { date: m[1], precision: "year" } : null)],
  [/^(\d{4})-(\d{1,2})$/, (m) => month(+m[1], +m[2])],
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m) => day(+m[1], +m[2], +m[3])],
  [/^(\d{4})-?w(\d{1,2})$/i, (m) => week(+m[1], +m[2])],
  [/^week of (\d{4})-(\d{1,2})-(\d{1,2})$/i, (m) => { const d = day(+m[1], +m[2], +m[3]); return d && { ...d, precision: "week" }; }],
  [/^(\d{4})-?q([1-4])$/i, (m) => quarter(+m[1], +m[2])],
  [/^q([1-4]) (\d{4})$/i, (m) => quarter(+m[2], +m[1])],
  [/^([a-z]+\.?) (\d{4})$/i, (m) => month(+m[2], monthNumber(m[1]))],
  [/^(\d{1,2}) ([a-z]+\.?),? (\d{4})$/i, (m) => day(+m[3], monthNumber(m[2]), +m[1])],
  [/^([a-z]+\.?) (\d{1,2}),? (\d{4})$/i, (m) => day(+m[3], monthNumber(m[1]), +m[2])],
];

/** Reads what an editor typed in a "When" field; anything it cannot read is refused with the formats it takes. */
export function parseWhen(text: string): WhenReading {
  const typed = text.trim().replace(/\s+/g, " ");
  if (!typed || /^(unknown|\?)$/i.test(typed)) return { ok: true, date: undefined, precision: "unknown" };
  for (const [pattern, read] of RULES) {
    const match = pattern.exec(typed);
    const when = match && read(match);
    if (when) return { ok: true, ...when };
  }
  return { ok: false, message: `“${typed}” is not a date Faultline can read. Write ${WHEN_FORMATS}.` };
}

/** The stored pair as the "When" field shows it: "2026-03-05", "2026-W10", "2026-03", "2026-Q1", "2026" or empty. */
export function formatWhen({ date, precision }: When): string {
  if (!date || precision === "unknown") return "";
  const [y, mo = 1, d = 1] = date.split("-").map(Number);
  switch (precision) {
    case "day":
      return date;
    case "week": {
      const start = new Date(Date.UTC(y, mo - 1, d));
      // A week that starts on another day than Monday (an engine's weekend, say) is shown as written, so that leaving
      // the field unchanged does not move it to the Monday.
      if (start.getUTCDay() !== 1) return `week of ${date.slice(0, 10)}`;
      const w = isoWeekOf(start);
      return `${w.year}-W${pad(w.week)}`;
    }
    case "month":
      return date.slice(0, 7);
    case "quarter":
      return `${y}-Q${Math.floor((mo - 1) / 3) + 1}`;
    case "year":
      return date.slice(0, 4);
  }
}

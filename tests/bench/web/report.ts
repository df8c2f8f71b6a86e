// The printed table and the JSON record of one benchmark run.
import type { SqlFigures } from "./database";
import type { LoadFigures } from "./load";

export type RouteResult = {
  name: string;
  path: string;
  note?: string;
  status: number;
  bytes: number;
  /** One request alone, on a URL never asked before. */
  singleMs: number;
  sql: SqlFigures | null;
  /** Exports: rows per second of that single request (from X-Export-Rows). */
  exportRowsPerSecond?: number;
  cold: LoadFigures;
  warm: LoadFigures;
  /** How long the database stayed busy after the load, and how many queries were cancelled then. */
  busyAfterMs: number;
  cancelled: number;
};

export type Baselines = { static: { cold: number; warm: number }; dynamic: { cold: number; warm: number } };

const num = (v: number, digits = 0) => (Number.isFinite(v) ? v.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits }) : "—");
const ratio = (v: number, base: number) => (base > 0 ? (v / base < 0.01 && v > 0 ? (v / base).toPrecision(2) : (v / base).toFixed(2)) : "—");

const lostCount = (f: LoadFigures) => f.timeouts + f.errors + Object.values(f.failures).reduce((a, b) => a + b, 0) + (f.ok === 0 ? 1 : 0);

function loadCells(f: LoadFigures, base: { dynamic: number; static: number }): string[] {
  const lost = lostCount(f);
  return [num(f.rps, f.rps < 10 ? 1 : 0) + (lost ? "*" : ""), num(f.p50), num(f.p95), ratio(f.rps, base.dynamic), ratio(f.rps, base.static)];
}

function table(rows: string[][], header: string[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function formatReport(results: RouteResult[], baselines: Baselines, baselineRuns: RouteResult[]): string {
  const header = ["route", "HTTP", "KiB", "1 req ms", "SQL", "slowest ms", "cold req/s", "p50", "p95", "×dyn", "×static", "warm req/s", "p50", "p95", "×dyn", "×static"];
  const rows = [...baselineRuns, ...results].map((r) => [
    r.name,
    String(r.status),
    num(r.bytes / 1024, 1),
    num(r.singleMs),
    r.sql ? String(r.sql.statements) : "n/a",
    r.sql ? num(r.sql.slowestMs, 1) : "n/a",
    ...loadCells(r.cold, { dynamic: baselines.dynamic.cold, static: baselines.static.cold }),
    ...loadCells(r.warm, { dynamic: baselines.dynamic.warm, static: baselines.static.warm }),
  ]);
  const lost = [...baselineRuns, ...results].filter((r) => lostCount(r.cold) + lostCount(r.warm) > 0);
  const notes = [
    "cold: every request a never-seen URL (unique _bench parameter); warm: the same URL repeated. req/s counts 2xx answers only; p50/p95 in ms over answered requests.",
    "×dyn / ×static: req/s over the dynamic baseline's / the static file's, in the same mode (baselines: mean of a run before and after the routes).",
    "SQL: statements the app's database ran for one cold request (pg_stat_statements), slowest = the longest single statement.",
    ...lost.map((r) => `* ${r.name}: ` + [
      ...(["cold", "warm"] as const).flatMap((mode) => {
        const f = r[mode];
        const parts = [f.ok === 0 && !f.timeouts && "no answer before the run ended", f.timeouts && `${f.timeouts} timed out`, f.errors && `${f.errors} errors`, ...Object.entries(f.failures).map(([code, n]) => `${n}× HTTP ${code}`)].filter(Boolean);
        return parts.length ? [`${mode}: ${parts.join(", ")}`] : [];
      }),
    ].join("; ")),
    ...results.filter((r) => r.busyAfterMs >= 1000).map((r) => `${r.name}: the database stayed busy ${num(r.busyAfterMs / 1000, 1)} s after the load${r.cancelled ? `; ${r.cancelled} queries cancelled` : ""}.`),
    ...results.filter((r) => r.exportRowsPerSecond !== undefined).map((r) => `${r.name}: ${num(r.exportRowsPerSecond!)} rows/s on one request.`),
    ...results.filter((r) => r.note).map((r) => `${r.name}: ${r.note}.`),
  ];
  return `${table(rows, header)}\n\n${notes.join("\n")}`;
}

// `npm run db:synthetic -- --scale small|large [--seed N] [--replace]`  (or `--events N` for any size)
// Loads a deterministic synthetic archive into DATABASE_URL, or else the embedded database of
// `npm start` (the running one if it is up). Progress on stderr; a per-table report on stdout.
import "dotenv/config";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { resolveDatabase } from "@/lib/db/database-url";
import { PostgresStartError } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/prepare";
import { parseIsoDay } from "@/lib/dates/partial-date";
import { DEFAULT_DAYS, DEFAULT_START, SCALES, shapeFor, SyntheticError } from "@/lib/demo/synthetic";
import { loadSynthetic, type LoadReport } from "@/lib/demo/synthetic-load";
import { readEnv } from "@/lib/env";
import { formatDuration, progressBar } from "./progress";
import { resolvePlacesIn } from "./places-resolve-db";
import { exitWithCode } from "./exit";

const USAGE = "usage: npm run db:synthetic -- --scale small|large | --events N [--seed N] [--start YYYY-MM-DD] [--days N] [--replace]";

const argsSchema = z
  .object({
    scale: z.enum(["small", "large"], { error: "--scale must be small or large" }).optional(),
    events: z.coerce.number({ error: "--events must be a number" }).int("--events must be a whole number").min(1, "--events must be at least 1").max(1_000_000, "--events is capped at 1000000").optional(),
    seed: z.coerce.number({ error: "--seed must be a number" }).int("--seed must be a whole number").min(0, "--seed must be 0 or more").max(2 ** 31, "--seed is too large").default(1),
    start: z.string().refine((s) => parseIsoDay(s) !== null, "--start must be a real day, YYYY-MM-DD").default(DEFAULT_START),
    days: z.coerce.number({ error: "--days must be a number" }).int("--days must be a whole number").min(1, "--days must be at least 1").max(36_500, "--days is capped at 36500").default(DEFAULT_DAYS),
    replace: z.boolean().default(false),
  })
  .refine((a) => (a.scale === undefined) !== (a.events === undefined), "give either --scale or --events (one of them)");

function fail(message: string): never {
  console.error(`db:synthetic: ${message.split("\n")[0]} (${USAGE})`);
  process.exit(2);
}

function parse() {
  let raw;
  try {
    raw = parseArgs({
      options: { scale: { type: "string" }, events: { type: "string" }, seed: { type: "string" }, start: { type: "string" }, days: { type: "string" }, replace: { type: "boolean" } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (err) {
    fail((err as Error).message);
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) fail(parsed.error.issues[0].message);
  const { scale, events, ...rest } = parsed.data;
  return { ...rest, events: events ?? SCALES[scale!], scale };
}

function report(result: LoadReport, events: number) {
  const rate = (rows: number, ms: number) => (ms > 0 ? Math.round((rows / ms) * 1000).toLocaleString("en") : "-");
  const lines = result.tables.map((t) => `  ${t.table.padEnd(40)} ${t.rows.toLocaleString("en").padStart(10)} rows ${formatDuration(t.ms).padStart(7)} ${rate(t.rows, t.ms).padStart(9)} rows/s`);
  const rows = result.tables.reduce((s, t) => s + t.rows, 0);
  console.log(
    [
      `Loaded synthetic seed ${result.seed}${result.replaced ? ` (replacing ${result.replaced.toLocaleString("en")} earlier synthetic articles)` : ""}:`,
      ...lines,
      `  ${"all".padEnd(40)} ${rows.toLocaleString("en").padStart(10)} rows ${formatDuration(result.ms).padStart(7)} ${rate(rows, result.ms).padStart(9)} rows/s`,
      `  VACUUM ANALYZE ${formatDuration(result.analyzeMs)}; total ${formatDuration(result.ms + result.analyzeMs)}.`,
      ...(events === SCALES.large ? [] : [`  --scale large (${SCALES.large.toLocaleString("en")} events) at this rate: ~${formatDuration(((result.ms + result.analyzeMs) * SCALES.large) / events)} (linear estimate; machine load ${os.loadavg()[0].toFixed(1)}).`]),
    ].join("\n"),
  );
}

const args = parse();
let env;
try {
  env = readEnv();
} catch (err) {
  fail((err as Error).message);
}

let database: Awaited<ReturnType<typeof resolveDatabase>> | undefined;
try {
  database = await resolveDatabase({ databaseUrl: env.DATABASE_URL, attach: true, dataDir: path.resolve(import.meta.dirname, "../..", env.FAULTLINE_DATA_DIR) });
  await prepareDatabase(database.url);
  const shape = shapeFor(args.events);
  console.error(
    `Generating ${args.scale ? `--scale ${args.scale}` : `--events ${args.events}`} (seed ${args.seed}): ${shape.articles.toLocaleString("en")} articles, ` +
      `${shape.events.toLocaleString("en")} events, ${shape.statements.toLocaleString("en")} statements, ${shape.actors.toLocaleString("en")} actors`,
  );
  const bar = progressBar("articles");
  const stepped = performance.now();
  const result = await loadSynthetic(database.url, {
    ...args,
    onProgress: (done, total) => bar.update(done, total),
    onStep: (step) => (bar.done(), console.error(`  … ${step} (${formatDuration(performance.now() - stepped)} elapsed)`)),
  });
  bar.done();
  report(result, args.events);
  const places = await resolvePlacesIn(database.url);
  console.log(`  places: ${places.resolved} resolved, ${places.unresolved} unresolved (listed at /editor/places)`);
} catch (err) {
  const known = err instanceof SyntheticError || err instanceof PostgresStartError;
  console.error(`\ndb:synthetic: ${known ? (err as Error).message : ((err as Error).message ?? String(err)).split("\n")[0]}`);
  process.exitCode = 1;
} finally {
  await database?.stop();
}
exitWithCode();

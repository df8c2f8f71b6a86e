// `npm run bench:web -- --scale small|large [--seconds N] [--connections N] [--timeout S] [--routes REGEX]`
// Serves the production build on the benchmark database of that scale and drives every reader route
// with autocannon against two baselines measured in the same run: a static file and a dynamic page
// of the app rendered from memory (app/bench/baseline, FAULTLINE_BENCH=1 only). Prints a table and
// writes tests/bench/results/<scale>-<time>.json. Not a test: it asserts nothing, it measures.
// --routes keeps only the routes whose name matches (the baselines always run); such a partial run
// does not replace latest-<scale>.txt.
import "dotenv/config";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { readEnv } from "@/lib/env";
import { prepareBenchDatabase, SCALES, SqlProbe, type BenchDatabase } from "./web/database";
import { load, single, stopLoad, withParam, type LoadOptions } from "./web/load";
import { formatReport, type Baselines, type RouteResult } from "./web/report";
import { chooseRoutes, type Route } from "./web/routes";
import { serverMemory, startServer, stopServer } from "./web/server";

const ROOT = path.resolve(import.meta.dirname, "../..");
const USAGE = "Usage: npm run bench:web -- --scale small|large [--seconds 10] [--connections 10] [--timeout 10] [--routes REGEX]";
const IDLE_WAIT_MS = 60_000;
const SINGLE_TIMEOUT_MS = 120_000;

const argsSchema = z.object({
  scale: z.enum(SCALES, { error: "--scale must be small or large" }),
  seconds: z.coerce.number().int().min(1, "--seconds must be at least 1").max(300, "--seconds is capped at 300"),
  connections: z.coerce.number().int().min(1, "--connections must be at least 1").max(200, "--connections is capped at 200"),
  timeout: z.coerce.number().int().min(1, "--timeout must be at least 1 second").max(120, "--timeout is capped at 120"),
  routes: z
    .string()
    .optional()
    .transform((source, ctx) => {
      if (source === undefined) return undefined;
      try {
        return new RegExp(source, "i");
      } catch {
        ctx.addIssue({ code: "custom", message: `--routes "${source}" is not a valid regular expression` });
        return z.NEVER;
      }
    }),
});

function parse() {
  try {
    const { values } = parseArgs({
      options: {
        scale: { type: "string" },
        seconds: { type: "string", default: "10" },
        connections: { type: "string", default: "10" },
        timeout: { type: "string", default: "10" },
        routes: { type: "string" },
      },
      strict: true,
    });
    const parsed = argsSchema.safeParse(values);
    if (parsed.success) return parsed.data;
    throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const log = (line: string) => console.error(`[bench] ${line}`);
const cleanups: (() => Promise<unknown>)[] = [];
async function cleanup() {
  stopLoad();
  while (cleanups.length) await cleanups.pop()!().catch((err) => log(`cleanup: ${(err as Error).message}`));
}
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping the server and the database…`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function dataCounts(url: string) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT (SELECT count(*) FROM "Article")::int AS articles, (SELECT count(*) FROM "Actor")::int AS actors,
      (SELECT count(*) FROM "Statement")::int AS statements, (SELECT count(*) FROM "Event")::int AS events`);
    return rows[0] as { articles: number; actors: number; statements: number; events: number };
  } finally {
    await db.end();
  }
}

async function measureRoute(base: string, route: Route, probe: SqlProbe, options: LoadOptions): Promise<RouteResult> {
  log(`${route.name}: ${route.path}`);
  // First request (compiles nothing in production, but loads the route's modules); its answer is checked.
  const first = await single(base, route.path, SINGLE_TIMEOUT_MS);
  // Twice, keeping the smaller count: work left over from the previous route can only add statements.
  const measured = [];
  for (let i = 0; i < 2; i++) {
    await probe.waitIdle(IDLE_WAIT_MS);
    measured.push(await probe.measure(() => single(base, withParam(route.path, `_bench=sql${Date.now()}`), SINGLE_TIMEOUT_MS)));
  }
  const { result: one, sql } = measured.reduce((a, b) => ((b.sql?.statements ?? 0) < (a.sql?.statements ?? 0) ? b : a));
  await probe.waitIdle(IDLE_WAIT_MS);
  const cold = await load(base, route.path, true, options);
  const afterCold = await probe.waitIdle(IDLE_WAIT_MS);
  const warm = await load(base, route.path, false, options);
  const afterWarm = await probe.waitIdle(IDLE_WAIT_MS);
  const exportRows = Number(one.headers["x-export-rows"]);
  return {
    name: route.name,
    path: route.path,
    note: [route.note, first.error && `first request failed: ${first.error}`, one.error && `single request failed: ${one.error}`].filter(Boolean).join("; ") || undefined,
    status: one.status || first.status,
    bytes: one.bytes || first.bytes,
    singleMs: one.ms,
    sql,
    exportRowsPerSecond: Number.isFinite(exportRows) && one.status === 200 ? exportRows / (one.ms / 1000) : undefined,
    cold,
    warm,
    busyAfterMs: Math.max(afterCold.waitedMs, afterWarm.waitedMs),
    cancelled: afterCold.cancelled + afterWarm.cancelled,
  };
}

const STATIC: Route = { name: "baseline: static file", path: "/robots.txt" };
const DYNAMIC: Route = { name: "baseline: dynamic, no DB", path: "/bench/baseline" };

function meanBaseline(runs: RouteResult[]): { cold: number; warm: number } {
  return { cold: runs.reduce((s, r) => s + r.cold.rps, 0) / runs.length, warm: runs.reduce((s, r) => s + r.warm.rps, 0) / runs.length };
}

/**
 * A freshly started server runs its first seconds of load slowly (the JIT still compiling proxy.ts, the page-hit
 * path and React), which fell on the baselines' first run and the first routes; a discarded run of each of
 * `paths`, warm and cold, first.
 */
async function warmUp(base: string, paths: Route[], options: LoadOptions) {
  log("Warming the server up (runs not counted)…");
  for (const route of paths) {
    await load(base, route.path, false, options);
    await load(base, route.path, true, options);
  }
}

async function main() {
  const args = parse();
  const env = readEnv();
  // Requests as a browser loading a page sends them (proxy.ts answers cached page loads itself; only the
  // router's own fetches and clients without the header go through Next.js's page handler).
  const browserLoad = { "Sec-Fetch-Dest": "document" };
  const options: LoadOptions = { seconds: args.seconds, connections: args.connections, timeoutSeconds: args.timeout, headers: browserLoad };
  const started = new Date();
  const loadBefore = os.loadavg();
  const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();

  log(`Preparing the ${args.scale} database…`);
  const database: BenchDatabase = await prepareBenchDatabase(ROOT, args.scale, env.DATABASE_URL, log);
  cleanups.push(() => database.stop());
  log(`Starting the production server (npm start's script; builds when stale) on ${database.where}…`);
  const server = await startServer(database.serverEnv);
  cleanups.push(async () => log(`Server stopped (exit ${await stopServer(server)}).`));
  const base = server.url;
  const probe = await SqlProbe.open(database.controlUrl(), database.databaseName, !env.DATABASE_URL);
  cleanups.push(() => probe.close());
  if (probe.note) log(probe.note);

  const data = await dataCounts(database.appUrl());
  log(`Data: ${data.articles} articles, ${data.actors} actors, ${data.statements} statements, ${data.events} events. Server ${base}.`);
  const baselineCheck = await single(base, DYNAMIC.path, SINGLE_TIMEOUT_MS);
  if (baselineCheck.status !== 200) throw new Error(`${DYNAMIC.path} answered ${baselineCheck.status || baselineCheck.error}: is app/bench/baseline in the build?`);

  const chosen = await chooseRoutes(base, database.appUrl(), log);
  const routes = args.routes ? chosen.routes.filter((r) => args.routes!.test(r.name)) : chosen.routes;
  const skipped = chosen.skipped;
  if (args.routes && routes.length === 0) throw new Error(`--routes ${args.routes} matches none of: ${chosen.routes.map((r) => r.name).join(", ")}`);
  for (const s of skipped) log(`skipped ${s}`);
  await warmUp(base, [STATIC, DYNAMIC, ...routes.slice(0, 1)], options);
  const baselineRuns = [await measureRoute(base, STATIC, probe, options), await measureRoute(base, DYNAMIC, probe, options)];
  const results: RouteResult[] = [];
  for (const route of routes) results.push(await measureRoute(base, route, probe, options));
  const again = [await measureRoute(base, STATIC, probe, options), await measureRoute(base, DYNAMIC, probe, options)];
  const memory = serverMemory(server.process.pid!);

  const baselines: Baselines = { static: meanBaseline([baselineRuns[0], again[0]]), dynamic: meanBaseline([baselineRuns[1], again[1]]) };
  const shownBaselines = baselineRuns.map((b, i) => ({
    ...b,
    cold: { ...b.cold, rps: (b.cold.rps + again[i].cold.rps) / 2 },
    warm: { ...b.warm, rps: (b.warm.rps + again[i].warm.rps) / 2 },
  }));
  const heading = [
    `Faultline web benchmark, ${args.scale} scale: ${data.events.toLocaleString("en-GB")} events, ${data.statements.toLocaleString("en-GB")} statements, ` +
      `${data.articles.toLocaleString("en-GB")} articles, ${data.actors.toLocaleString("en-GB")} actors (${database.where}).`,
    `${started.toISOString().slice(0, 16)}Z, commit ${commit}, ${os.cpus().length} CPUs, load average ${loadBefore[0].toFixed(1)} before / ${os.loadavg()[0].toFixed(1)} after; ` +
      `autocannon ${args.connections} connections × ${args.seconds} s per mode, ${args.timeout} s timeout, requests sent as page loads (Sec-Fetch-Dest: document).` +
      (args.routes ? ` Only routes matching ${args.routes}.` : ""),
    `Baselines before → after: static ${baselineRuns[0].warm.rps.toFixed(0)} → ${again[0].warm.rps.toFixed(0)} req/s, dynamic ${baselineRuns[1].warm.rps.toFixed(0)} → ${again[1].warm.rps.toFixed(0)} req/s (warm).`,
  ].join("\n");
  const footer = [
    `Server memory after the run: ${memory.rssMiB.toFixed(0)} MiB resident (peak ${memory.peakMiB.toFixed(0)} MiB) in ${memory.processes.length} Next.js process(es).`,
    ...skipped.map((s) => `Skipped ${s}.`),
    ...(probe.note ? [probe.note] : []),
  ].join("\n");
  const text = `${heading}\n\n${formatReport(results, baselines, shownBaselines)}\n\n${footer}\n`;
  console.log(`\n${text}`);

  const dir = path.join(ROOT, "tests", "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${args.scale}-${started.toISOString().replace(/[:.]/g, "-")}.json`);
  const record = { scale: args.scale, routesFilter: args.routes?.source, startedAt: started.toISOString(), commit, cpus: os.cpus().length, loadavg: { before: loadBefore, after: os.loadavg() }, options, database: database.where, data, baselines, baselineRuns: { before: baselineRuns, after: again }, routes: results, skipped, memory, sqlNote: probe.note || undefined };
  fs.writeFileSync(file, JSON.stringify(record, null, 2));
  const latest = path.join(dir, args.routes ? `latest-${args.scale}-partial.txt` : `latest-${args.scale}.txt`);
  fs.writeFileSync(latest, text);
  log(`Wrote ${path.relative(ROOT, file)} and ${path.relative(ROOT, latest)}`);
}

try {
  await main();
} catch (err) {
  console.error(`\nThe benchmark failed: ${(err as Error).stack ?? err}`);
  process.exitCode = 1;
} finally {
  if (!interrupted) await cleanup();
}

// Timeline query timings on 20,000 synthetic events, against a baseline measured in the same run.
//   npx tsx --conditions=react-server tests/bench/timeline.bench.ts [--events 20000]
// (react-server: lib/events/queries.ts imports "server-only", which only resolves under that condition.)
// Starts its own embedded PostgreSQL in a temporary folder, or uses a fresh database beside DATABASE_URL.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { insertSynthetic } from "@/lib/demo/synthetic";
import { parseTimelineFilters } from "@/lib/events/filters";
import { countTimeline, getEventCounts, getTimeline } from "@/lib/events/queries";

const events = Number(parseArgs({ options: { events: { type: "string", default: "20000" } } }).values.events);
const RUNS = 21;

async function median(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

let url: string;
let cleanup = async () => {};
if (process.env.DATABASE_URL) {
  const name = `faultline_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const u = new URL(process.env.DATABASE_URL);
  u.pathname = `/${name}`;
  url = u.toString();
  cleanup = async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
} else {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "faultline-bench-"));
  fs.chmodSync(dataDir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir, persistent: false });
  await server.createDatabase("bench");
  url = server.url("bench");
  cleanup = async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

const db = createPrismaClient(url);
try {
  await applyMigrations(url);
  const t = performance.now();
  await insertSynthetic(db, { events, seed: 1 });
  await db.$executeRawUnsafe("ANALYZE");
  console.log(`Loaded ${events} synthetic events in ${((performance.now() - t) / 1000).toFixed(1)} s; median of ${RUNS} runs each:\n`);

  const f = (params: Record<string, string | string[]>) => parseTimelineFilters(params);
  let deep: string | undefined;
  for (let i = 0, cursor: string | undefined; i < 20; i++) cursor = deep = (await getTimeline({ ...f({}), cursor }, { db })).nextCursor ?? undefined;

  const cases: [string, () => Promise<unknown>][] = [
    ['baseline: SELECT count(*) FROM "Event"', () => db.$queryRaw`SELECT count(*) FROM "Event"`],
    ["timeline, first page of 50, no filters", () => getTimeline(f({}), { db })],
    ["timeline, page 21 (cursor)", () => getTimeline({ ...f({}), cursor: deep }, { db })],
    ["timeline, actor filter", () => getTimeline(f({ actor: "vladimir-putin" }), { db })],
    ["timeline, two types + date range", () => getTimeline(f({ type: ["missile_drone_strike", "ground_battle"], from: "2024-06-01", to: "2024-09-30" }), { db })],
    ["timeline, words (full text) + place", () => getTimeline(f({ q: "refinery", place: "ryazan" }), { db })],
    ["count, no filters", () => countTimeline(f({}), { db })],
    ["chart counts, no filters", () => getEventCounts(f({}), { db })],
    ["chart counts, actor filter", () => getEventCounts(f({ actor: "vladimir-putin" }), { db })],
  ];
  const results: [string, number][] = [];
  for (const [name, run] of cases) results.push([name, await median(run)]);
  const baseline = results[0][1];
  for (const [name, ms] of results) console.log(`${name.padEnd(44)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / baseline).toFixed(1).padStart(6)}× baseline`);
} finally {
  await db.$disconnect();
  await cleanup();
}

// Reader query timings: every reader data function, its SQL statement count and its slowest statement.
//   npx tsx --conditions=react-server tests/bench/timeline.bench.ts [--events 20000]   (loads synthetic data)
//   npx tsx --conditions=react-server tests/bench/timeline.bench.ts --url postgresql://…/big   (an already loaded database)
// (react-server: the data modules import "server-only", which only resolves under that condition.)
// Without --url: starts its own embedded PostgreSQL in a temporary folder, or a fresh database beside DATABASE_URL.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { actorActivity, actorArticles, actorEvents, actorKindCounts, coOccurringActors, getActor, listActors, resolveActor } from "@/lib/actors/queries";
import { parseActorFilters } from "@/lib/actors/filters";
import { getArticle, getHomeSummary, listArticles } from "@/lib/articles/queries";
import { parseArticleFilters } from "@/lib/articles/filters";
import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { insertSynthetic } from "@/lib/demo/synthetic";
import { parseTimelineFilters } from "@/lib/events/filters";
import { getEventCounts, getRecentEvents, getTimeline, getTimelineActors, iterateTimeline } from "@/lib/events/queries";
import { getMapData } from "@/lib/places/queries";
import { searchEverything } from "@/lib/search/queries";
import { parseStatementFilters } from "@/lib/statements/filters";
import { iterateStatements, latestStatements, listStatements, statementFilterOptions } from "@/lib/statements/queries";

const args = parseArgs({ options: { events: { type: "string", default: "20000" }, url: { type: "string" }, runs: { type: "string", default: "7" } } }).values;
const RUNS = Number(args.runs);

// Every SQL statement sent, with its time: patched onto pg's Client so Prisma's pool is measured too.
type Sent = { sql: string; ms: number };
let sent: Sent[] = [];
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...a: unknown[]) {
  const started = performance.now();
  const text = typeof a[0] === "string" ? a[0] : (a[0] as { text?: string })?.text ?? "";
  const result = (originalQuery as (...x: unknown[]) => unknown).apply(this, a);
  if (result && typeof (result as Promise<unknown>).then === "function") {
    (result as Promise<unknown>).then(() => sent.push({ sql: text, ms: performance.now() - started }), () => undefined);
  }
  return result;
} as typeof pg.Client.prototype.query;

async function measure(run: () => Promise<unknown>) {
  await run();
  const times: number[] = [];
  let statements = 0;
  let slowest: Sent = { sql: "", ms: 0 };
  for (let i = 0; i < RUNS; i++) {
    sent = [];
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
    statements = sent.length;
    for (const s of sent) if (s.ms > slowest.ms) slowest = s;
  }
  return { median: times.sort((a, b) => a - b)[Math.floor(times.length / 2)], statements, slowest };
}

let url: string;
let cleanup = async () => {};
if (args.url) {
  url = args.url;
} else if (process.env.DATABASE_URL) {
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

const db = createPrismaClient(url, { statementTimeoutMs: 30_000 });
try {
  if (!args.url) {
    await applyMigrations(url);
    const t = performance.now();
    await insertSynthetic(db, { events: Number(args.events), seed: 1 });
    await db.$executeRawUnsafe("ANALYZE");
    console.log(`Loaded ${args.events} synthetic events in ${((performance.now() - t) / 1000).toFixed(1)} s.`);
  }
  const [sizes] = await db.$queryRaw<Record<string, number>[]>`
    SELECT (SELECT count(*) FROM "Event")::int AS events, (SELECT count(*) FROM "Statement")::int AS statements,
           (SELECT count(*) FROM "Article")::int AS articles, (SELECT count(*) FROM "Actor")::int AS actors`;
  console.log(`Database: ${Object.entries(sizes).map(([k, v]) => `${v.toLocaleString("en-GB")} ${k}`).join(", ")}; median of ${RUNS} runs each.\n`);

  const busiestSpeaker = await db.actorStat.findFirstOrThrow({ orderBy: { statements: "desc" }, include: { actor: true } });
  const busiestInEvents = await db.actorStat.findFirstOrThrow({ orderBy: { events: "desc" }, include: { actor: true } });
  const rareInEvents = await db.actorStat.findFirstOrThrow({ where: { events: { gt: 0 } }, orderBy: { events: "asc" }, include: { actor: true } });
  const article = await db.article.findFirstOrThrow({ where: { status: "published", deletedAt: null }, orderBy: [{ publishedOn: "desc" }, { id: "desc" }] });
  const ids = [busiestSpeaker.actorId];
  const t = (params: Record<string, string | string[]>) => parseTimelineFilters(params);
  let deep: string | undefined;
  for (let i = 0, cursor: string | undefined; i < 20; i++) cursor = deep = (await getTimeline({ ...t({}), cursor }, { db })).nextCursor ?? undefined;
  const s = (params: Record<string, string | string[]>) => parseStatementFilters(params);
  let exported = 0;

  const cases: [string, () => Promise<unknown>][] = [
    ["home summary", () => getHomeSummary(db)],
    ["timeline, first page of 50", () => getTimeline(t({}), { db })],
    ["timeline, page 21 (cursor)", () => getTimeline({ ...t({}), cursor: deep }, { db })],
    ["timeline, busiest actor", () => getTimeline(t({ actor: busiestInEvents.actor.slug }), { db })],
    ["timeline, rarest actor", () => getTimeline(t({ actor: rareInEvents.actor.slug }), { db })],
    ["timeline, two types + range", () => getTimeline(t({ type: ["missile_drone_strike", "ground_battle"], from: "2024-06-01", to: "2024-09-30" }), { db })],
    ["timeline, words + place", () => getTimeline(t({ q: "strike", place: "kyiv" }), { db })],
    ["chart, unfiltered", () => getEventCounts(t({}), { db })],
    ["chart, busiest actor", () => getEventCounts(t({ actor: busiestInEvents.actor.slug }), { db })],
    ["chart, two types + range", () => getEventCounts(t({ type: ["missile_drone_strike", "ground_battle"], from: "2024-06-01", to: "2024-09-30" }), { db })],
    ["chart, rarest actor", () => getEventCounts(t({ actor: rareInEvents.actor.slug }), { db })],
    ["map, unfiltered", () => getMapData(t({}), { db })],
    ["map, busiest actor", () => getMapData(t({ actor: busiestInEvents.actor.slug }), { db })],
    ["map, rarest actor", () => getMapData(t({ actor: rareInEvents.actor.slug }), { db })],
    ["map, two types + range", () => getMapData(t({ type: ["missile_drone_strike", "ground_battle"], from: "2024-06-01", to: "2024-09-30" }), { db })],
    ["timeline actor options", () => getTimelineActors({ db })],
    ["events feed", () => getRecentEvents(t({}), { db })],
    ["statements, unfiltered", () => listStatements(s({}), {}, db)],
    ["statements, busiest speaker", () => listStatements(s({ speaker: busiestSpeaker.actor.slug }), {}, db)],
    ["statements, words", () => listStatements(s({ q: "ceasefire" }), {}, db)],
    ["statements, range + direct", () => listStatements(s({ from: "2024-01-01", to: "2024-03-31", direct: "true" }), {}, db)],
    ["statement filter options", () => statementFilterOptions(db)],
    ["statements feed", () => latestStatements(s({}), 50, db)],
    ["actors directory", () => Promise.all([listActors(parseActorFilters({}), {}, db), actorKindCounts(db)])],
    ["actor profile header", () => Promise.all([resolveActor(busiestSpeaker.actor.slug, db), getActor(busiestSpeaker.actor.slug, db)])],
    ["actor activity", () => actorActivity(ids, db)],
    ["actor events", () => actorEvents(ids, 50, db)],
    ["actor co-occurrence", () => coOccurringActors(ids, 10, db)],
    ["actor articles", () => actorArticles(ids, 20, db)],
    ["article page", () => getArticle(article.slug, db)],
    ["articles, unfiltered", () => listArticles(parseArticleFilters({}), {}, db)],
    ["search 'ukraine'", () => searchEverything("ukraine", {}, db)],
    ["search 'ceasefire talks'", () => searchEverything("ceasefire talks", {}, db)],
    ["export timeline (10,000 rows)", async () => { exported = 0; for await (const b of iterateTimeline(t({}), { db })) exported += b.length; }],
    ["export statements (10,000 rows)", async () => { exported = 0; for await (const b of iterateStatements(s({}), {}, db)) exported += b.length; }],
  ];
  console.log(`${"reader".padEnd(34)} ${"median".padStart(9)} ${"SQL".padStart(4)} ${"slowest".padStart(9)}  slowest statement`);
  for (const [name, run] of cases) {
    const r = await measure(run);
    const rate = name.startsWith("export") ? `  (${Math.round(exported / (r.median / 1000)).toLocaleString("en-GB")} rows/s)` : "";
    console.log(`${name.padEnd(34)} ${r.median.toFixed(1).padStart(7)} ms ${String(r.statements).padStart(4)} ${r.slowest.ms.toFixed(1).padStart(7)} ms  ${r.slowest.sql.replace(/\s+/g, " ").slice(0, 90)}${rate}`);
  }
} finally {
  await db.$disconnect();
  await cleanup();
}

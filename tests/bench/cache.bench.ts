// Page cache benchmark: a static file, reader pages served from Next.js's cache, and the same pages
// rendered afresh (a new query value per request, so each one misses the cache), in one run.
//   npx tsx tests/bench/cache.bench.ts [--duration 10] [--connections 10]
// Uses DATABASE_URL when set (a synthetic database, say), else the demo data in a throwaway embedded PostgreSQL.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { freePort } from "@/lib/db/embedded";
import { startDashboard } from "../support/start-process";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

const DURATION = option("duration", 10);
const CONNECTIONS = option("connections", 10);

type Row = { name: string; path: string; rps: number; p50: number; p99: number; errors: number; non2xx: number; cache: string };

async function measure(base: string, name: string, pathOrMaker: string | (() => string)): Promise<Row> {
  const make = typeof pathOrMaker === "string" ? () => pathOrMaker : pathOrMaker;
  const probe = await fetch(base + make(), { redirect: "manual" });
  await probe.arrayBuffer();
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: make() }) }],
  });
  return {
    name,
    path: typeof pathOrMaker === "string" ? pathOrMaker : `${make()} (varies)`,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    cache: probe.headers.get("x-nextjs-cache") ?? "-",
  };
}

/** Resident memory of the Next.js server: the node processes under the start script, in MiB. */
function serverRssMiB(rootPid: number): number {
  const table = execFileSync("ps", ["-eo", "pid=,ppid=,rss=,comm="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .map(([pid, ppid, rss, comm]) => ({ pid: Number(pid), ppid: Number(ppid), rss: Number(rss), comm }));
  const descendants = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of table) if (descendants.has(p.ppid) && !descendants.has(p.pid)) descendants.add(p.pid), (grew = true);
  }
  const next = table.filter((p) => descendants.has(p.pid) && p.pid !== rootPid && /node|next/.test(p.comm));
  return next.reduce((sum, p) => sum + p.rss, 0) / 1024;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "faultline-bench-cache-"));
  fs.chmodSync(dataDir, 0o755);
  const env = process.env.DATABASE_URL ? {} : { FAULTLINE_DATA_DIR: path.join(dataDir, "postgres"), DATABASE_URL: "" };
  const server = await startDashboard(env, await freePort());
  try {
    const base = server.url;
    const article = (await (await fetch(`${base}/articles`)).text()).match(/href="(\/articles\/[a-z0-9-]+)"/)?.[1];
    const actor = (await (await fetch(`${base}/actors`)).text()).match(/href="(\/actors\/[a-z0-9-]+)"/)?.[1];
    let n = 0;
    const rows: Row[] = [];
    rows.push(await measure(base, "static file", "/robots.txt"));
    const cachedPages: [string, string][] = [
      ["home", "/"],
      ["timeline", "/timeline"],
      ["timeline, one actor, page 3", "/timeline?actor=vladimir-putin&group=month&page=3"],
      ["statements by speaker", "/statements?speaker=dmitry-peskov"],
      ["actors", "/actors"],
      ["actor profile", actor ?? "/actors/vladimir-putin"],
      ["article", article ?? "/articles"],
      ["search", "/search?q=ukraine"],
    ];
    for (const [name, page] of cachedPages) rows.push(await measure(base, `cached: ${name}`, page));
    rows.push(await measure(base, "uncached: timeline (new query each request)", () => `/timeline?actor=vladimir-putin&n=${n++}`));
    rows.push(await measure(base, "uncached: statements (new query each request)", () => `/statements?speaker=dmitry-peskov&n=${n++}`));
    rows.push(await measure(base, "dynamic: sign-in (never cached)", "/sign-in"));
    const rss = serverRssMiB(server.process.pid!);

    const staticRps = rows[0].rps;
    console.log(`\n${CONNECTIONS} connections × ${DURATION} s per route, ${os.cpus().length} CPUs, ${process.env.DATABASE_URL ? "DATABASE_URL" : "demo data"}\n`);
    console.log(["route", "req/s", "× static", "p50 ms", "p99 ms", "errors", "non-2xx", "first request"].join("\t"));
    for (const r of rows) {
      console.log([r.name, r.rps.toFixed(0), (r.rps / staticRps).toFixed(2), r.p50, r.p99, r.errors, r.non2xx, r.cache].join("\t"));
    }
    console.log(`\nNext.js server memory (RSS) after the run: ${rss.toFixed(0)} MiB`);
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();

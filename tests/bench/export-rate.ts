// One export request, end to end over HTTP, timed in rows/s: the statements JSON and timeline CSV
// exports as this checkout streams them ("new") and as another git ref streamed them ("old", default
// main), alternating in the same run (the machine is shared: compare within a run, never across runs).
// The exports are served by a plain node:http server in this process that pipes the Response body to
// the socket as Next.js does (web stream → node response, waiting for drain); --app also times the real
// routes of a running server. Checks that old and new send the same bytes. Prints the load average, and
// the CPU each request cost this process (server and client) and the database's backends (when it runs
// on this machine): on a loaded machine those stay put while wall-clock rates swing with the load.
//   npx tsx --conditions=react-server tests/bench/export-rate.ts --url postgresql://…/faultline [--runs 5] [--ref main] [--app http://127.0.0.1:3000]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/client";
import { parseTimelineFilters } from "@/lib/events/filters";
import { parseStatementFilters } from "@/lib/statements/filters";
import { iterateStatementRecords, iterateStatements, statementRecord } from "@/lib/statements/queries";
import type { Db } from "@/lib/search/full-text";

const args = parseArgs({ options: { url: { type: "string" }, runs: { type: "string", default: "5" }, ref: { type: "string", default: "main" }, app: { type: "string" } } }).values;
const url = args.url ?? process.env.DATABASE_URL;
if (!url) throw new Error("Pass --url postgresql://… (or set DATABASE_URL): the database to export from.");
process.env.DATABASE_URL = url; // the timeline export reads through the app's own client

// The old streaming code, from git, beside this file (imports pointed back at this checkout's modules).
const oldDir = path.join(import.meta.dirname, `.export-old-${process.pid}`);
fs.mkdirSync(oldDir, { recursive: true });
const show = (file: string) => execFileSync("git", ["show", `${args.ref}:${file}`], { encoding: "utf8" });
fs.writeFileSync(path.join(oldDir, "list-export.ts"), show("lib/exports/list-export.ts").replace(`from "./csv"`, `from "@/lib/exports/csv"`));
fs.writeFileSync(
  path.join(oldDir, "timeline-export.ts"),
  show("lib/events/export.ts")
    .replace(`from "@/lib/exports/list-export"`, `from "./list-export"`)
    .replace(`from "./filters"`, `from "@/lib/events/filters"`)
    .replace(`from "./queries"`, `from "@/lib/events/queries"`),
);
type ListModule = typeof import("@/lib/exports/list-export");
type TimelineModule = typeof import("@/lib/events/export");
const variants: Record<string, { list: ListModule; timeline: TimelineModule }> = {
  old: { list: await import(path.join(oldDir, "list-export.ts")), timeline: await import(path.join(oldDir, "timeline-export.ts")) },
  new: { list: await import("@/lib/exports/list-export"), timeline: await import("@/lib/events/export") },
};

const db = createPrismaClient(url) as unknown as Db;
// What each version's /statements/export route streams: old, Prisma's rows mapped by statementRecord.
const statementBatches = (variant: string) =>
  variant === "old" ? variants.old.list.mapBatches(iterateStatements(parseStatementFilters({}), {}, db), statementRecord) : iterateStatementRecords(parseStatementFilters({}), {}, db);
const exports: Record<string, (v: (typeof variants)[string], variant: string) => Response> = {
  "statements json": (v, variant) => v.list.listExportStream({ format: "json" }, "statements", statementBatches(variant)),
  "timeline csv": (v) => new Response(v.timeline.timelineExportStream(parseTimelineFilters({}), "csv", "http://bench")),
};

const server = http.createServer(async (req, res) => {
  const [, variant, name] = decodeURIComponent(req.url ?? "").split("/");
  const response = variants[variant] && exports[name]?.(variants[variant], variant);
  if (!response?.body) return res.writeHead(404).end();
  res.writeHead(200, { "Content-Type": response.headers.get("Content-Type") ?? "application/octet-stream" });
  await pipeline(Readable.fromWeb(response.body as import("node:stream/web").ReadableStream), res);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as import("node:net").AddressInfo).port}`;

/** Rows in an export body: JSON's count field, or CSV records (CRLF outside quotes) less the header. */
function rowsOf(body: string): number {
  if (body.startsWith("{")) return JSON.parse(body).count;
  if (body.startsWith("[")) return JSON.parse(body).length;
  let records = 0;
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '"') quoted = !quoted;
    else if (!quoted && body[i] === "\r" && body[i + 1] === "\n") records++;
  }
  return records - 1;
}

/** The PostgreSQL server listening on the URL's port, if it runs here: its process id. */
function postmaster(): number | null {
  const port = new URL(url!).port || "5432";
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      if (cmd[0].endsWith("postgres") && cmd.includes("-p") && cmd[cmd.indexOf("-p") + 1] === port) return Number(pid);
    } catch {
      // gone meanwhile
    }
  }
  return null;
}
const server0 = postmaster();
const TICK_MS = 10; // /proc times are in clock ticks of 1/100 s on Linux

/** CPU ms used so far by the database's backends (the postmaster's children alive now). */
function databaseCpuMs(): number {
  if (!server0) return NaN;
  let ticks = 0;
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[1]) === server0) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks * TICK_MS;
}

async function timed(target: string): Promise<{ rows: number; ms: number; body: string; nodeCpu: number; dbCpu: number }> {
  const [cpu0, db0, start] = [process.cpuUsage(), databaseCpuMs(), performance.now()];
  const response = await fetch(target);
  const body = await response.text();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  if (!response.ok) throw new Error(`${target} answered ${response.status}`);
  return { rows: rowsOf(body), ms, body, nodeCpu: (cpu.user + cpu.system) / 1000, dbCpu: databaseCpuMs() - db0 };
}

const load = () => os.loadavg().map((n) => n.toFixed(2)).join(" ");
const rate = (r: { rows: number; ms: number }) => Math.round(r.rows / (r.ms / 1000));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number) => n.toLocaleString("en-GB");

try {
  console.log(`Export rate, one request at a time: new (this checkout) vs old (${args.ref}), ${args.runs} runs each, alternating. ${os.cpus().length} CPUs, load average ${load()} before.`);
  for (const name of Object.keys(exports)) {
    const rates: Record<string, number[]> = { old: [], new: [] };
    const cpu: Record<string, { node: number[]; db: number[] }> = { old: { node: [], db: [] }, new: { node: [], db: [] } };
    let reference: string | undefined;
    await timed(`${base}/new/${name}`); // warm the cache and the JIT
    for (let run = 0; run < Number(args.runs); run++) {
      for (const variant of run % 2 ? ["new", "old"] : ["old", "new"]) {
        const r = await timed(`${base}/${variant}/${encodeURIComponent(name)}`);
        if (reference === undefined) reference = r.body;
        else if (r.body !== reference) throw new Error(`${name}: ${variant} sent different bytes`);
        rates[variant].push(rate(r));
        cpu[variant].node.push(r.nodeCpu);
        cpu[variant].db.push(r.dbCpu);
      }
    }
    const [o, n] = [median(rates.old), median(rates.new)];
    console.log(`${name.padEnd(16)} old ${fmt(o).padStart(7)} rows/s  new ${fmt(n).padStart(7)} rows/s  (${(n / o).toFixed(2)}×; runs old ${rates.old.map(fmt).join(", ")}; new ${rates.new.map(fmt).join(", ")}; ${fmt(rowsOfLast(reference))} rows, identical bytes)`);
    const ms = (v: string) => `node ${fmt(Math.round(median(cpu[v].node)))} ms + database ${fmt(Math.round(median(cpu[v].db)))} ms`;
    console.log(`${"".padEnd(16)} CPU per request (median): old ${ms("old")}; new ${ms("new")}`);
  }
  if (args.app) {
    for (const route of ["/statements/export?format=json", "/timeline/export?format=csv"]) {
      const runs = [];
      for (let run = 0; run < Number(args.runs); run++) runs.push(rate(await timed(`${args.app}${route}&_bench=${Date.now()}`)));
      console.log(`app ${route}: ${fmt(median(runs))} rows/s (runs ${runs.map(fmt).join(", ")})`);
    }
  }
  console.log(`Load average after: ${load()}.`);
} finally {
  server.close();
  await (db as unknown as { $disconnect(): Promise<void> }).$disconnect();
  fs.rmSync(oldDir, { recursive: true, force: true });
}
process.exit(0);

function rowsOfLast(body: string | undefined): number {
  return body === undefined ? 0 : rowsOf(body);
}

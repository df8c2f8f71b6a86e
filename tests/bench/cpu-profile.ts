// `npx tsx tests/bench/cpu-profile.ts [--data-dir .data/bench-large] [--requests 100] [--out DIR] PATH`
// `npx tsx tests/bench/cpu-profile.ts --requests N FILE.cpuprofile` (the summary of a profile already taken)
// A CPU profile of the production server over `--requests` cold answers of PATH (never-seen URLs, 2 in flight,
// after 15 warm-up answers), written as DIR/<pid>.cpuprofile (Chrome DevTools reads it), and a summary: CPU ms
// per answer by what ran, through the build's and Next.js's source maps (React's RSC and HTML renders, the RSC
// payload decoded for the HTML, Prisma, pg, our files, garbage collection, …). Profile the baseline
// (`/bench/baseline`) the same way to see what a page adds. Needs a production build (`npm start` makes one).
import fs from "node:fs";
import { SourceMap } from "node:module";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { serverMemory, startServer, stopServer } from "./web/server";
import { until } from "../support/wait";

const { values, positionals } = parseArgs({
  options: {
    "data-dir": { type: "string", default: ".data/bench-large" },
    requests: { type: "string", default: "100" },
    out: { type: "string", default: path.join(os.tmpdir(), "faultline-profiles") },
  },
  allowPositionals: true,
});
const requests = Number(values.requests);
if (positionals.length !== 1 || !(requests >= 1)) {
  console.error("Usage: npx tsx tests/bench/cpu-profile.ts [--data-dir DIR] [--requests N] [--out DIR] PATH");
  process.exit(2);
}
const [target] = positionals;
const out = path.resolve(values.out!);
fs.mkdirSync(out, { recursive: true });

let serial = 0;
async function coldAnswers(base: string, count: number): Promise<void> {
  let left = count;
  const worker = async () => {
    while (left-- > 0) {
      const response = await fetch(`${base}${target}${target.includes("?") ? "&" : "?"}_profile=${process.pid}x${serial++}`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${target}: HTTP ${response.status}`);
    }
  };
  await Promise.all([worker(), worker()]);
}

type Profile = { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[]; samples: number[]; timeDeltas: number[] };

const maps = new Map<string, SourceMap | null>();
function sourceOf(frame: Profile["nodes"][number]["callFrame"]): string {
  const file = frame.url.replace(/^file:\/\//, "");
  if (!maps.has(file)) maps.set(file, fs.existsSync(`${file}.map`) ? new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, "utf8"))) : null);
  const entry = maps.get(file)?.findEntry(frame.lineNumber, frame.columnNumber);
  return (entry && "originalSource" in entry && entry.originalSource) || frame.url || frame.functionName;
}

/** What ran: React's parts, Prisma, pg, Next.js, other packages, each of our files, Node.js itself. */
function groupOf(frame: Profile["nodes"][number]["callFrame"]): string {
  if (!frame.url) return frame.functionName === "(garbage collector)" ? "garbage collection" : `native: ${frame.functionName}`;
  if (frame.url.startsWith("node:")) return "Node.js internals";
  const source = sourceOf(frame);
  if (/react-server-dom-turbopack-server/.test(source)) return "React: RSC render";
  if (/react-dom-server/.test(source)) return "React: HTML render";
  if (/react-server-dom-turbopack-client/.test(source)) return "React: RSC payload decoded for the HTML";
  if (/@prisma\//.test(frame.url)) return "Prisma";
  if (/node_modules\/(pg|pg-pool|pg-protocol)\//.test(frame.url)) return "pg";
  const ours = /^(?:\.\.\/)*(?:\[project\]\/)?((?:app|lib|components)\/.*|proxy\.ts)$/.exec(source);
  if (ours) return `our code: ${ours[1]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1] ?? /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url)?.[1];
  return pkg === "next" || /^webpack:\/\/next\//.test(source) ? "Next.js" : pkg ? `package: ${pkg}` : "other";
}

function summarize(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === "(idle)" || frame.functionName === "(program)") return;
    const key = groupOf(frame);
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000 / requests);
  });
  const sum = [...totals.values()].reduce((a, b) => a + b, 0);
  console.log(`${sum.toFixed(1)} ms of sampled CPU per answer (${requests} answers; load average now ${os.loadavg()[0].toFixed(1)})`);
  for (const [key, ms] of [...totals].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 0.05)) console.log(`${ms.toFixed(2).padStart(7)} ms  ${key}`);
}

if (target.endsWith(".cpuprofile")) {
  summarize(JSON.parse(fs.readFileSync(target, "utf8")));
  process.exit(0);
}

const server = await startServer({
  FAULTLINE_DATA_DIR: path.resolve(values["data-dir"]!),
  DATABASE_URL: "",
  FAULTLINE_PROFILE_DIR: out,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${path.resolve(import.meta.dirname, "web/profile-on-signal.cjs")}`.trim(),
});
/** Waits until every profile file exists (the server writes them when signalled), or fails saying which are missing. */
const filesWritten = (files: string[], timeoutMs: number) =>
  until("the CPU profiles", () => files.every((f) => fs.existsSync(f)), {
    timeoutMs,
    everyMs: 100,
    detail: () => `missing: ${files.filter((f) => !fs.existsSync(f)).join(", ")}`,
  });

try {
  await coldAnswers(server.url, 15);
  const pids = serverMemory(server.process.pid!).processes.map((p) => p.pid);
  const files = pids.map((pid) => path.join(out, `${pid}.cpuprofile`));
  for (const file of files) fs.rmSync(file, { force: true });
  for (const pid of pids) process.kill(pid, "SIGUSR2");
  await coldAnswers(server.url, requests);
  for (const pid of pids) process.kill(pid, "SIGUSR2");
  await filesWritten(files, 20_000);
  for (const file of files) {
    console.log(`profile: ${file}`);
    summarize(JSON.parse(fs.readFileSync(file, "utf8")));
  }
} finally {
  await stopServer(server);
}

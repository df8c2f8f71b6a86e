// `npx tsx tests/bench/route-load.ts BASE_URL [--cold] [--seconds N] PATH…`: autocannon on a few routes of
// a running server, each beside the static file (/robots.txt) measured just before it, so one route can be
// checked without the whole `npm run bench:web`. Prints req/s, p50, p95, KiB and the ratio to the static
// file. With --pid (the next-server process), also the server's CPU milliseconds per answered request,
// read from /proc: a figure that holds on a busy machine where req/s do not. Not a test: it measures.
import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import { load, single, type LoadOptions } from "./web/load";

const { values, positionals } = parseArgs({
  options: { cold: { type: "boolean", default: false }, seconds: { type: "string", default: "5" }, connections: { type: "string", default: "10" }, pid: { type: "string" } },
  allowPositionals: true,
});
const [base, ...paths] = positionals;
if (!base || paths.length === 0) {
  console.error("Usage: npx tsx tests/bench/route-load.ts http://127.0.0.1:PORT [--cold] [--seconds 5] /path …");
  process.exit(2);
}
/** User + system CPU time of a process so far, in ms (clock ticks are 10 ms on Linux). */
function cpuMs(pid: string | undefined): number {
  if (!pid) return NaN;
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const options: LoadOptions = { seconds: Number(values.seconds), connections: Number(values.connections), timeoutSeconds: 10 };

console.log(`load average ${os.loadavg()[0].toFixed(1)}; ${values.cold ? "cold (unique URLs)" : "warm (one URL)"}, ${options.connections} connections × ${options.seconds} s`);
console.log(["path".padEnd(44), "KiB".padStart(7), "req/s".padStart(8), "p50".padStart(6), "p95".padStart(6), "static".padStart(8), "×static".padStart(8), "cpu ms/req".padStart(11), "static".padStart(7)].join(" "));
for (const path of paths) {
  const first = await single(base, path, 120_000);
  let cpu = cpuMs(values.pid);
  const baseline = await load(base, "/robots.txt", false, options);
  const baselineCpu = (cpuMs(values.pid) - cpu) / baseline.ok;
  cpu = cpuMs(values.pid);
  const figures = await load(base, path, values.cold, options);
  const routeCpu = (cpuMs(values.pid) - cpu) / figures.ok;
  const failures = Object.entries(figures.failures).map(([code, n]) => `${n}×${code}`).join(" ");
  console.log([
    path.slice(0, 44).padEnd(44),
    (first.bytes / 1024).toFixed(1).padStart(7),
    figures.rps.toFixed(0).padStart(8),
    figures.p50.toFixed(0).padStart(6),
    figures.p95.toFixed(0).padStart(6),
    baseline.rps.toFixed(0).padStart(8),
    (figures.rps / baseline.rps).toFixed(2).padStart(8),
    routeCpu.toFixed(2).padStart(11),
    baselineCpu.toFixed(2).padStart(7),
    failures,
  ].join(" "));
}

// Cache hits only: `npx tsx tests/bench/warm.bench.ts [--data-dir .data/bench-large] [--seconds 8] [--connections 10] [--cold] [--browser] PATH…`
// Starts the production server (npm start's script) on an existing database folder, fetches each path
// until it is a cache HIT, then drives it with autocannon and prints req/s, p50, p95, the body size and
// how it was framed (Content-Length or chunked), and the server's CPU time per answer (user + system,
// from /proc: unlike req/s it hardly moves with the machine's load). --cold (or a path given as cold:PATH): every
// request a new URL.
// NODE_OPTIONS reaches `next start`: to profile it, preload a script there that starts the inspector's
// profiler and writes a profile on SIGUSR2, and pass --signal-after-each (a signal before and after each load).
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { load } from "./web/load";
import { serverCpuSeconds, serverMemory, startServer } from "./web/server";

const { values, positionals } = parseArgs({
  options: {
    "data-dir": { type: "string", default: ".data/bench-large" },
    seconds: { type: "string", default: "8" },
    connections: { type: "string", default: "10" },
    cold: { type: "boolean", default: false },
    // Every request as a browser's page load sends it (Sec-Fetch-Dest: document), which proxy.ts answers
    // from the page cache itself; without it, requests look like other clients' and go through Next.js.
    browser: { type: "boolean", default: false },
    // After each path, SIGUSR2 to the Next.js server (a profiling preload in NODE_OPTIONS can dump on it).
    "signal-after-each": { type: "boolean", default: false },
  },
  allowPositionals: true,
});
const paths = positionals.length ? positionals : ["/robots.txt", "/articles", "/timeline"];
const requestHeaders: Record<string, string> = values.browser ? { "sec-fetch-dest": "document" } : {};
const seconds = Number(values.seconds);
const connections = Number(values.connections);
if (!(seconds >= 1 && connections >= 1)) {
  console.error("--seconds and --connections must be positive numbers");
  process.exit(2);
}

async function hit(base: string, target: string) {
  for (let i = 0; i < 20; i++) {
    // As autocannon asks: no Accept-Encoding, so the framing seen is the one it gets.
    const response = await fetch(base + target, { headers: { "accept-encoding": "identity", ...requestHeaders } });
    const body = await response.arrayBuffer();
    // Pages say it in x-nextjs-cache; feeds and the API (lib/cache/cached-answer.ts) in x-faultline-cache.
    const cache = response.headers.get("x-nextjs-cache") ?? response.headers.get("x-faultline-cache");
    if (cache === "HIT" || cache === null || i === 19) {
      return { status: response.status, kib: body.byteLength / 1024, cache: cache ?? "-", framing: response.headers.get("content-length") ? "length" : "chunked" };
    }
    // Polls for the condition (a HIT), up to 20 times: a page rendered within 10 s of a tag's expiry is served but
    // not kept (lib/cache/page-cache-handler.cjs), so the first requests after a write may all be MISSes.
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("unreachable");
}

function signalServer(rootPid: number) {
  for (const p of serverMemory(rootPid).processes) process.kill(p.pid, "SIGUSR2");
}

const server = await startServer({ FAULTLINE_DATA_DIR: path.resolve(values["data-dir"]!), DATABASE_URL: "" });
try {
  console.log(`load average ${os.loadavg()[0].toFixed(1)}; ${connections} connections × ${seconds} s, ${values.cold ? "cold (a new URL per request)" : "warm (cache hits)"}${values.browser ? ", as browser page loads" : ""}`);
  for (const given of paths) {
    // "cold:/path" measures that one path cold, whatever --cold says.
    const cold = values.cold || given.startsWith("cold:");
    const target = given.replace(/^cold:/, "");
    const first = await hit(server.url, target);
    if (values["signal-after-each"]) signalServer(server.process.pid!);
    const cpuBefore = serverCpuSeconds(server.process.pid!);
    const clientBefore = process.cpuUsage();
    const figures = await load(server.url, target, cold, { seconds, connections, timeoutSeconds: 10, headers: requestHeaders });
    const cpuMs = ((serverCpuSeconds(server.process.pid!) - cpuBefore) * 1000) / Math.max(1, figures.ok);
    const client = process.cpuUsage(clientBefore);
    const clientMs = (client.user + client.system) / 1000 / Math.max(1, figures.ok);
    console.log(
      `${(cold ? "cold " : "") + target.padEnd(40)} ${String(first.status).padStart(3)} ${first.cache.padEnd(5)} ${first.framing.padEnd(7)} ${first.kib.toFixed(1).padStart(7)} KiB ` +
        `${figures.rps.toFixed(0).padStart(6)} req/s  p50 ${figures.p50.toFixed(0)} ms  p95 ${figures.p95.toFixed(0)} ms  CPU ms/answer: server ${cpuMs.toFixed(2)}, autocannon ${clientMs.toFixed(2)}` +
        (Object.keys(figures.failures).length ? `  failures ${JSON.stringify(figures.failures)}` : "") +
        `  server ${serverMemory(server.process.pid!).rssMiB.toFixed(0)} MiB`,
    );
    if (values["signal-after-each"]) signalServer(server.process.pid!);
  }
  const memory = serverMemory(server.process.pid!);
  console.log(`load average after ${os.loadavg()[0].toFixed(1)}; server memory ${memory.rssMiB.toFixed(0)} MiB resident (peak ${memory.peakMiB.toFixed(0)} MiB)`);
} finally {
  await server.stop();
}

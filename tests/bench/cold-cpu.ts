// `npx tsx tests/bench/cold-cpu.ts [--data-dir .data/bench-large] [--requests 40] [--warmup 8] [--concurrency 2] PATH…`
// Server CPU time per cold answer (a never-seen URL each time, so every answer is a render), for
// before/after comparisons of two builds on a shared machine: each path is first rendered `--warmup`
// times (JIT, caches of the process), then `--requests` times with `--concurrency` requests in flight,
// and the Next.js server's CPU (user + system, /proc) is divided by the answers. Unlike req/s, this
// hardly moves with the machine's load; a fixed number of answers per path keeps runs comparable.
// The embedded PostgreSQL's CPU per answer is printed beside it: req/s pays both on a shared machine.
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { databaseCpuSeconds, serverCpuSeconds, startServer } from "./web/server";

const { values, positionals } = parseArgs({
  options: {
    "data-dir": { type: "string", default: ".data/bench-large" },
    requests: { type: "string", default: "40" },
    warmup: { type: "string", default: "8" },
    concurrency: { type: "string", default: "2" },
  },
  allowPositionals: true,
});
const [requests, warmup, concurrency] = [values.requests, values.warmup, values.concurrency].map(Number);
if (!(requests >= 1 && warmup >= 0 && concurrency >= 1) || positionals.length === 0) {
  console.error("Usage: npx tsx tests/bench/cold-cpu.ts [--requests N] [--warmup N] [--concurrency N] PATH…");
  process.exit(2);
}

let serial = 0;
/** `count` answers to never-seen URLs of `target`, `concurrency` at a time; their sizes in bytes. */
async function coldAnswers(base: string, target: string, count: number): Promise<number[]> {
  const sizes: number[] = [];
  let left = count;
  const worker = async () => {
    while (left-- > 0) {
      const url = `${base}${target}${target.includes("?") ? "&" : "?"}_bench=c${process.pid}x${serial++}`;
      const response = await fetch(url, { headers: { "accept-encoding": "identity" } });
      const body = await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
      sizes.push(body.byteLength);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return sizes;
}

const server = await startServer({ FAULTLINE_DATA_DIR: path.resolve(values["data-dir"]!), DATABASE_URL: "" });
try {
  console.log(`load average ${os.loadavg()[0].toFixed(1)}; ${warmup} warm-up + ${requests} cold answers per path, ${concurrency} in flight`);
  for (const target of positionals) {
    await coldAnswers(server.url, target, warmup);
    const before = { server: serverCpuSeconds(server.process.pid!), database: databaseCpuSeconds(server.process.pid!) };
    const started = performance.now();
    const sizes = await coldAnswers(server.url, target, requests);
    const cpuMs = ((serverCpuSeconds(server.process.pid!) - before.server) * 1000) / requests;
    const databaseMs = ((databaseCpuSeconds(server.process.pid!) - before.database) * 1000) / requests;
    const wallMs = (performance.now() - started) / requests;
    console.log(`${target.padEnd(48)} ${(sizes[0] / 1024).toFixed(1).padStart(7)} KiB  CPU ${cpuMs.toFixed(1).padStart(6)} ms/answer, PostgreSQL ${databaseMs.toFixed(1).padStart(5)} ms  (wall ${wallMs.toFixed(0)} ms/answer)`);
  }
  console.log(`load average after ${os.loadavg()[0].toFixed(1)}`);
} finally {
  await server.stop();
}

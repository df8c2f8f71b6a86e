// HTTP load on one URL with autocannon, and single timed requests.
import autocannon from "autocannon";

export type LoadFigures = {
  /** 2xx responses per second. */
  rps: number;
  p50: number;
  p95: number;
  ok: number;
  /** Non-2xx answers, by status. */
  failures: Record<string, number>;
  timeouts: number;
  errors: number;
};

/** `headers`: sent with every request (e.g. a browser's Sec-Fetch-Dest: document). */
export type LoadOptions = { seconds: number; connections: number; timeoutSeconds: number; headers?: Record<string, string> };

let running: autocannon.Instance | null = null;

/** Stops the load in progress, if any (Ctrl-C). */
export function stopLoad() {
  running?.stop();
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

/**
 * `path` with `param` added. The JSON API refuses parameters it does not know (400), so its paths stay as
 * they are. Its answers are cached by path and query (lib/cache/cached-answer.ts), so its "cold" figures are
 * cache hits after the first request: read an API route's cold cost from its first request ("1 req ms", SQL).
 */
export function withParam(path: string, param: string): string {
  if (path.startsWith("/api/")) return path;
  return path + (path.includes("?") ? "&" : "?") + param;
}

let runs = 0;

/**
 * Drives `base + path` for `seconds` with `connections` concurrent clients. `cold`: every request
 * gets a URL never asked before (a harmless `_bench` parameter), so no cache keyed on the URL helps.
 */
export function load(base: string, path: string, cold: boolean, options: LoadOptions): Promise<LoadFigures> {
  if (new URL(base).hostname !== "127.0.0.1") throw new Error(`the benchmark only targets 127.0.0.1, not ${base}`);
  const run = ++runs;
  let n = 0;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: options.connections,
        duration: options.seconds,
        timeout: options.timeoutSeconds,
        headers: options.headers,
        requests: [
          cold
            ? { method: "GET", path, setupRequest: (request) => ({ ...request, path: withParam(path, `_bench=${run}.${++n}`) }) }
            : { method: "GET", path },
        ],
      },
      (err, result) => {
        running = null;
        if (err) return reject(err);
        const sorted = latencies.sort((a, b) => a - b);
        const ok = Object.entries(statuses).reduce((sum, [code, count]) => (code.startsWith("2") ? sum + count : sum), 0);
        const failures = Object.fromEntries(Object.entries(statuses).filter(([code]) => !code.startsWith("2")));
        resolve({
          rps: ok / Math.max(result.duration, 0.001),
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          ok,
          failures,
          timeouts: result.timeouts,
          errors: result.errors - result.timeouts,
        });
      },
    );
    running = instance;
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
}

export type Single = { status: number; ms: number; bytes: number; headers: Record<string, string>; error?: string };

/** One GET, body read to the end. */
export async function single(base: string, path: string, timeoutMs: number): Promise<Single> {
  const started = performance.now();
  try {
    const response = await fetch(base + path, { signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
    const bytes = (await response.arrayBuffer()).byteLength;
    return { status: response.status, ms: performance.now() - started, bytes, headers: Object.fromEntries(response.headers) };
  } catch (err) {
    return { status: 0, ms: performance.now() - started, bytes: 0, headers: {}, error: (err as Error).message };
  }
}

import pg from "pg";

/** Seconds a client should wait before trying again while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

/** What readers and editors are told while the database cannot be reached. */
export const UNAVAILABLE_MESSAGE = "The database is unavailable for the moment. Try again in a few seconds.";

// Errors that mean "no database right now" rather than "this request is wrong": Prisma's connection
// codes, the socket errors pg raises, PostgreSQL's shutdown/startup codes and pg's pool timeout.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const PG_CODES = /^(08\d{3}|57P0[1-3]|53300)$/;
const MESSAGES =
  /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ETIMEDOUT|DatabaseNotReachable|ConnectionClosed|TooManyConnections|Can't reach database server|Server has closed the connection|Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|terminating connection due to administrator command|Unable to start a transaction in the given time/;

/** True when err (or anything in its cause chain) says the database is unreachable or overloaded. */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 5) return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || PG_CODES.test(e.code) || /^E(CONNREFUSED|CONNRESET|HOSTUNREACH|TIMEDOUT)$/.test(e.code))) return true;
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

const PROBE_TTL_MS = 1000;
const globalProbe = globalThis as unknown as {
  faultlineProbe?: { pool: pg.Pool; checkedAt: number; up: boolean; pending: Promise<boolean> | null };
};

function probeState() {
  if (!globalProbe.faultlineProbe) {
    // Its own single connection: a probe waiting behind busy readers in the app's pool would call a
    // healthy database "down" under load.
    // A server that is down refuses at once; the timeouts only matter for one that stopped answering,
    // and are generous because on a saturated machine a healthy `SELECT 1` can take seconds.
    const pool = new pg.Pool({
      connectionString: process.env.DATABASE_URL,
      max: 1,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30_000,
      query_timeout: 5000,
    });
    pool.on("error", () => undefined); // an idle connection cut by a restart; the next probe reconnects
    globalProbe.faultlineProbe = { pool, checkedAt: 0, up: true, pending: null };
  }
  return globalProbe.faultlineProbe;
}

/**
 * Whether the database answers, checked at most once a second and shared by all requests in
 * flight, so a page can say 503 before it starts streaming instead of failing halfway through.
 */
export async function databaseReachable(): Promise<boolean> {
  if (!process.env.DATABASE_URL) return true; // `next build` and tests without a database: nothing to probe
  const state = probeState();
  if (Date.now() - state.checkedAt < PROBE_TTL_MS) return state.up;
  state.pending ??= state.pool
    .query("SELECT 1")
    .then(() => true, () => false)
    .then((up) => {
      Object.assign(state, { up, checkedAt: Date.now(), pending: null });
      return up;
    });
  return state.pending;
}

type Kind = "html" | "json" | "text";

/** How a path answers: JSON under /api, plain text for feeds and exports, HTML for pages. */
export function responseKind(pathname: string): Kind {
  if (pathname.startsWith("/api/")) return "json";
  if (pathname.startsWith("/feeds/") || /\/export(\/|$)/.test(pathname)) return "text";
  return "html";
}

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS * 2}"><meta name="robots" content="noindex">
<title>Temporarily unavailable · Faultline</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1f24;background:#f7f7f5}main{max-width:36rem;margin:12vh auto;padding:0 1.25rem}h1{font-size:1.5rem}</style>
</head><body><main><h1>Faultline is temporarily unavailable</h1>
<p>${UNAVAILABLE_MESSAGE}</p><p>This page reloads by itself. Nothing you have already published is lost.</p></main></body></html>`;

/** The 503 answer for a path while the database is unreachable. */
export function unavailableResponse(pathname: string): Response {
  const kind = responseKind(pathname);
  const headers = {
    "Retry-After": String(RETRY_AFTER_SECONDS),
    "Cache-Control": "no-store",
    "Content-Type": { html: "text/html; charset=utf-8", json: "application/json", text: "text/plain; charset=utf-8" }[kind],
  };
  const body =
    kind === "html" ? PAGE : kind === "json" ? JSON.stringify({ error: "database_unavailable", message: UNAVAILABLE_MESSAGE }) : `${UNAVAILABLE_MESSAGE}\n`;
  return new Response(body, { status: 503, headers });
}

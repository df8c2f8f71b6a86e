import { readEnv } from "@/lib/env";
import { stampedClientAddress } from "@/lib/auth/client-address-stamp";
import { createTokenBuckets, type TokenBuckets } from "./rate-limit";

/*
 * What every API answer carries per request, whoever answers it: the route handler (lib/api/route.ts) or,
 * for a repeated read, proxy.ts from the cached answer (the same rate limit and CORS either way).
 */

// Read-only and public: any origin may read, nothing carries credentials (no Allow-Credentials).
export const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "RateLimit, RateLimit-Policy, Retry-After",
};

export const JSON_TYPE = { "Content-Type": "application/json; charset=utf-8" };

export function json(body: unknown, status: number, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_TYPE, ...CORS, ...headers } });
}

export const errorBody = (status: number, message: string, parameters?: unknown[]) =>
  ({ error: { status, message, ...(parameters?.length ? { parameters } : {}) } });

/**
 * A request refused before any route runs (an address too long, not UTF-8, a path that cannot exist), in the
 * form its caller reads: the API's JSON error with CORS under /api, so a script sees why; plain text elsewhere.
 */
export function refusal(pathname: string, status: number, message: string): Response {
  if (!pathname.startsWith("/api/")) return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return json(errorBody(status, message), status);
}

// One set of buckets per server process, kept on globalThis so every route bundle (and proxy.ts) shares it.
const store = globalThis as unknown as { faultlineApiBuckets?: { limit: number; buckets: TokenBuckets } };

function buckets(): TokenBuckets | null {
  const limit = readEnv().FAULTLINE_API_RATE_LIMIT;
  if (limit === 0) return null;
  if (store.faultlineApiBuckets?.limit !== limit) {
    store.faultlineApiBuckets = { limit, buckets: createTokenBuckets({ capacity: limit, refillPerSecond: limit / 60 }) };
  }
  return store.faultlineApiBuckets.buckets;
}

/** Takes a token for the request's client: the RateLimit headers to send, or a 429 when none is left. */
export function rateLimit(request: Request): { headers: Record<string, string>; refused?: Response } {
  const limiter = buckets();
  if (!limiter) return { headers: {} };
  const taken = limiter.take(stampedClientAddress(request.headers) ?? "unknown");
  const headers = {
    "RateLimit-Policy": `${limiter.capacity};w=60`,
    RateLimit: `limit=${limiter.capacity}, remaining=${taken.remaining}, reset=${taken.reset}`,
  };
  if (taken.allowed) return { headers };
  const message = `Too many requests: at most ${limiter.capacity} a minute per client. Retry in ${taken.retryAfter} s.`;
  return { headers, refused: json(errorBody(429, message), 429, { ...headers, "Retry-After": String(taken.retryAfter) }) };
}

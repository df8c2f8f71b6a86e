import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "@/lib/db/availability";
import { readEnv } from "@/lib/env";
import { answerResponse, cachedAnswer, type Answer } from "@/lib/cache/cached-answer";
import { ApiError } from "./errors";
import { stampedClientAddress } from "@/lib/auth/client-address-stamp";
import { createTokenBuckets, type TokenBuckets } from "./rate-limit";

/** What an endpoint answers: a JSON body (200 unless told), or a redirect to another API path. */
export type ApiResult = { body: unknown; status?: number } | { redirect: string };
/** Answers from the request's URL (read before the cached computation, where Next.js forbids reading the request). */
export type ApiHandler = (url: URL, context: { params: Record<string, string> }) => Promise<ApiResult>;
/** A route: its handler, and the cache tags of its answer for these path parameters (lib/cache/tags.ts). */
export type ApiRouteSpec = { handle: ApiHandler; cacheTags: (params: Record<string, string>) => string[] };

const ALLOW = "GET, HEAD, OPTIONS";

// Read-only and public: any origin may read, nothing carries credentials (no Allow-Credentials).
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "RateLimit, RateLimit-Policy, Retry-After",
};

const JSON_TYPE = { "Content-Type": "application/json; charset=utf-8" };

function json(body: unknown, status: number, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_TYPE, ...CORS, ...headers } });
}

/** The handler's result as it is cached: the same for every client (no rate-limit headers). */
function toAnswer(result: ApiResult): Answer {
  if ("redirect" in result) return { status: 308, body: null, headers: { Location: result.redirect } };
  return { status: result.status ?? 200, body: JSON.stringify(result.body), headers: JSON_TYPE };
}

const errorBody = (status: number, message: string, parameters?: unknown[]) =>
  ({ error: { status, message, ...(parameters?.length ? { parameters } : {}) } });

// One set of buckets per server process, kept on globalThis so every route bundle shares it.
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
function rateLimit(request: Request): { headers: Record<string, string>; refused?: Response } {
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

/**
 * Rate limited per client first, then answered from the cache (lib/cache/cached-answer.ts) when the same
 * path and query were answered before and no write has expired the route's tags since.
 */
async function answer(route: ApiRouteSpec, request: Request, context: { params: Promise<Record<string, string>> }) {
  const limited = rateLimit(request);
  if (limited.refused) return limited.refused;
  try {
    const params = await context.params;
    const url = new URL(request.url);
    const cached = await cachedAnswer(url.pathname + url.search, route.cacheTags(params), async () => toAnswer(await route.handle(url, { params })));
    return answerResponse(cached, { ...CORS, ...limited.headers });
  } catch (error) {
    if (error instanceof ApiError) return json(errorBody(error.status, error.message, error.parameters), error.status, limited.headers);
    if (isDatabaseUnavailable(error)) {
      return json(errorBody(503, UNAVAILABLE_MESSAGE), 503, { ...limited.headers, "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" });
    }
    console.error(`API ${request.method} ${new URL(request.url).pathname} failed:`, error);
    return json(errorBody(500, "Internal error"), 500, limited.headers);
  }
}

const notAllowed = (request: Request) =>
  json(errorBody(405, `${request.method} is not allowed: this API is read-only (${ALLOW})`), 405, { Allow: ALLOW });

type Context = { params: Promise<Record<string, string>> };
const noParams: Context = { params: Promise.resolve({}) };

/**
 * The HTTP methods of one read-only API route: GET (and HEAD) answer through `route.handle` with CORS,
 * rate limiting, caching and JSON errors; OPTIONS answers CORS preflights; anything else is 405.
 */
export function apiRoute(route: ApiRouteSpec) {
  const GET = (request: Request, context: Context = noParams) => answer(route, request, context);
  return {
    GET,
    HEAD: async (request: Request, context: Context = noParams) => {
      const response = await GET(request, context);
      return new Response(null, { status: response.status, headers: response.headers });
    },
    OPTIONS: async () =>
      new Response(null, {
        status: 204,
        headers: { ...CORS, "Access-Control-Allow-Methods": ALLOW, "Access-Control-Allow-Headers": "*", "Access-Control-Max-Age": "86400", Allow: ALLOW },
      }),
    POST: async (request: Request) => notAllowed(request),
    PUT: async (request: Request) => notAllowed(request),
    PATCH: async (request: Request) => notAllowed(request),
    DELETE: async (request: Request) => notAllowed(request),
  };
}

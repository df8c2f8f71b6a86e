import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "@/lib/db/availability";
import { untilAborted } from "@/lib/db/cancel";
import { answerResponse, cachedAnswer, type Answer } from "@/lib/cache/cached-answer";
import type { z } from "zod";
import { ApiError } from "./errors";
import { CORS, JSON_TYPE, errorBody, json, rateLimit } from "./per-request";
import { parseQuery } from "./query";

/** What an endpoint answers: a JSON body (200 unless told), or a redirect to another API path. */
export type ApiResult = { body: unknown; status?: number } | { redirect: string };
/**
 * A route: its query parameters' schema; its handler, which answers from those parameters as parsed (the same
 * value the answer is cached under, so two requests share an answer only when they ask the same) and the path
 * parameters; and the cache tags of its answer for these path parameters (lib/cache/tags.ts).
 */
export type ApiRouteSpec<S extends z.ZodObject = z.ZodObject> = {
  query: S;
  // A method, so that a route with a narrower schema is still an ApiRouteSpec.
  handle(query: z.output<S>, context: { params: Record<string, string> }): Promise<ApiResult>;
  cacheTags: (params: Record<string, string>) => string[];
};

const ALLOW = "GET, HEAD, OPTIONS";

/** The handler's result as it is cached: the same for every client (no rate-limit headers). */
function toAnswer(result: ApiResult): Answer {
  if ("redirect" in result) return { status: 308, body: null, headers: { Location: result.redirect } };
  return { status: result.status ?? 200, body: JSON.stringify(result.body), headers: JSON_TYPE };
}

/**
 * The cache key of an answer: the path and the parsed parameters (defaults filled in, keys sorted), so every
 * way of writing the same request (order, blank fields, `limit` at its default, …) shares one entry.
 */
function answerKey(pathname: string, query: object): string {
  const entries = Object.entries(query).filter(([, value]) => value !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${pathname} ${JSON.stringify(entries)}`;
}

/**
 * Rate limited per client first, then answered from the cache (lib/cache/cached-answer.ts) when the same
 * path and parameters were answered before and no write has expired the route's tags since.
 */
async function answer<S extends z.ZodObject>(route: ApiRouteSpec<S>, request: Request, context: { params: Promise<Record<string, string>> }) {
  const limited = rateLimit(request);
  if (limited.refused) return limited.refused;
  try {
    const params = await context.params;
    const url = new URL(request.url);
    // Read here, before the cache: a bad parameter is a 400 (ApiError), never kept.
    const query = parseQuery(route.query, url);
    // A client that leaves stops the answer's queries (lib/db/cancel.ts); an answer cut short is not kept.
    const compute = () => untilAborted(request.signal, async () => toAnswer(await route.handle(query, { params })));
    const cached = await cachedAnswer(url, answerKey(url.pathname, query), route.cacheTags(params), compute);
    return answerResponse(cached, { ...CORS, ...limited.headers });
  } catch (error) {
    if (request.signal.aborted) return new Response(null, { status: 499 }); // nobody reads it
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
export function apiRoute<S extends z.ZodObject>(route: ApiRouteSpec<S>) {
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

import { NextResponse, type NextRequest } from "next/server";
import { databaseReachable, unavailableResponse } from "@/lib/db/availability";
import { MAX_QUERY_LENGTH, QUERY_SEGMENT, cachedPathFor, isCachedReaderPath } from "@/lib/cache/route-query";
import { servesHttps } from "@/lib/url/public-origin";
import { CORS, rateLimit, refusal } from "@/lib/api/per-request";

/** The largest request body accepted; the same as serverActions.bodySizeLimit in next.config.js. */
const MAX_BODY_BYTES = 1024 * 1024;

// Two policies. Private pages (the editor, sign-in) are rendered per request, so a fresh nonce lets
// Next's own inline scripts run while any injected one cannot. Reader pages are cached HTML shared by
// every visitor (lib/cache), which can carry no per-request nonce: there inline scripts are allowed
// ('unsafe-inline', as Next documents for static pages), while scripts from any other origin, eval,
// plugins, <base> hijacking, framing and sending data anywhere but here stay blocked. Everything on
// those pages is editors' text rendered by React, which escapes it; no request data reaches their HTML.
// Styles allow 'unsafe-inline' because React style attributes and the charts use them; they cannot run code.
function contentSecurityPolicy(nonce: string | null): string {
  return [
    "default-src 'self'",
    nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'` : "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const READER_POLICY = contentSecurityPolicy(null);

/**
 * Pages rendered for one person, per request: these keep the nonce. Not /api: its JSON runs no script,
 * and its one page, the prerendered reference at /api/v1, carries no nonce (its scripts were blocked).
 */
const PRIVATE = /^\/(editor|sign-in)(\/|$)/;

/** Reader pages prerendered per record (generateStaticParams, revalidated by tag): they read no query. */
const PRERENDERED_READER = /^\/(articles\/(?!export$)[^/]+|events\/[^/]+|places\/[^/]+)$/;

/** The request refused before any page runs, or null to go on. */
function refuse(request: NextRequest): Response | null {
  const { pathname } = request.nextUrl;
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return refusal(pathname, 400, "Bad request: the address is not valid UTF-8.");
  }
  if (/[\u0000-\u001f\u007f]/.test(path)) return refusal(pathname, 404, "Not found.");
  // The cache's internal addresses (see lib/cache/route-query.ts) are reached only through a rewrite.
  if (path.split("/").includes(QUERY_SEGMENT)) return refusal(pathname, 404, "Not found.");
  if (request.nextUrl.search.length > MAX_QUERY_LENGTH) {
    return refusal(pathname, 414, `The address is too long: its query may have at most ${MAX_QUERY_LENGTH} characters.`);
  }
  return refuseCrossSiteAction(request) ?? refuseLargeBody(request);
}

/**
 * Anything Next.js might treat as a server action (a POST with a next-action header, or a form post)
 * from another site: 403 here, where Next.js itself would answer 500. Browsers always send Origin on
 * such posts; "null" (sandboxed frames, some redirects) and malformed origins count as cross-site.
 */
function refuseCrossSiteAction(request: NextRequest): NextResponse | null {
  const type = request.headers.get("content-type") ?? "";
  const possibleAction =
    request.headers.has("next-action") || type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded");
  if (request.method !== "POST" || !possibleAction) return null;
  const origin = request.headers.get("origin");
  if (origin === null) return null;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // "null" or garbage
  }
  return originHost && originHost === host ? null : new NextResponse("Forbidden: cross-site request.", { status: 403 });
}

/**
 * Bodies over the limit are refused from their Content-Length, before any page or action sees them
 * (Next.js keeps at most proxyClientMaxBodySize of the upload for this check and discards the rest);
 * a body without a length (chunked) cannot be measured without reading it, so it is refused too.
 */
function refuseLargeBody(request: NextRequest): NextResponse | null {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return null;
  const length = request.headers.get("content-length");
  if (length === null) {
    return request.headers.has("transfer-encoding") ? new NextResponse("Length required.", { status: 411 }) : null;
  }
  if (/^\d{1,15}$/.test(length) && Number(length) <= MAX_BODY_BYTES) return null;
  return new NextResponse(`Payload too large: at most ${MAX_BODY_BYTES / 1024 / 1024} MB.`, { status: 413, headers: { Connection: "close" } });
}

/** Behind https, browsers are told to use nothing else for two years. */
function addTransportSecurity<R extends Response>(response: R): R {
  if (servesHttps()) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

// Liveness and readiness answer for themselves; server actions return their own "database unavailable"
// message so the editor's form keeps what was typed.
const SELF_REPORTING = new Set(["/api/health", "/api/ready"]);

export async function proxy(request: NextRequest) {
  const refused = refuse(request);
  if (refused) return refused;
  const { pathname, searchParams } = request.nextUrl;
  if (!SELF_REPORTING.has(pathname) && !request.headers.has("next-action") && !(await databaseReachable())) {
    return unavailableResponse(pathname);
  }
  // Cached reader pages (the hot path: most requests are cache hits) need only the rewrite: they read
  // no request headers, so none are copied or added.
  const reading = request.method === "GET" || request.method === "HEAD";
  if (reading && isCachedReaderPath(pathname)) {
    const cachedPath = cachedPathFor(pathname, withoutInternal(searchParams));
    const hit = pageLoadHit(request, cachedPath);
    if (hit) return addTransportSecurity(pageHit(hit, request.method));
    const target = new URL(cachedPath, request.url);
    // The router's cache-busting parameter goes along, so Next can check it against the RSC headers.
    const busting = searchParams.get("_rsc");
    if (busting !== null) target.searchParams.set("_rsc", busting);
    const rewritten = NextResponse.rewrite(target);
    rewritten.headers.set("Content-Security-Policy", READER_POLICY);
    return addTransportSecurity(rewritten);
  }
  // A feed or the API read again: its route's cached answer, rate limited per client as the route would.
  const cachedAnswer = request.method === "GET" && ANSWERED_PATH.test(pathname) ? cachedAnswerFor(pathname + request.nextUrl.search) : null;
  if (cachedAnswer) return addTransportSecurity(answerHit(cachedAnswer, request));
  // An article, an event or a place: prerendered pages cached under their own path, whatever the query.
  const prerendered = reading && PRERENDERED_READER.test(pathname) ? pageLoadHit(request, pathname) : null;
  if (prerendered) return addTransportSecurity(pageHit(prerendered, request.method));
  const nonce = PRIVATE.test(pathname) ? Buffer.from(crypto.randomUUID()).toString("base64") : null;
  const csp = nonce ? contentSecurityPolicy(nonce) : READER_POLICY;
  const headers = new Headers(request.headers);
  if (nonce) {
    headers.set("x-nonce", nonce);
    // Next reads the nonce for its own scripts from the request's policy.
    headers.set("Content-Security-Policy", csp);
  }
  // Lets a page that sends someone to sign in bring them back to where they were going.
  headers.set("x-pathname", pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return addTransportSecurity(response);
}

type CachedPage = { html: Buffer; revalidate: number; expire: number | undefined };
/** The page cache handler's lookup (lib/cache/page-cache-handler.cjs), in this process once Next.js has loaded it. */
const cachedPage = (path: string): CachedPage | null =>
  (globalThis as unknown as Record<symbol, ((path: string) => CachedPage | null) | undefined>)[Symbol.for("faultline.cachedPageFor")]?.(path) ?? null;

const ONE_YEAR = 31_536_000;
/** What Next.js sends with a cached page (besides next.config.js's headers, which it adds to any answer). */
const ROUTER_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";

/**
 * A browser loading a page (Sec-Fetch-Dest: document, which scripts cannot set). Only these are answered
 * here: Next.js strips its router's headers (RSC, prefetch, state tree) and `_rsc` before proxy.ts sees a
 * request, so a client navigation, which wants the RSC payload, looks like any other GET here; the browser
 * sends it as a fetch (Sec-Fetch-Dest: empty), and it goes on to Next.js, as do clients that send no such header.
 */
function isDocumentRequest(request: NextRequest): boolean {
  return request.headers.get("sec-fetch-dest") === "document";
}

/** The cached page at `path` when this request is a browser's page load, else null (Next.js answers). */
const pageLoadHit = (request: NextRequest, path: string): CachedPage | null => (isDocumentRequest(request) ? cachedPage(path) : null);

/**
 * A cache hit answered here, as Next.js answers it, without its page handler (route matching, manifests, a
 * per-request IncrementalCache, the response cache, the tracer: ~70 % of a hit's cost beyond this proxy).
 */
function pageHit(page: CachedPage, method: string): NextResponse {
  const headers = {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": `s-maxage=${page.revalidate}, stale-while-revalidate=${(page.expire ?? ONE_YEAR) - page.revalidate}`,
    Vary: ROUTER_VARY,
    "x-nextjs-cache": "HIT",
    "x-nextjs-prerender": "1",
    "x-nextjs-stale-time": "300",
    "Content-Security-Policy": READER_POLICY,
  };
  return sentWhole(method === "HEAD" ? null : page.html, { status: 200, headers });
}

/**
 * Set on globalThis by our patch of Next.js's router (patches/next+16.4.6.patch, resolve-routes.js), which then
 * sends a proxy answer carrying its body under the same symbol with `res.end(body)` and its Content-Length: one
 * write, as a static file is sent. Without it Next.js pipes a proxy's body through a web stream (the headers
 * written on their own, then the body chunked): ~30 % of a cached page load's server CPU (README, *Sent whole*).
 */
const WHOLE_BODY = Symbol.for("faultline.proxyWholeBody");

/** A response with `body`, handed to Next.js's router whole when it can send it so. */
function sentWhole(body: Buffer | null, init: ResponseInit): NextResponse {
  if (body === null || (globalThis as Record<symbol, unknown>)[WHOLE_BODY] !== true) {
    return new NextResponse(body as Uint8Array<ArrayBuffer> | null, init);
  }
  return Object.assign(new NextResponse(null, init), { [WHOLE_BODY]: body });
}

/** Routes that keep their whole answer in the cache (lib/cache/cached-answer.ts): the feeds and the JSON API. */
const ANSWERED_PATH = /^\/(feeds|api\/v1)\//;

type CachedAnswer = { status: number; body: Buffer | null; headers: Record<string, string> };
/**
 * The cached answer its route gave for this address (path and query as asked), still fresh, from the page
 * cache handler (lib/cache/page-cache-handler.cjs: same entry and tag checks as the route's unstable_cache).
 */
const cachedAnswerFor = (address: string): CachedAnswer | null =>
  (globalThis as unknown as Record<symbol, { cachedAnswerFor(address: string): CachedAnswer | null } | undefined>)[
    Symbol.for("faultline.cachedAnswers")
  ]?.cachedAnswerFor(address) ?? null;

/**
 * A feed's or the API's cached answer, sent as its route handler sends it (lib/cache/cached-answer.ts,
 * answerResponse) without running the handler; an API answer first takes the client's rate-limit token
 * (a 429 when none is left) and carries CORS, as in lib/api/route.ts. Next.js's router Vary (rsc, …),
 * which it adds to any route's answer, is left out: these never vary by those headers.
 */
function answerHit(answer: CachedAnswer, request: NextRequest): Response {
  let perRequest: Record<string, string> = {};
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const limited = rateLimit(request);
    if (limited.refused) {
      limited.refused.headers.set("Content-Security-Policy", READER_POLICY);
      return limited.refused;
    }
    perRequest = { ...CORS, ...limited.headers };
  }
  // x-faultline-cache: ANSWER_CACHE_HEADER (cached-answer.ts, which proxy.ts does not load: it imports next/cache).
  const headers = { ...answer.headers, ...perRequest, "x-faultline-cache": "HIT", "Content-Security-Policy": READER_POLICY };
  return sentWhole(answer.body, { status: answer.status, headers });
}

/** The query without the router's own parameter, which says nothing about what the page shows. */
function withoutInternal(search: URLSearchParams): URLSearchParams {
  const copy = new URLSearchParams(search);
  copy.delete("_rsc");
  return copy;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
    },
  ],
};

import { NextResponse, type NextRequest } from "next/server";
import { MAX_QUERY_LENGTH, QUERY_SEGMENT, cachedPathFor, isCachedReaderPath } from "@/lib/cache/route-query";

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

/** Pages rendered for one person, per request: these keep the nonce. */
const PRIVATE = /^\/(editor|sign-in|api)(\/|$)/;

/** The request refused before any page runs, or null to go on. */
function refuse(request: NextRequest): NextResponse | null {
  let path: string;
  try {
    path = decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad request: the address is not valid UTF-8.", { status: 400 });
  }
  if (/[\u0000-\u001f\u007f]/.test(path)) return new NextResponse("Not found.", { status: 404 });
  // The cache's internal addresses (see lib/cache/route-query.ts) are reached only through a rewrite.
  if (path.split("/").includes(QUERY_SEGMENT)) return new NextResponse("Not found.", { status: 404 });
  if (request.nextUrl.search.length > MAX_QUERY_LENGTH) return new NextResponse("The address is too long.", { status: 414 });
  // Next.js refuses cross-site server actions too, but with a 500; say what it is.
  if (request.method === "POST" && request.headers.has("next-action")) {
    const origin = request.headers.get("origin");
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    let originHost: string | null = null;
    try {
      originHost = origin ? new URL(origin).host : null;
    } catch {
      originHost = "invalid";
    }
    if (originHost && originHost !== host) return new NextResponse("Forbidden: cross-site request.", { status: 403 });
  }
  return null;
}

export function proxy(request: NextRequest) {
  const refused = refuse(request);
  if (refused) return refused;
  const { pathname, searchParams } = request.nextUrl;
  const nonce = PRIVATE.test(pathname) ? Buffer.from(crypto.randomUUID()).toString("base64") : null;
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  if (nonce) {
    headers.set("x-nonce", nonce);
    // Next reads the nonce for its own scripts from the request's policy.
    headers.set("Content-Security-Policy", csp);
  }
  // Lets a page that sends someone to sign in bring them back to where they were going.
  headers.set("x-pathname", pathname + request.nextUrl.search);
  let response: NextResponse;
  if ((request.method === "GET" || request.method === "HEAD") && isCachedReaderPath(pathname)) {
    const target = new URL(cachedPathFor(pathname, withoutInternal(searchParams)), request.url);
    // The router's cache-busting parameter goes along, so Next can check it against the RSC headers.
    const busting = searchParams.get("_rsc");
    if (busting !== null) target.searchParams.set("_rsc", busting);
    response = NextResponse.rewrite(target, { request: { headers } });
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", csp);
  return response;
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

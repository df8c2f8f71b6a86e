import { NextResponse, type NextRequest } from "next/server";
import { databaseReachable, unavailableResponse } from "@/lib/db/availability";

// A fresh nonce per request lets Next's own inline scripts run while any injected script cannot.
// Styles allow 'unsafe-inline' because React style attributes and the charts use them; they cannot run code.
function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
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

/** The request refused before any page runs, or null to go on. */
function refuse(request: NextRequest): NextResponse | null {
  let path: string;
  try {
    path = decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad request: the address is not valid UTF-8.", { status: 400 });
  }
  if (/[\u0000-\u001f\u007f]/.test(path)) return new NextResponse("Not found.", { status: 404 });
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

// Liveness and readiness answer for themselves; server actions return their own "database unavailable"
// message so the editor's form keeps what was typed.
const SELF_REPORTING = new Set(["/api/health", "/api/ready"]);

export async function proxy(request: NextRequest) {
  const refused = refuse(request);
  if (refused) return refused;
  const { pathname } = request.nextUrl;
  if (!SELF_REPORTING.has(pathname) && !request.headers.has("next-action") && !(await databaseReachable())) {
    return unavailableResponse(pathname);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  // Lets a page that sends someone to sign in bring them back to where they were going.
  headers.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};

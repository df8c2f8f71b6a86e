import { randomBytes, timingSafeEqual } from "node:crypto";
import diagnostics from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { parseTrustedProxies, resolveClientAddress } from "./client-address";

/*
 * Next.js gives route handlers no socket address (and keeps a client's own X-Forwarded-For), so the
 * server process stamps each request, as Node receives it, with the client address resolved from the
 * socket and FAULTLINE_TRUSTED_PROXIES. The stamp carries a per-process secret: a client that sends
 * the header itself, or a request that arrives before the stamp is installed, is not believed.
 */
export const CLIENT_ADDRESS_HEADER = "x-faultline-client-address";

const state = globalThis as unknown as { faultlineClientAddressToken?: string };

/** Installs the stamp in this process (instrumentation.ts calls it at server start). Idempotent. */
export function installClientAddressStamp(trustedProxies = process.env.FAULTLINE_TRUSTED_PROXIES) {
  if (state.faultlineClientAddressToken) return;
  const trusted = parseTrustedProxies(trustedProxies);
  const token = randomBytes(18).toString("base64url");
  diagnostics.subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    const forwarded = request.headers["x-forwarded-for"];
    const address = resolveClientAddress(socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(",") : forwarded ?? null, trusted);
    request.headers[CLIENT_ADDRESS_HEADER] = `${token} ${address ?? "unknown"}`;
  });
  state.faultlineClientAddressToken = token;
}

/** The header value this process stamps for `address` (for in-process callers such as tests). */
export function clientAddressStampFor(address: string): string {
  installClientAddressStamp();
  return `${state.faultlineClientAddressToken} ${address}`;
}

/** The stamped client address of a request, or null when it carries no genuine stamp. */
export function stampedClientAddress(headers: Headers): string | null {
  const token = state.faultlineClientAddressToken;
  const [sent, address] = (headers.get(CLIENT_ADDRESS_HEADER) ?? "").split(" ");
  if (!token || !sent || sent.length !== token.length) return null;
  if (!timingSafeEqual(Buffer.from(sent), Buffer.from(token))) return null;
  return address && address !== "unknown" ? address : null;
}

/**
 * The request better-auth sees: X-Forwarded-For holds exactly the stamped client address (or nothing),
 * so its rate limiter and session records use the address we resolved, never one a client wrote.
 */
export function withStampedClientAddress(request: Request): Request {
  const address = stampedClientAddress(request.headers);
  const headers = new Headers(request.headers);
  for (const name of ["x-forwarded-for", "x-real-ip", "forwarded", CLIENT_ADDRESS_HEADER]) headers.delete(name);
  if (address) headers.set("x-forwarded-for", address);
  return new Request(request, { headers });
}

import type { IncomingMessage, Server } from "node:http";

/**
 * The header the server itself writes with the connection's address, overwriting whatever a client
 * sent under that name (see stampPeerAddress): Next.js route handlers see headers, never the socket.
 */
export const PEER_HEADER = "x-faultline-peer-address";

/**
 * The client a request counts against: the address a trusted proxy wrote in `trustedHeader` (the last
 * entry, for a list such as X-Forwarded-For that each proxy appends to), else the connection's own.
 */
export function clientAddress(headers: Headers, trustedHeader?: string): string {
  if (trustedHeader) {
    const value = headers.get(trustedHeader)?.split(",").at(-1)?.trim();
    if (value) return value;
  }
  return headers.get(PEER_HEADER) || "unknown";
}

const STAMPED = Symbol.for("faultline.peerAddressStamped");

/**
 * Makes every HTTP server in this process write the connection's address into PEER_HEADER before
 * anything reads the request. Called once from instrumentation.ts when the Node server starts.
 */
export function stampPeerAddress(server: { prototype: Server }) {
  const proto = server.prototype as Server & { [STAMPED]?: boolean };
  if (proto[STAMPED]) return;
  proto[STAMPED] = true;
  const emit = proto.emit;
  proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return emit.apply(this, [event, ...args] as Parameters<Server["emit"]>);
  } as Server["emit"];
}

import net from "node:net";

/**
 * Which address a request comes from, trusting X-Forwarded-For only as far as it was written by a proxy
 * the operator named in FAULTLINE_TRUSTED_PROXIES (addresses or CIDR ranges, comma-separated). With none
 * named, the socket's peer is the client, whatever headers it sends.
 */
export function parseTrustedProxies(value: string | undefined): net.BlockList {
  const list = new net.BlockList();
  for (const entry of (value ?? "").split(",").map((e) => e.trim()).filter(Boolean)) {
    const [address, prefix] = entry.split("/");
    const family = net.isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (!family || !/^\d*$/.test(prefix ?? "") || bits > (family === 6 ? 128 : 32)) {
      throw new Error(`FAULTLINE_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    list.addSubnet(address, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return list;
}

/** "::ffff:10.0.0.1" → "10.0.0.1"; null for anything that is not an IP address. */
export function normalizeAddress(value: string | undefined | null): string | null {
  const address = (value ?? "").trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return net.isIP(address) ? address.toLowerCase() : null;
}

function isTrusted(address: string, trusted: net.BlockList): boolean {
  return trusted.check(address, net.isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the peer itself unless it is a trusted proxy; then X-Forwarded-For read from the
 * right, skipping trusted hops, up to the first address a trusted proxy vouches for. Null when unknown.
 */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | null, trusted: net.BlockList): string | null {
  let client = normalizeAddress(peer);
  if (!client) return null;
  const hops = (forwardedFor ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  while (isTrusted(client, trusted) && hops.length) {
    const next = normalizeAddress(hops.pop());
    if (!next) break; // a malformed hop: the last trusted proxy is as far as we can see
    client = next;
  }
  return client;
}

import { expect, it } from "vitest";
import { normalizeAddress, parseTrustedProxies, resolveClientAddress } from "./client-address";

it("uses the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
  const none = parseTrustedProxies(undefined);
  expect(resolveClientAddress("::ffff:203.0.113.9", "1.2.3.4", none)).toBe("203.0.113.9");
  expect(resolveClientAddress("203.0.113.9", null, none)).toBe("203.0.113.9");
});

it("reads X-Forwarded-For from the right through trusted proxies only", () => {
  const trusted = parseTrustedProxies("10.0.0.0/8, 127.0.0.1");
  // the client forged "6.6.6.6"; the trusted proxy 10.0.0.2 appended the address it saw
  expect(resolveClientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7, 10.0.0.2", trusted)).toBe("198.51.100.7");
  expect(resolveClientAddress("127.0.0.1", "198.51.100.7", trusted)).toBe("198.51.100.7");
  // an untrusted peer cannot smuggle a header in
  expect(resolveClientAddress("192.0.2.1", "198.51.100.7", trusted)).toBe("192.0.2.1");
  // a malformed hop stops the walk at the last trusted proxy
  expect(resolveClientAddress("127.0.0.1", "198.51.100.7, not-an-ip", trusted)).toBe("127.0.0.1");
  expect(resolveClientAddress("10.1.1.1", "", trusted)).toBe("10.1.1.1");
});

it("accepts IPv6 ranges and refuses entries that are not addresses", () => {
  const trusted = parseTrustedProxies("fd00::/8");
  expect(resolveClientAddress("fd00::1", "2001:db8::5", trusted)).toBe("2001:db8::5");
  expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/not an IP address/);
  expect(() => parseTrustedProxies("proxy.internal")).toThrow(/not an IP address/);
  expect(normalizeAddress("garbage")).toBeNull();
});

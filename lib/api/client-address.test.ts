import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddress, PEER_HEADER, stampPeerAddress } from "./client-address";

describe("client address", () => {
  it("uses the trusted proxy header when configured (its last entry), else the connection's address", () => {
    const headers = new Headers({ [PEER_HEADER]: "10.0.0.5", "x-forwarded-for": "6.6.6.6, 198.51.100.4", "x-real-ip": "198.51.100.9" });
    expect(clientAddress(headers)).toBe("10.0.0.5");
    expect(clientAddress(headers, "x-forwarded-for")).toBe("198.51.100.4");
    expect(clientAddress(headers, "x-real-ip")).toBe("198.51.100.9");
    expect(clientAddress(new Headers({ [PEER_HEADER]: "10.0.0.5" }), "x-real-ip")).toBe("10.0.0.5");
    expect(clientAddress(new Headers())).toBe("unknown");
  });

  it("stamps the socket's address on every request, over anything the client sent", async () => {
    stampPeerAddress(http.Server);
    const server = http.createServer((req, res) => res.end(String(req.headers[PEER_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: "203.0.113.66", "X-Forwarded-For": "203.0.113.67" } });
      expect(await response.text()).toBe("127.0.0.1");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

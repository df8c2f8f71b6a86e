import { spawn } from "node:child_process";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/db/embedded";
import { FREE_ATTEMPTS } from "@/lib/auth/sign-in-throttle";
import { SIGN_IN_PER_ADDRESS } from "@/lib/auth/auth";
import { createAccounts, servedDatabase } from "../support/accounts";
import { baseUrl, databaseUrl } from "../support/served";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

/** A raw HTTP exchange, so Host and body length are exactly what a hostile client sends. */
function raw(base: string, request: string, body = ""): Promise<{ status: number; head: string; text: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(request + body));
    let data = "";
    socket.on("data", (chunk) => {
      data += chunk;
      if (/\r\n\r\n/.test(data) && /^HTTP\/1\.1 (413|411|403)/.test(data)) socket.destroy();
    });
    socket.on("close", () => {
      const [head, ...rest] = data.split("\r\n\r\n");
      resolve({ status: Number(head.split(" ")[1]), head, text: rest.join("\r\n\r\n") });
    });
    socket.on("error", reject);
    socket.setTimeout(30_000, () => socket.destroy(new Error("no answer")));
  });
}

function get(base: string, pathname: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(base + pathname, { headers }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      })
      .on("error", reject);
  });
}

function signIn(base: string, email: string, password: string, forwardedFor: string) {
  return fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, "x-forwarded-for": forwardedFor },
    body: JSON.stringify({ email, password }),
  });
}

async function clearRateLimits() {
  const db = servedDatabase();
  await db.rateLimit.deleteMany({});
  await db.$disconnect();
}

describe("the served app (no trusted proxy)", () => {
  afterAll(clearRateLimits); // the server below shares this file's database

  it("ignores a forged Host and X-Forwarded-Host in feed and export links", async () => {
    const base = baseUrl();
    for (const pathname of ["/feeds/events", "/feeds/statements", "/timeline/export?format=json", "/statements/export?format=json"]) {
      const response = await get(base, pathname, { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
      expect(response.status, pathname).toBe(200);
      expect(response.body, pathname).not.toContain("evil.example");
    }
  });

  it("answers cross-site action and form posts with 403, not 500", async () => {
    const base = baseUrl();
    const cases: Record<string, string>[] = [
      { origin: "https://evil.example", "content-type": "multipart/form-data; boundary=x" },
      { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      { origin: "null", "next-action": "0123456789abcdef0123456789abcdef01234567", "content-type": "text/plain" },
      { origin: "null", "content-type": "multipart/form-data; boundary=x" },
    ];
    for (const headers of cases) {
      const response = await fetch(`${base}/editor`, { method: "POST", headers, body: "--x--\r\n", redirect: "manual" });
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
  });

  it("takes the client address from the socket: rotating X-Forwarded-For is one address to both limits", async () => {
    const base = baseUrl();
    const email = `nobody-${Date.now().toString(36)}@example.org`;
    const answers: { status: number; message: string }[] = [];
    for (let i = 0; i <= SIGN_IN_PER_ADDRESS.max; i++) {
      const response = await signIn(base, email, "a-wrong-password", `10.${i >> 8}.${i & 255}.7`);
      answers.push({ status: response.status, message: (await response.json()).message });
    }
    expect(answers.slice(0, FREE_ATTEMPTS).map((a) => a.status)).toEqual(Array(FREE_ATTEMPTS).fill(401));
    expect(answers[FREE_ATTEMPTS]).toMatchObject({ status: 429, message: expect.stringMatching(/for this account from here/) });
    expect(answers.at(-1)).toMatchObject({ status: 429, message: expect.stringMatching(/Too many requests/) });

    const db = servedDatabase();
    const rows = await db.rateLimit.findMany({ where: { key: { contains: "/sign-in/email" } } });
    await db.$disconnect();
    expect(rows.map((r) => r.key)).toEqual(["127.0.0.1|/sign-in/email"]);
    expect(rows[0].count).toBe(SIGN_IN_PER_ADDRESS.max);
  }, 300_000);
});

describe("a production server behind a trusted proxy", () => {
  let base = "";
  let output = "";
  let stop = async () => {};

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [NEXT, "start", "-p", String(port)], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: databaseUrl(),
        BETTER_AUTH_SECRET: "a-test-secret-that-is-long-enough-0123456789",
        FAULTLINE_PUBLIC_URL: "https://faultline.example.org",
        FAULTLINE_TRUSTED_PROXIES: "127.0.0.1, ::1",
        PORT: String(port),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    const exited = new Promise((resolve) => child.on("exit", resolve));
    stop = async () => {
      child.kill("SIGTERM");
      await exited;
    };
    for (let tries = 0; ; tries++) {
      try {
        if ((await fetch(`${base}/robots.txt`)).ok) break;
      } catch {
        if (child.exitCode !== null || tries > 600) throw new Error(`next start did not answer:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 180_000);
  afterAll(async () => {
    await stop();
    await clearRateLimits();
  });

  it("refuses to start without a public URL, in one sentence", async () => {
    const port = await freePort();
    const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } as NodeJS.ProcessEnv;
    delete env.FAULTLINE_PUBLIC_URL;
    delete env.BETTER_AUTH_URL;
    const child = spawn(process.execPath, [NEXT, "start", "-p", String(port)], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c) => (stderr += c));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      "Faultline could not start: FAULTLINE_PUBLIC_URL is not set. Set it to the address readers use, e.g. FAULTLINE_PUBLIC_URL=https://faultline.example.org",
    );
  }, 120_000);

  it("refuses oversized bodies with 413 and keeps no more than 1 MB of them; 411 without a length", async () => {
    const host = new URL(base).host;
    const twentyMb = "x".repeat(20 * 1024 * 1024);
    const action = await raw(base, `POST /timeline HTTP/1.1\r\nHost: ${host}\r\nNext-Action: x\r\nContent-Type: text/plain\r\nContent-Length: ${twentyMb.length}\r\n\r\n`, twentyMb);
    expect(action.status).toBe(413);
    const auth = await raw(base, `POST /api/auth/sign-in/email HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\nContent-Length: ${twentyMb.length}\r\n\r\n`, twentyMb);
    expect(auth.status).toBe(413);
    // Next.js stopped copying the upload at the configured 1 MB (proxyClientMaxBodySize)
    expect(output).toMatch(/Request body exceeded 1(\.0)? ?MB/);
    const chunked = await raw(base, `POST /timeline HTTP/1.1\r\nHost: ${host}\r\nNext-Action: x\r\nTransfer-Encoding: chunked\r\n\r\n`, "400\r\n" + "x".repeat(1024) + "\r\n0\r\n\r\n");
    expect(chunked.status).toBe(411);
  }, 120_000);

  it("builds links from the public URL and asks for HTTPS only", async () => {
    const feed = await get(base, "/feeds/events", { host: "evil.example", "x-forwarded-host": "evil.example" });
    expect(feed.body).toContain("https://faultline.example.org/");
    expect(feed.body).not.toContain("evil.example");
    const page = await get(base, "/timeline", {});
    expect(page.headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  });

  it("an attacker rotating addresses through the proxy cannot lock the owner out", async () => {
    const [owner] = Object.values(await createAccounts("lockout", { owner: "admin" }));
    for (let n = 1; n <= 4; n++) {
      const statuses: number[] = [];
      for (let attempt = 0; attempt <= FREE_ATTEMPTS; attempt++) statuses.push((await signIn(base, owner.email, `guess-${n}-${attempt}`, `203.0.113.${n}`)).status);
      // each address the attacker rotates to is its own: free attempts, then it waits
      expect(statuses).toEqual([...Array(FREE_ATTEMPTS).fill(401), 429]);
    }
    const response = await signIn(base, owner.email, owner.password, "198.51.100.25");
    expect(response.status).toBe(200);
    const db = servedDatabase();
    const keys = (await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key);
    await db.$disconnect();
    expect(keys).toContain(`sign-in|${owner.email}|203.0.113.4`);
    expect(keys).toContain("203.0.113.4|/sign-in/email");
  }, 180_000);
});

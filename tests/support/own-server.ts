// Setup file of "e2e-writers" (vitest.config.ts), after server-ready.ts: each writer file gets the built
// dashboard on a port of its own, on its own copy of the demo database (a clone of the template the
// global setup prepared), so it can change data, and fill or expire its server's page cache, while the
// readers run beside it on the shared server. Dropped, with the server, when the file ends.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { freePort } from "@/lib/db/embedded";
import { useServed } from "./served";
import { until } from "./wait";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: inject("e2eAdminUrl") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let stop = async () => {};

beforeAll(async () => {
  const name = `faultline_e2e_own_${randomBytes(5).toString("hex")}`;
  await admin(`CREATE DATABASE ${name} TEMPLATE ${inject("e2eTemplateDatabase")}`);
  let server: ReturnType<typeof spawn> | undefined;
  let exited: Promise<unknown> = Promise.resolve();
  stop = async () => {
    try {
      if (server && server.exitCode === null && server.signalCode === null) {
        // `next start` serves from a child process: signal the whole group (detached below).
        process.kill(-server.pid!, "SIGTERM");
        await exited;
      }
    } finally {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  };

  const url = new URL(inject("e2eAdminUrl"));
  url.pathname = `/${name}`;
  const port = await freePort();
  // What lib/cli/start.ts gives the server it spawns, with a database and secret of this file's own.
  server = spawn(process.execPath, [NEXT, "start", "-p", String(port)], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
      FAULTLINE_PUBLIC_URL: `http://localhost:${port}`,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  let output = "";
  server.stdout!.on("data", (c) => (output += c));
  server.stderr!.on("data", (c) => (output += c));
  const child = server;
  exited = new Promise((resolve) => child.on("exit", resolve));

  const baseUrl = `http://127.0.0.1:${port}`;
  await until(`the file's own server on ${baseUrl}`, async () => {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    return fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
  }, { timeoutMs: 120_000, everyMs: 100, detail: () => output });
  useServed({ baseUrl, databaseUrl: url.toString() });
}, 180_000);

afterAll(() => stop(), 60_000);

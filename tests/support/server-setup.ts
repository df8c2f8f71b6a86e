// Vitest global setup for the browser tier: serves the dashboard through the same script as
// `npm start`, on a free port, with the demo data in a throwaway database.
//
// Global setups run before any test file, so waiting here for `next build` (minutes on a loaded
// machine) would hold the unit and integration tiers too. The database is ready before this
// returns; the build and server start in the background, and each browser test file waits for
// them in its beforeAll (tests/support/server-ready.ts), failing if the start failed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, freePort } from "@/lib/db/embedded";
import { startDashboard, type Started } from "./start-process";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The database the served app uses, so a test can create accounts in it. */
    databaseUrl: string;
    /** Where the background start writes "ready" or "failed\n<reason>". */
    serverStatusFile: string;
  }
}

const DATABASE = "faultline_e2e";

type Shared = { baseUrl: string; databaseUrl: string; statusFile: string; users: number; teardown(): Promise<void> };

// Both browser projects ("e2e-parallel" and "e2e", vitest.config.ts) list this setup; vitest runs it once per
// project, in its main process. They share one server: the first call starts it, the last teardown stops it.
const shared = globalThis as { faultlineE2eServer?: Promise<Shared> };

export default async function setup(project: TestProject) {
  shared.faultlineE2eServer ??= startShared();
  const server = await shared.faultlineE2eServer;
  server.users++;
  project.provide("baseUrl", server.baseUrl);
  project.provide("databaseUrl", server.databaseUrl);
  project.provide("serverStatusFile", server.statusFile);

  return async () => {
    if (--server.users > 0) return;
    shared.faultlineE2eServer = undefined;
    await server.teardown();
  };
}

async function startShared(): Promise<Shared> {
  const port = await freePort();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "faultline-e2e-"));
  fs.chmodSync(workDir, 0o755);
  const statusFile = path.join(workDir, "server-status");
  const database = await throwawayDatabase(workDir);

  const starting: Promise<Started> = startDashboard({ DATABASE_URL: database.url }, port, 900_000);
  starting.then(
    () => fs.writeFileSync(statusFile, "ready"),
    (err: Error) => fs.writeFileSync(statusFile, `failed\n${err.message}`),
  );
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    databaseUrl: database.url,
    statusFile,
    users: 0,
    async teardown() {
      try {
        // A failed start fails the run even when no browser test was selected.
        const server = await starting;
        await server.stop();
      } finally {
        try {
          await database.drop();
        } finally {
          fs.rmSync(workDir, { recursive: true, force: true });
        }
      }
    },
  };
}

/** A fresh database beside the user's DATABASE_URL (never seeded into theirs), or on an embedded server of its own. */
async function throwawayDatabase(workDir: string): Promise<{ url: string; drop(): Promise<void> }> {
  let adminUrl = process.env.DATABASE_URL;
  let stopServer = async () => {};
  const name = process.env.DATABASE_URL ? `${DATABASE}_${process.pid}` : DATABASE;
  if (!adminUrl) {
    const server = await startEmbeddedPostgres({ dataDir: path.join(workDir, "postgres"), persistent: false });
    adminUrl = server.url("postgres");
    stopServer = () => server.stop();
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      try {
        const c = new pg.Client({ connectionString: adminUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      } finally {
        await stopServer();
      }
    },
  };
}

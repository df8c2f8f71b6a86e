// Vitest global setup for the browser tier: builds when stale and serves the dashboard through
// the same script as `npm start`, on a free port, with the demo data in a throwaway database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { DEFAULT_DATABASE } from "@/lib/db/database-url";
import { embeddedUrl, freePort, runningServerPort } from "@/lib/db/embedded";
import { startDashboard } from "./start-process";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The database the served app uses, so a test can create accounts in it. */
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "faultline-e2e-"));
  fs.chmodSync(dataDir, 0o755);
  let env: Record<string, string | undefined> = { FAULTLINE_DATA_DIR: path.join(dataDir, "postgres"), DATABASE_URL: "" };
  let dropDatabase = async () => {};

  if (process.env.DATABASE_URL) {
    // Never seed into the user's database: make a fresh one beside it.
    const name = `faultline_e2e_${process.pid}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    env = { DATABASE_URL: url.toString() };
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }

  // The first run builds the app: minutes on a loaded machine.
  const server = await startDashboard(env, port, 900_000);
  project.provide("baseUrl", server.url);
  project.provide("databaseUrl", env.DATABASE_URL || embeddedDatabaseUrl(env.FAULTLINE_DATA_DIR!));
  return async () => {
    try {
      await server.stop();
      await dropDatabase();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  };
}

/** The embedded server's port is in its postmaster.pid (line 4). */
function embeddedDatabaseUrl(dataDir: string): string {
  const port = runningServerPort(dataDir);
  if (!port) throw new Error(`No embedded PostgreSQL is running on ${dataDir}`);
  return embeddedUrl(port, DEFAULT_DATABASE);
}

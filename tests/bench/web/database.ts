// The benchmark's database per scale: its own embedded data folder (.data/bench-<scale>) or, with
// DATABASE_URL, its own database faultline_bench_<scale> on that server. Migrated, demo-seeded and
// loaded once; later runs reuse it. SQL figures come from pg_stat_statements, switched on only while
// one request per route is measured, so the throughput runs pay nothing for it.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { DEFAULT_DATABASE } from "@/lib/db/database-url";
import { embeddedUrl, runningServerPort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/prepare";
import { SCALES as SYNTHETIC_EVENTS } from "@/lib/demo/synthetic";
import { loadSynthetic } from "@/lib/demo/synthetic-load";

export const SCALES = ["small", "large"] as const;
export type Scale = (typeof SCALES)[number];

// The events of each scale come from the synthetic loader (`npm run db:synthetic -- --scale …`).
const EVENTS: Record<Scale, number> = SYNTHETIC_EVENTS;

export async function loadScale(url: string, scale: Scale, log: (line: string) => void): Promise<void> {
  let shown = 0;
  const report = await loadSynthetic(url, {
    events: EVENTS[scale],
    seed: 1,
    onProgress: (done, total) => {
      if (done === total || done - shown >= total / 10) log(`  ${done.toLocaleString("en")} of ${total.toLocaleString("en")} articles`), (shown = done);
    },
  });
  log(`Loaded ${report.tables.map((t) => `${t.rows.toLocaleString("en")} ${t.table}`).join(", ")}.`);
}

async function scaleLoaded(db: pg.Client, scale: Scale): Promise<boolean> {
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM "Event"`);
  return rows[0].n >= EVENTS[scale] * 0.9;
}

export type BenchDatabase = {
  /** What the server is started with (lib/cli/start.ts reads it). */
  serverEnv: Record<string, string>;
  /** Where the app's data is, once the server runs (the embedded port is only known then). */
  appUrl(): string;
  /** A connection for the benchmark's own control queries, outside the app's database. */
  controlUrl(): string;
  databaseName: string;
  where: string;
  /** Stops what this module started itself (the server's script stops its own PostgreSQL). */
  stop(): Promise<void>;
};

async function withClient<T>(url: string, run: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    return await run(db);
  } finally {
    await db.end();
  }
}

async function fill(url: string, scale: Scale, log: (line: string) => void) {
  // A migration may rewrite a table (ALTER COLUMN … SET EXPRESSION did "Event") or backfill rows: prepareDatabase
  // vacuums a database that holds data after applying migrations, as `npm start` does, so index-only scans stay so.
  const { migrations } = await prepareDatabase(url);
  if (migrations.length) log(`Applied migrations: ${migrations.join(", ")}`);
  if (await withClient(url, (db) => scaleLoaded(db, scale))) return;
  log(`Loading the ${scale} synthetic dataset (once; later runs reuse it)…`);
  const started = performance.now();
  await loadScale(url, scale, log);
  await withClient(url, (db) => db.query("ANALYZE"));
  log(`Loaded in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

/** Prepares the database of this scale and says how to start the server on it. */
export async function prepareBenchDatabase(root: string, scale: Scale, databaseUrl: string | undefined, log: (line: string) => void): Promise<BenchDatabase> {
  if (databaseUrl) {
    const name = `faultline_bench_${scale}`;
    const url = new URL(databaseUrl);
    url.pathname = `/${name}`;
    await withClient(databaseUrl, async (db) => {
      const exists = await db.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (exists.rowCount === 0) await db.query(`CREATE DATABASE ${db.escapeIdentifier(name)}`);
    });
    await fill(url.toString(), scale, log);
    return {
      serverEnv: { DATABASE_URL: url.toString() },
      appUrl: () => url.toString(),
      controlUrl: () => databaseUrl,
      databaseName: name,
      where: `database ${name} on DATABASE_URL's server`,
      stop: async () => undefined,
    };
  }

  const dataDir = path.join(root, ".data", `bench-${scale}`);
  const server = await startEmbeddedPostgres({ dataDir, persistent: true });
  try {
    await server.createDatabase(DEFAULT_DATABASE);
    await fill(server.url(DEFAULT_DATABASE), scale, log);
    // Takes effect when the server's script starts this cluster again (a restart is needed).
    await withClient(server.url("postgres"), (db) => db.query("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"));
  } finally {
    await server.stop();
  }
  const port = () => runningServerPort(dataDir) ?? (() => { throw new Error(`no PostgreSQL is running on ${dataDir}`); })();
  return {
    serverEnv: { DATABASE_URL: "", FAULTLINE_DATA_DIR: dataDir },
    appUrl: () => embeddedUrl(port(), DEFAULT_DATABASE),
    controlUrl: () => embeddedUrl(port(), "postgres"),
    databaseName: DEFAULT_DATABASE,
    where: `embedded PostgreSQL in ${path.relative(root, dataDir)}`,
    stop: () => stopLeftover(dataDir),
  };
}

/**
 * The server's script stops its PostgreSQL on SIGTERM, but when its tsx wrapper is signalled the
 * cluster can outlive it; then it is stopped here (fast shutdown), from its postmaster.pid.
 */
async function stopLeftover(dataDir: string) {
  const port = runningServerPort(dataDir);
  if (!port) return;
  const pid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 150 && runningServerPort(dataDir); i++) await new Promise((r) => setTimeout(r, 200));
  if (runningServerPort(dataDir)) throw new Error(`PostgreSQL ${pid} on ${dataDir} did not stop within 30 s`);
}

export type SqlFigures = { statements: number; slowestMs: number; totalMs: number; slowest: string };

/** Control queries on the cluster: SQL statement counts per request, and waiting for the app's queries to end. */
export class SqlProbe {
  private constructor(
    private readonly db: pg.Client,
    private readonly databaseName: string,
    readonly available: boolean,
    readonly note: string,
    private readonly configurable = false,
  ) {}

  /**
   * `configurable`: the cluster is the benchmark's own, so tracking may be switched on and off with
   * ALTER SYSTEM. On DATABASE_URL's server the setting is left as it is found.
   */
  static async open(controlUrl: string, databaseName: string, configurable: boolean): Promise<SqlProbe> {
    const db = new pg.Client({ connectionString: controlUrl, application_name: "faultline-bench" });
    await db.connect();
    const loaded = (await db.query("SHOW shared_preload_libraries")).rows[0].shared_preload_libraries as string;
    if (!loaded.split(",").map((s) => s.trim()).includes("pg_stat_statements")) {
      return new SqlProbe(db, databaseName, false, "pg_stat_statements is not in the server's shared_preload_libraries: SQL counts not measured");
    }
    try {
      await db.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      const probe = new SqlProbe(db, databaseName, true, "", configurable);
      if (configurable) await probe.track("none");
      else if ((await db.query("SHOW pg_stat_statements.track")).rows[0]["pg_stat_statements.track"] === "none") {
        return new SqlProbe(db, databaseName, false, "pg_stat_statements.track is 'none' on DATABASE_URL's server: SQL counts not measured");
      }
      return probe;
    } catch (err) {
      return new SqlProbe(db, databaseName, false, `pg_stat_statements unusable (${(err as Error).message}): SQL counts not measured`);
    }
  }

  private async track(level: "none" | "top") {
    if (!this.configurable) return;
    await this.db.query(`ALTER SYSTEM SET pg_stat_statements.track = '${level}'`);
    await this.db.query("SELECT pg_reload_conf()");
    // The postmaster signals every backend at once; when this one has the new value, so do the app's.
    for (let i = 0; i < 100; i++) {
      if ((await this.db.query("SHOW pg_stat_statements.track")).rows[0]["pg_stat_statements.track"] === level) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`pg_stat_statements.track did not switch to ${level}`);
  }

  /** The statements the app's database ran during `run` (the probe's own queries run elsewhere). */
  async measure<T>(run: () => Promise<T>): Promise<{ result: T; sql: SqlFigures | null }> {
    if (!this.available) return { result: await run(), sql: null };
    await this.track("top");
    try {
      await this.db.query("SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname = $1), 0)", [this.databaseName]);
      const result = await run();
      const { rows } = await this.db.query(
        `SELECT s.calls::int AS calls, s.max_exec_time AS max, s.total_exec_time AS total, s.query
           FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
          WHERE d.datname = $1 ORDER BY s.max_exec_time DESC`,
        [this.databaseName],
      );
      const sql: SqlFigures = {
        statements: rows.reduce((n, r) => n + r.calls, 0),
        slowestMs: rows.length ? rows[0].max : 0,
        totalMs: rows.reduce((t, r) => t + r.total, 0),
        slowest: rows.length ? String(rows[0].query).replace(/\s+/g, " ").slice(0, 400) : "",
      };
      return { result, sql };
    } finally {
      await this.track("none");
    }
  }

  /**
   * Waits until the app's database runs nothing (queries of abandoned requests go on after the
   * client left); after maxMs, cancels them so the next route is measured on an idle database.
   */
  async waitIdle(maxMs: number): Promise<{ waitedMs: number; cancelled: number }> {
    const started = Date.now();
    const active = `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND state = 'active' AND pid <> pg_backend_pid()`;
    // Idle for a whole second: an abandoned request still rendering runs its next query moments later.
    for (let quiet = 0, idleSince = 0; Date.now() - started < maxMs; ) {
      quiet = (await this.db.query(active, [this.databaseName])).rowCount === 0 ? quiet + 1 : 0;
      if (quiet === 1) idleSince = Date.now() - started;
      if (quiet >= 5) return { waitedMs: idleSince, cancelled: 0 };
      await new Promise((r) => setTimeout(r, 200));
    }
    const { rows } = await this.db.query(`SELECT pg_cancel_backend(pid) FROM (${active}) busy`, [this.databaseName]);
    return { waitedMs: Date.now() - started, cancelled: rows.length };
  }

  async close() {
    await this.db.end();
  }
}

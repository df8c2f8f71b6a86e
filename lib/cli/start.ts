// `npm start`: database (embedded unless DATABASE_URL), migrations, demo data, build when stale, serve.
import "dotenv/config";
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { poolSettings } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/database-url";
import { PostgresStartError } from "@/lib/db/embedded";
import { MigrationError } from "@/lib/db/migrate";
import { prepareDatabase } from "@/lib/db/prepare";
import { readEnv } from "@/lib/env";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "next.config.js", "package-lock.json", "patches", "prisma/schema.prisma"];

function fail(message: string): never {
  console.error(`\nFaultline could not start: ${message}\n`);
  process.exit(1);
}

/** BETTER_AUTH_SECRET, or one made on first start and kept beside the data (git-ignored). */
function authSecret(): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const file = path.join(ROOT, ".data", "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function countAccounts(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query('SELECT count(*) AS n FROM "user"')).rows[0].n);
  } finally {
    await client.end();
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

function newestChange(entry: string): number {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(full, { withFileTypes: true })
    .filter((e) => e.name !== "generated" && !e.name.endsWith(".test.ts"))
    .reduce((newest, e) => Math.max(newest, newestChange(path.join(entry, e.name))), stat.mtimeMs);
}

function buildIfStale() {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  if (built > Math.max(...SOURCES.map(newestChange))) return;
  console.log("Building the dashboard (first start or sources changed)…");
  const started = new Date();
  const result = spawnSync(process.execPath, [NEXT, "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) fail("`next build` failed (see above).");
  // Dated from its start: a source saved while it ran is then newer than the build, so the next start builds again.
  fs.utimesSync(buildId, started, started);
}

let env;
try {
  env = readEnv();
  poolSettings(); // a bad pool variable stops here, not on the first request
} catch (err) {
  fail((err as Error).message);
}
if (!(await portIsFree(env.PORT))) {
  fail(`port ${env.PORT} is already in use. Stop what uses it, or choose another: PORT=3001 npm start`);
}

let database: Awaited<ReturnType<typeof resolveDatabase>> | undefined;
try {
  database = await resolveDatabase({ databaseUrl: env.DATABASE_URL, dataDir: path.resolve(ROOT, env.FAULTLINE_DATA_DIR), supervise: true, restartDelayMs: env.FAULTLINE_DB_RESTART_DELAY_MS });
  console.log(database.embedded ? `Embedded PostgreSQL running, data in ${env.FAULTLINE_DATA_DIR}` : "Using DATABASE_URL");
  const { migrations, seed } = await prepareDatabase(database.url);
  if (migrations.length) console.log(`Applied migrations: ${migrations.join(", ")}`);
  if (seed.seeded) console.log(`Loaded the demo data: ${seed.articles} article, ${seed.actors} actors, ${seed.statements} statements, ${seed.events} events`);
  if ((await countAccounts(database.url)) === 0) {
    console.log("No editor accounts yet. Create the first admin (in another terminal):\n  npm run user:create -- --email you@example.org --role admin");
  }
} catch (err) {
  await database?.stop();
  if (err instanceof PostgresStartError || err instanceof MigrationError) fail(err.message);
  const message = (err as Error).message ?? String(err);
  fail(/ECONNREFUSED|ENOTFOUND|password authentication|does not exist/.test(message) ? `cannot use the database: ${message}` : message);
}

if (!database) process.exit(1);
buildIfStale();

// Every absolute link is built from the public URL (never from a request's Host); a fresh machine gets localhost.
const publicUrl = env.FAULTLINE_PUBLIC_URL ?? env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT}`;
if (!env.FAULTLINE_PUBLIC_URL && !env.BETTER_AUTH_URL) {
  console.log(`Public URL: ${publicUrl} (set FAULTLINE_PUBLIC_URL to the address readers use when serving others)`);
}

const server = spawn(process.execPath, [NEXT, "start", "-p", String(env.PORT)], {
  cwd: ROOT,
  stdio: "inherit",
  // Its own process group: `next start` runs the server in a child process that a signal to the
  // parent alone leaves running (and holding the port) after we exit.
  detached: true,
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    BETTER_AUTH_SECRET: authSecret(),
    FAULTLINE_PUBLIC_URL: publicUrl,
    PORT: String(env.PORT),
    NEXT_TELEMETRY_DISABLED: "1",
  },
});
console.log(`Faultline: http://localhost:${env.PORT}${publicUrl.startsWith("http://localhost:") ? "" : ` (public URL ${publicUrl})`}`);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    server.kill("SIGTERM"); // the group is already gone
  }
  await database?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
server.on("exit", (code) => void stop(code ?? 0));

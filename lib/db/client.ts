import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { z } from "zod";
import { cancelQueriesOnAbort } from "./cancel";
import { preparedName } from "./prepared";
import { PrismaClient } from "@/lib/generated/prisma/client";

const ms = (fallback: number) => z.coerce.number().int().min(100).max(600_000).default(fallback);
const poolSchema = z.object({
  // Connections this instance may hold. Several instances share the server's max_connections (see README).
  FAULTLINE_DB_POOL_MAX: z.coerce.number().int().min(1).max(500).default(20),
  // How long a query waits for a free or new connection before failing (pg's connectionTimeoutMillis).
  FAULTLINE_DB_CONNECT_TIMEOUT_MS: ms(10_000),
  // How long a transaction waits to start (Prisma maxWait; its default of 2 s failed editors under 32 readers).
  FAULTLINE_DB_TX_MAX_WAIT_MS: ms(10_000),
  // How long a started transaction may run before Prisma rolls it back.
  FAULTLINE_DB_TX_TIMEOUT_MS: ms(20_000),
  // The app's statement timeout (0 = none): a query running longer is cancelled by PostgreSQL itself.
  FAULTLINE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
});
export type PoolSettings = z.infer<typeof poolSchema>;

/** The connection pool and transaction limits from the environment, or a clear error naming the variable. */
export function poolSettings(source: Record<string, string | undefined> = process.env): PoolSettings {
  const parsed = poolSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    throw new Error(`Invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  return parsed.data;
}

/**
 * A Prisma client on its own pg pool. `statementTimeoutMs` (0 = none) is set on every connection,
 * so a runaway query is stopped by the server instead of keeping a connection busy; long writes raise
 * it for their transaction (`SET LOCAL`). Queries run under untilAborted() are cancelled as soon as
 * their request's client goes away.
 */
export function createPrismaClient(
  connectionString: string,
  { statementTimeoutMs = 0, settings = poolSettings() }: { statementTimeoutMs?: number; settings?: PoolSettings } = {},
): PrismaClient {
  const timeouts = statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs, idle_in_transaction_session_timeout: 60_000 } : {};
  // Our own pool, so a query run under untilAborted() (lib/db/cancel.ts) is cancelled when its request is.
  const pool = new pg.Pool({
    connectionString,
    max: settings.FAULTLINE_DB_POOL_MAX,
    connectionTimeoutMillis: settings.FAULTLINE_DB_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    ...timeouts,
  });
  // The generator may return no name (typed as always one): pg then sends an unnamed statement, as without it.
  const adapter = new PrismaPg(cancelQueriesOnAbort(pool), { disposeExternalPool: true, statementNameGenerator: preparedName as (query: { sql: string }) => string });
  return new PrismaClient({
    adapter,
    transactionOptions: { maxWait: settings.FAULTLINE_DB_TX_MAX_WAIT_MS, timeout: settings.FAULTLINE_DB_TX_TIMEOUT_MS },
  });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set. `npm start` sets it; elsewhere set it to a PostgreSQL URL.");
    globalForPrisma.prisma = createPrismaClient(url, { statementTimeoutMs: poolSettings().FAULTLINE_STATEMENT_TIMEOUT_MS });
  }
  return globalForPrisma.prisma;
}

/**
 * The one Prisma client of the app, created on first use from DATABASE_URL (set by `npm start`
 * for the embedded PostgreSQL, or by the user), so importing it — during `next build`, say —
 * connects to nothing. Its statements time out after FAULTLINE_STATEMENT_TIMEOUT_MS (default 5 s).
 */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** Readers' statement timeout: a query running longer is cancelled by PostgreSQL itself. */
export const READER_STATEMENT_TIMEOUT_MS = 5_000;

/**
 * A Prisma client on its own pg pool. `statementTimeoutMs` (0 = none) is set on every connection,
 * so a runaway query (or one whose client has gone away) is stopped by the server instead of
 * keeping a connection busy; long writes raise it for their transaction (`SET LOCAL`).
 */
export function createPrismaClient(connectionString: string, { statementTimeoutMs = 0 }: { statementTimeoutMs?: number } = {}): PrismaClient {
  const timeouts = statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs, idle_in_transaction_session_timeout: 60_000 } : {};
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10, ...timeouts }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function statementTimeout(): number {
  const value = Number(process.env.FAULTLINE_STATEMENT_TIMEOUT_MS);
  return Number.isFinite(value) && value >= 0 && process.env.FAULTLINE_STATEMENT_TIMEOUT_MS ? value : READER_STATEMENT_TIMEOUT_MS;
}

function client(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set. `npm start` sets it; elsewhere set it to a PostgreSQL URL.");
    globalForPrisma.prisma = createPrismaClient(url, { statementTimeoutMs: statementTimeout() });
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

import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string): PrismaClient {
  // Prisma's default 2 s wait to start a transaction fails on a loaded machine (a first connection alone can take that).
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }), transactionOptions: { maxWait: 10_000 } });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set. `npm start` sets it; elsewhere set it to a PostgreSQL URL.");
    globalForPrisma.prisma = createPrismaClient(url);
  }
  return globalForPrisma.prisma;
}

/**
 * The one Prisma client of the app, created on first use from DATABASE_URL (set by `npm start`
 * for the embedded PostgreSQL, or by the user), so importing it — during `next build`, say —
 * connects to nothing.
 */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * The one Prisma client. DATABASE_URL is set by `npm start` (embedded PostgreSQL) or by the user;
 * the client connects lazily, so importing this during `next build` touches no database.
 */
export const prisma: PrismaClient =
  globalForPrisma.prisma ?? createPrismaClient(process.env.DATABASE_URL ?? "postgresql://unset");

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

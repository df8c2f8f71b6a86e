import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient } from "@/lib/db/client";

export type TestDatabase = { url: string; name: string; prisma: ReturnType<typeof createPrismaClient>; drop(): Promise<void> };

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("adminUrl") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the test server; migrated unless `migrated: false`. */
export async function createTestDatabase({ migrated = true } = {}): Promise<TestDatabase> {
  const name = `faultline_test_${randomBytes(5).toString("hex")}`;
  await admin((c) => c.query(migrated ? `CREATE DATABASE ${name} TEMPLATE ${inject("templateDatabase")}` : `CREATE DATABASE ${name}`));
  const url = withDatabase(inject("adminUrl"), name);
  const prisma = createPrismaClient(url);
  return {
    url,
    name,
    prisma,
    async drop() {
      await prisma.$disconnect();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

import type { SessionUser } from "@/lib/auth/permissions";
import { createTestDatabase, type TestDatabase } from "./database";

/**
 * A fresh test database that the app's own Prisma client (lib/db/client.ts, created lazily from
 * DATABASE_URL) talks to, so services are tested exactly as the app runs them.
 */
export async function useAppDatabase(): Promise<TestDatabase> {
  const db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  const g = globalThis as { prisma?: { $disconnect(): Promise<void> } };
  await g.prisma?.$disconnect();
  g.prisma = undefined;
  return db;
}

export async function createUsers(db: TestDatabase) {
  const make = async (role: "reader" | "editor" | "admin"): Promise<SessionUser> => {
    const u = await db.prisma.user.create({ data: { email: `${role}-${Math.random().toString(36).slice(2)}@example.com`, name: `Test ${role}`, role } });
    return { id: u.id, email: u.email, name: u.name, role };
  };
  return { reader: await make("reader"), editor: await make("editor"), otherEditor: await make("editor"), admin: await make("admin") };
}

/** Row counts of every table, to prove that something changed nothing. */
export async function tableCounts(db: TestDatabase): Promise<Record<string, number>> {
  const tables = await db.prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const counts: Record<string, number> = {};
  for (const { tablename } of tables) {
    const [{ n }] = await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${tablename}"`);
    counts[tablename] = Number(n);
  }
  return counts;
}

/** A checksum of every row's content, so an update that keeps counts is caught too. */
export async function tableDigest(db: TestDatabase): Promise<Record<string, string>> {
  const tables = await db.prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const digest: Record<string, string> = {};
  for (const { tablename } of tables) {
    const [{ d }] = await db.prisma.$queryRawUnsafe<{ d: string | null }[]>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS d FROM "${tablename}" t`,
    );
    digest[tablename] = d ?? "empty";
  }
  return digest;
}

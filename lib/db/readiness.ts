import "server-only";
import path from "node:path";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "./availability";
import { prisma } from "./client";
import { readMigrations } from "./migrate";

export type Readiness =
  | { status: "ready"; migrations: number }
  | { status: "unavailable"; reason: "database_unreachable" | "migrations_pending"; pending?: string[]; retryAfterSeconds: number };

/** Whether this instance can serve: the database answers and has every committed migration. */
export async function readiness(): Promise<Readiness> {
  // `next start` runs from the checkout, where the committed migrations live.
  const expected = readMigrations(path.join(process.cwd(), "prisma", "migrations")).map((m) => m.name);
  let applied: Set<string>;
  try {
    const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = new Set(rows.map((row) => row.migration_name));
  } catch (err) {
    if (isDatabaseUnavailable(err)) return { status: "unavailable", reason: "database_unreachable", retryAfterSeconds: RETRY_AFTER_SECONDS };
    applied = new Set(); // no migrations table yet: nothing applied
  }
  const pending = expected.filter((name) => !applied.has(name));
  if (pending.length) return { status: "unavailable", reason: "migrations_pending", pending, retryAfterSeconds: RETRY_AFTER_SECONDS };
  return { status: "ready", migrations: expected.length };
}

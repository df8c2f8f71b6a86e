import "server-only";
import fs from "node:fs";
import path from "node:path";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "./availability";
import { prisma } from "./client";

export type Readiness =
  | { status: "ready"; migrations: number }
  | { status: "unavailable"; reason: "database_unreachable" | "migrations_pending"; pending?: string[]; retryAfterSeconds: number };

/** The committed migrations (`next start` runs from the checkout, where they live). */
function committedMigrations(): string[] {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Whether this instance can serve: the database answers and has every committed migration. */
export async function readiness(): Promise<Readiness> {
  let applied: Set<string>;
  try {
    const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = new Set(rows.map((row) => row.migration_name));
  } catch (err) {
    if (isDatabaseUnavailable(err)) return { status: "unavailable", reason: "database_unreachable", retryAfterSeconds: RETRY_AFTER_SECONDS };
    applied = new Set(); // no migrations table yet: nothing applied
  }
  const expected = committedMigrations();
  const pending = expected.filter((name) => !applied.has(name));
  if (pending.length) return { status: "unavailable", reason: "migrations_pending", pending, retryAfterSeconds: RETRY_AFTER_SECONDS };
  return { status: "ready", migrations: expected.length };
}

import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

/**
 * Ids of the rows whose generated `search` tsvector matches the reader's words, read with
 * `websearch_to_tsquery('english', …)` ("quoted phrases", -exclusions, or). The words are always
 * a bound parameter; the table name comes from this fixed list, never from input.
 */
export async function fullTextIds(db: Db, table: "Article" | "Statement" | "Event", words: string): Promise<string[]> {
  const query = {
    Article: Prisma.sql`SELECT id FROM "Article" WHERE search @@ websearch_to_tsquery('english', ${words})`,
    Statement: Prisma.sql`SELECT id FROM "Statement" WHERE search @@ websearch_to_tsquery('english', ${words})`,
    Event: Prisma.sql`SELECT id FROM "Event" WHERE search @@ websearch_to_tsquery('english', ${words})`,
  }[table];
  const rows = await db.$queryRaw<{ id: string }[]>(query);
  return rows.map((r) => r.id);
}

/** A UTC midnight Date from a validated "YYYY-MM-DD". */
export function utcDay(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

/** Rows capped for exports. */
export const EXPORT_LIMIT = 10_000;

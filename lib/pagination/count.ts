import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Beyond this many matches a filtered list says "more than 1,000" instead of counting them all. At a
 * million statements a common word matches tens of thousands: counting 10,000 of them took 0.1–0.8 s.
 */
export const COUNT_CAP = 1_000;

export type Total = { total: number; totalCapped: boolean };

/**
 * How many rows a filtered query matches, counting at most `cap` + 1 of them: bounded work whatever
 * the table's size. `sql` is a complete `SELECT 1 FROM … WHERE …` (no ORDER BY).
 */
export async function cappedCount(db: PrismaClient, sql: Prisma.Sql, cap = COUNT_CAP): Promise<Total> {
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (${sql} LIMIT ${cap + 1}) matches`;
  return n > cap ? { total: cap, totalCapped: true } : { total: n, totalCapped: false };
}

/** A maintained total (ReaderStat) by key; 0 when absent. */
export async function readerStat(db: PrismaClient, key: string): Promise<number> {
  const row = await db.readerStat.findUnique({ where: { key } });
  return row?.n ?? 0;
}

/**
 * Keeps an EXISTS a probe per outer row that stops at the first match (OFFSET 0 bars the planner from
 * turning it into a semi-join over the whole inner table: 500,000 statement topics, 100,000 articles).
 */
export const PROBE = Prisma.sql`OFFSET 0`;

import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { roughly, type SearchTotal } from "@/lib/search/total";

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

/** A word in no text: what the planner guesses for words missing from its statistics. */
const NO_SUCH_WORD = "qzxjvqzxjv";

/** A `SELECT 1 FROM … WHERE …` whose only value is the words (an SQL text), as searchTotal counts it. */
export type WordsMatch = (words: Prisma.Sql) => Prisma.Sql;

/**
 * The row of `matches(q)`'s total for searchTotals (see searchTotal): the planner's estimate, and an exact
 * count up to cap + 1 (the GIN index's bitmap) unless the estimate is above both the cap and the planner's
 * guess for a word it has no statistics for.
 */
function totalSql(matches: WordsMatch, q: string, cap: number): Prisma.Sql {
  const template = matches(Prisma.raw("$1"));
  if (template.values.length) throw new Error("searchTotal: the words must be the query's only value");
  return Prisma.sql`(
    SELECT e.rows::float8 AS estimate,
      CASE WHEN e.rows > ${cap} AND e.rows > e.unknown THEN NULL ELSE (SELECT count(*)::int FROM (${matches(Prisma.sql`${q}`)} LIMIT ${cap + 1}) m) END AS n
    FROM (SELECT faultline_row_estimate(${template.sql}, ${q}) AS rows, faultline_row_estimate(${template.sql}, ${NO_SUCH_WORD}) AS unknown) e)`;
}

function totalOf({ n, estimate }: { n: number | null; estimate: number }, cap: number): SearchTotal {
  if (n === null) return { total: roughly(estimate), totalCapped: false, totalKind: "estimate" };
  return n > cap ? { total: cap, totalCapped: true, totalKind: "atLeast" } : { total: n, totalCapped: false, totalKind: "exact" };
}

/**
 * How many rows each of `matches` finds for the same words, in one statement (see searchTotal): /search's
 * three kinds were three statements, each its own round trip, parse and plan.
 */
export async function searchTotals(db: PrismaClient, matches: WordsMatch[], q: string, cap = COUNT_CAP): Promise<SearchTotal[]> {
  const [row] = await db.$queryRaw<{ totals: { n: number | null; estimate: number }[] }[]>`
    SELECT json_build_array(${Prisma.join(matches.map((m) => Prisma.sql`(SELECT to_json(t) FROM ${totalSql(m, q, cap)} t)`))}) AS totals`;
  return row.totals.map((t) => totalOf(t, cap));
}

/**
 * How many rows `matches(words)` (a `SELECT 1 FROM … WHERE …` whose only value is the words) finds, in
 * one statement: when the planner expects more than `cap`, its estimate (no row read: counting even
 * 1,000 of 87,000 articles read 1,000 tsvectors, 40–90 ms); else an exact count that stops at cap + 1
 * (the GIN index's bitmap, at most cap + 1 rows). An estimate is trusted only above the planner's guess
 * for words it has no statistics for (NO_SUCH_WORD's): at a million statements that guess is 5,000 for
 * any uncommon word, which would label a word used twice "about 5,000".
 */
export async function searchTotal(db: PrismaClient, matches: WordsMatch, q: string, cap = COUNT_CAP): Promise<SearchTotal> {
  const [row] = await db.$queryRaw<{ n: number | null; estimate: number }[]>`SELECT t.estimate, t.n FROM ${totalSql(matches, q, cap)} t`;
  return totalOf(row, cap);
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

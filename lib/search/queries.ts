import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision, EventType } from "@/lib/generated/prisma/enums";
import { actorWhere, findActorRows } from "@/lib/actors/queries";
import { articlesById } from "@/lib/articles/queries";
import { statementsById } from "@/lib/statements/queries";
import { visibleArticleSql, visibleRowSql } from "@/lib/visibility";
import type { Db } from "./full-text";
import { roughly, type SearchTotal } from "./total";

export type { SearchTotal } from "./total";

export type EventHit = {
  id: string;
  title: string;
  type: EventType;
  startDate: Date | null;
  endDate: Date | null;
  datePrecision: DatePrecision;
  place: string | null;
  verified: boolean;
};

/**
 * How many of the newest matches of each kind are ranked: a very common word ("ukraine") matches
 * most rows, and ranking them all would cost a read of every match (each a tsvector). The best of
 * the newest RANK_WINDOW are shown first. At 1,000,000 statements a window of 1,000 cost 110 ms per
 * kind; 200 keeps each query near a tenth of that.
 */
export const RANK_WINDOW = 200;
/** Matches counted exactly up to this many; beyond, the planner's estimate ("about 87,000"). */
export const SEARCH_COUNT_CAP = 1000;

/**
 * How many rows `matches(words)` (a `SELECT 1 FROM … WHERE …` whose only value is the words) finds, in
 * one statement: when the planner expects more than `cap`, its estimate (no row read: counting even
 * 1,000 of 87,000 articles read 1,000 tsvectors, 40–90 ms); else an exact count that stops at cap + 1
 * (the GIN index's bitmap, at most cap + 1 rows).
 */
export async function searchTotal(db: Db, matches: (words: Prisma.Sql) => Prisma.Sql, q: string, cap = SEARCH_COUNT_CAP): Promise<SearchTotal> {
  const template = matches(Prisma.raw("$1"));
  if (template.values.length) throw new Error("searchTotal: the words must be the query's only value");
  const [{ n, estimate }] = await db.$queryRaw<{ n: number | null; estimate: number }[]>`
    WITH e AS (SELECT faultline_row_estimate(${template.sql}, ${q}) AS rows)
    SELECT e.rows::float8 AS estimate,
      CASE WHEN e.rows > ${cap} THEN NULL ELSE (SELECT count(*)::int FROM (${matches(Prisma.sql`${q}`)} LIMIT ${cap + 1}) m) END AS n
    FROM e`;
  if (n === null) return { total: roughly(estimate), totalCapped: false, totalKind: "estimate" };
  return n > cap ? { total: cap, totalCapped: true, totalKind: "atLeast" } : { total: n, totalCapped: false, totalKind: "exact" };
}

/** Fewer hits than asked for are all the matches: an estimate becomes exact. */
function settled<T>(total: SearchTotal, items: T[], take: number): SearchTotal & { items: T[] } {
  return items.length < take ? { total: items.length, totalCapped: false, totalKind: "exact", items } : { ...total, items };
}

/**
 * Everything matching the reader's words: articles, statements and events by PostgreSQL full-text
 * search (websearch_to_tsquery; best ts_rank among the newest RANK_WINDOW matches first), actors by
 * name or alias. Matches are joined in SQL (no id lists travel as parameters), each kind is limited,
 * and each group carries the number of its matches (exact, "1,000+" or "about N": SearchTotal).
 */
export async function searchEverything(q: string, { take = 5 } = {}, db: Db = prisma) {
  const query = Prisma.sql`websearch_to_tsquery('english', ${q})`;
  const actorW = actorWhere({ q, kind: [] });
  const [articleIds, statementIds, events, articleTotal, statementTotal, eventTotal, actorTotal, actorRows] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM (
        SELECT a.id, a.search, a."publishedOn" FROM "Article" a
        WHERE a.search @@ ${query} AND ${visibleArticleSql("a")}
        ORDER BY a."publishedOn" DESC, a.id DESC LIMIT ${RANK_WINDOW}) c
      ORDER BY ts_rank(c.search, ${query}) DESC, c."publishedOn" DESC, c.id LIMIT ${take}`,
    db.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM (
        SELECT s.id, s.search, s."sortOn" FROM "Statement" s
        WHERE s.search @@ ${query} AND ${visibleRowSql("s")}
        ORDER BY s."sortOn" DESC, s.id DESC LIMIT ${RANK_WINDOW}) c
      ORDER BY ts_rank(c.search, ${query}) DESC, c."sortOn" DESC, c.id LIMIT ${take}`,
    db.$queryRaw<EventHit[]>`
      SELECT c.id, c.title, c.type, c."startDate", c."endDate", c."datePrecision", c.place, c.verified FROM (
        SELECT e.id, e.title, e.type, e."startDate", e."endDate", e."datePrecision", e.place, e.verified, e.search, e."sortOn" FROM "Event" e
        WHERE e.search @@ ${query} AND ${visibleRowSql("e")}
        ORDER BY e."sortOn" DESC, e.id DESC LIMIT ${RANK_WINDOW}) c
      ORDER BY ts_rank(c.search, ${query}) DESC, c."sortOn" DESC, c.id LIMIT ${take}`,
    searchTotal(db, (w) => Prisma.sql`SELECT 1 FROM "Article" a WHERE a.search @@ websearch_to_tsquery('english', ${w}) AND ${visibleArticleSql("a")}`, q),
    searchTotal(db, (w) => Prisma.sql`SELECT 1 FROM "Statement" s WHERE s.search @@ websearch_to_tsquery('english', ${w}) AND ${visibleRowSql("s")}`, q),
    searchTotal(db, (w) => Prisma.sql`SELECT 1 FROM "Event" e WHERE e.search @@ websearch_to_tsquery('english', ${w}) AND ${visibleRowSql("e")}`, q),
    db.actor.count({ where: actorW }),
    findActorRows({ where: actorW, orderBy: [{ name: "asc" }, { id: "asc" }], take: 100 }, db),
  ]);

  const [articles, statements] = await Promise.all([
    articlesById(articleIds.map((r) => r.id), db),
    statementsById(statementIds.map((r) => r.id), db),
  ]);

  // Actors: an exact name or alias first, then the most talked about.
  const needle = q.toLowerCase();
  const exact = (a: (typeof actorRows)[number]) =>
    a.name.toLowerCase() === needle || a.aliases.some((x) => x.alias.toLowerCase() === needle) ? 0 : 1;
  const actors = [...actorRows]
    .sort((a, b) => exact(a) - exact(b) || b._count.mentions + b._count.statements - (a._count.mentions + a._count.statements) || a.name.localeCompare(b.name))
    .slice(0, take);

  return {
    q,
    articles: settled(articleTotal, articles, take),
    statements: settled(statementTotal, statements, take),
    actors: { total: actorTotal, totalCapped: false, totalKind: "exact" as SearchTotal["totalKind"], items: actors },
    events: settled(eventTotal, events, take),
  };
}

export type SearchResults = Awaited<ReturnType<typeof searchEverything>>;

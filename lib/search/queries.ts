import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision, EventType } from "@/lib/generated/prisma/enums";
import { actorRowsByName, actorsNamedSql } from "@/lib/actors/queries";
import { articlesById } from "@/lib/articles/queries";
import { statementsById, visibleStatementsMatching } from "@/lib/statements/queries";
import { searchTotals } from "@/lib/pagination/count";
import { listedActorSql, visibleArticleSql, visibleRowSql } from "@/lib/visibility";
import type { Db } from "./full-text";
import type { SearchTotal } from "./total";

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

/** Fewer hits than asked for are all the matches: an estimate becomes exact. */
function settled<T>(total: SearchTotal, items: T[], take: number): SearchTotal & { items: T[] } {
  return items.length < take ? { total: items.length, totalCapped: false, totalKind: "exact", items } : { ...total, items };
}

/**
 * Up to this many matches the newest are sorted from the GIN index's matches, beyond by walking the
 * (sort, id) index: the walk tests about RANK_WINDOW × rows / matches rows, the sort reads every match,
 * even at about √(RANK_WINDOW × rows) (100,000 articles, 1,000,000 statements, 200,000 events).
 */
export const FEW_MATCHES = { Article: 4_500, Statement: 14_000, Event: 6_300 } as const;

/**
 * The newest RANK_WINDOW matches of one kind (`table` under its first letter as alias, `columns` of it).
 * Many matches: walk the kind's (sort, id) index testing each row, which meets 200 matches early. Few:
 * take every match from the GIN index (OFFSET 0 keeps the planner from turning that into the walk) and
 * sort them; walking for a word used a few times, or never, tested all million statements (1.2 s).
 */
function newestMatches(table: "Article" | "Statement" | "Event", sort: string, columns: string, visible: Prisma.Sql, query: Prisma.Sql, total: SearchTotal): Prisma.Sql {
  const a = table[0].toLowerCase();
  const from = Prisma.raw(`"${table}" ${a}`);
  const key = Prisma.raw(`${a}."${sort}" DESC, ${a}.id DESC`);
  const match = Prisma.sql`${Prisma.raw(a)}.search @@ ${query} AND ${visible}`;
  if (total.totalKind === "estimate" && total.total > FEW_MATCHES[table]) {
    return Prisma.sql`SELECT ${Prisma.raw(columns)} FROM ${from} WHERE ${match} ORDER BY ${key} LIMIT ${RANK_WINDOW}`;
  }
  return Prisma.sql`SELECT ${Prisma.raw(columns)} FROM ${from} WHERE ${Prisma.raw(a)}.id IN (
    SELECT ${Prisma.raw(a)}.id FROM (SELECT ${Prisma.raw(`${a}.id, ${a}."${sort}"`)} FROM ${from} WHERE ${match} OFFSET 0) ${Prisma.raw(a)}
    ORDER BY ${key} LIMIT ${RANK_WINDOW})`;
}

/** Listed (named) actors whose name or one of whose aliases contains the words (as the directory's filter), the first `take` by name, and how many match. */
async function matchingActors(q: string, take: number, db: Db) {
  const rows = await db.$queryRaw<{ id: string; total: number }[]>`
    SELECT a.id, count(*) OVER ()::int AS total FROM (${actorsNamedSql(q)}) m
    JOIN "Actor" a ON a.id = m.id WHERE ${listedActorSql("a")}
    ORDER BY a.name, a.id LIMIT ${take}`;
  const actors = await actorRowsByName(rows.map((r) => r.id), db);
  return { total: rows[0]?.total ?? 0, actors };
}

/**
 * Everything matching the reader's words: articles, statements and events by PostgreSQL full-text
 * search (websearch_to_tsquery; best ts_rank among the newest RANK_WINDOW matches first), actors by
 * name or alias. Matches are joined in SQL (no id lists travel as parameters), each kind is limited,
 * and each group carries the number of its matches (exact, "1,000+" or "about N": SearchTotal).
 */
export async function searchEverything(q: string, { take = 5 } = {}, db: Db = prisma) {
  const query = Prisma.sql`websearch_to_tsquery('english', ${q})`;
  // Totals first: how many match decides how the newest matches are found (newestMatches).
  const [[articleTotal, statementTotal, eventTotal], { total: actorTotal, actors: actorRows }] = await Promise.all([
    searchTotals(db, [
      (w) => Prisma.sql`SELECT 1 FROM "Article" a WHERE a.search @@ websearch_to_tsquery('english', ${w}) AND ${visibleArticleSql("a")}`,
      visibleStatementsMatching,
      (w) => Prisma.sql`SELECT 1 FROM "Event" e WHERE e.search @@ websearch_to_tsquery('english', ${w}) AND ${visibleRowSql("e")}`,
    ], q),
    matchingActors(q, 100, db),
  ]);
  const [articleIds, statementIds, events] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM (${newestMatches("Article", "publishedOn", 'a.id, a.search, a."publishedOn"', visibleArticleSql("a"), query, articleTotal)}) c
      ORDER BY ts_rank(c.search, ${query}) DESC, c."publishedOn" DESC, c.id LIMIT ${take}`,
    db.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM (${newestMatches("Statement", "sortOn", 's.id, s.search, s."sortOn"', visibleRowSql("s"), query, statementTotal)}) c
      ORDER BY ts_rank(c.search, ${query}) DESC, c."sortOn" DESC, c.id LIMIT ${take}`,
    db.$queryRaw<EventHit[]>`
      SELECT c.id, c.title, c.type, c."startDate", c."endDate", c."datePrecision", c.place, c.verified FROM (
        ${newestMatches("Event", "sortOn", 'e.id, e.title, e.type, e."startDate", e."endDate", e."datePrecision", e.place, e.verified, e.search, e."sortOn"', visibleRowSql("e"), query, eventTotal)}) c
      ORDER BY ts_rank(c.search, ${query}) DESC, c."sortOn" DESC, c.id LIMIT ${take}`,
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

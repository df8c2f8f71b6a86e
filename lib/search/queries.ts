import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { VISIBLE_EVENT_SQL } from "@/lib/visibility";
import type { DatePrecision, EventType } from "@/lib/generated/prisma/enums";
import { actorListSelect, actorWhere } from "@/lib/actors/queries";
import { articleListSelect, articleWhere } from "@/lib/articles/queries";
import { statementSelect, statementWhere } from "@/lib/statements/queries";
import type { Db } from "./full-text";

const noStatementFilters = { speaker: [], topic: [], from: undefined, to: undefined, direct: undefined, article: undefined };
const noArticleFilters = { publication: [], actor: [], topic: [], from: undefined, to: undefined };

function inOrder<T extends { id: string }>(rows: T[], ids: string[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
}

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
 * Everything matching the reader's words: articles, statements and events by PostgreSQL full-text
 * search (websearch_to_tsquery, best ts_rank first), actors by name or alias. Each group carries the
 * number of all its matches, counted with the same `where` as the list its "see all" link opens.
 */
export async function searchEverything(q: string, { take = 5 } = {}, db: Db = prisma) {
  const [articleW, statementW] = await Promise.all([
    articleWhere({ ...noArticleFilters, q }, db),
    statementWhere({ ...noStatementFilters, q }, db),
  ]);
  const actorW = actorWhere({ q, kind: [] });

  const [articleRank, statementRank, eventRank, articleTotal, statementTotal, eventTotal, actorTotal, actorRows] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT a.id FROM "Article" a, websearch_to_tsquery('english', ${q}) query
      WHERE a.search @@ query AND a.status = 'published' AND a."deletedAt" IS NULL
      ORDER BY ts_rank(a.search, query) DESC, a."publishedOn" DESC, a.id LIMIT ${take}`,
    db.$queryRaw<{ id: string }[]>`
      SELECT s.id FROM "Statement" s JOIN "Article" a ON a.id = s."articleId", websearch_to_tsquery('english', ${q}) query
      WHERE s.search @@ query AND s."deletedAt" IS NULL AND a.status = 'published' AND a."deletedAt" IS NULL
        AND EXISTS (SELECT 1 FROM "Actor" sp WHERE sp.id = s."speakerId" AND sp."deletedAt" IS NULL)
      ORDER BY ts_rank(s.search, query) DESC, s."saidOn" DESC NULLS LAST, s.id LIMIT ${take}`,
    db.$queryRaw<EventHit[]>`
      SELECT e.id, e.title, e.type, e."startDate", e."endDate", e."datePrecision", e.place, e.verified
      FROM "Event" e, websearch_to_tsquery('english', ${q}) query
      WHERE e.search @@ query AND ${Prisma.raw(VISIBLE_EVENT_SQL)}
      ORDER BY ts_rank(e.search, query) DESC, e."startDate" DESC NULLS LAST, e.id LIMIT ${take}`,
    db.article.count({ where: articleW }),
    db.statement.count({ where: statementW }),
    db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Event" e
      WHERE e.search @@ websearch_to_tsquery('english', ${q}) AND ${Prisma.raw(VISIBLE_EVENT_SQL)}`,
    db.actor.count({ where: actorW }),
    db.actor.findMany({ where: actorW, orderBy: [{ name: "asc" }, { id: "asc" }], take: 100, select: actorListSelect }),
  ]);

  const [articles, statements] = await Promise.all([
    db.article.findMany({ where: { id: { in: articleRank.map((r) => r.id) } }, select: articleListSelect }),
    db.statement.findMany({ where: { id: { in: statementRank.map((r) => r.id) } }, select: statementSelect }),
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
    articles: { total: articleTotal, items: inOrder(articles, articleRank.map((r) => r.id)) },
    statements: { total: statementTotal, items: inOrder(statements, statementRank.map((r) => r.id)) },
    actors: { total: actorTotal, items: actors },
    events: { total: eventTotal[0]?.n ?? 0, items: eventRank },
  };
}

export type SearchResults = Awaited<ReturnType<typeof searchEverything>>;

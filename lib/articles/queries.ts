import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { cursorIn, pageOf, type Cursor } from "@/lib/pagination/cursor";
import { cappedCount, readerStat } from "@/lib/pagination/count";
import { EXPORT_LIMIT, type Db } from "@/lib/search/full-text";
import { listedActorSql, liveActor, liveActorSql, visibleActor, visibleActorSql, visibleArticle, visibleArticleSql, visibleEvent, visibleRowSql, visibleStatement } from "@/lib/visibility";
import { byName } from "@/lib/text/collate";
import { articleCursor, type ArticleFilters } from "./filters";

const HOME_KEYS = ["articles", "actors", "statements", "events"] as const;

/** The overview: the maintained totals and the ten latest articles (a fixed handful of queries). */
export async function getHomeSummary(db: Db = prisma) {
  const [stats, latest] = await Promise.all([
    db.readerStat.findMany({ where: { key: { in: [...HOME_KEYS] } } }),
    db.article.findMany({
      where: visibleArticle,
      orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
      take: 10,
      select: {
        id: true,
        slug: true,
        title: true,
        standfirst: true,
        publishedOn: true,
        authors: true,
        publication: { select: { name: true } },
      },
    }),
  ]);
  const counts = await articleCounts(latest.map((a) => a.id), db);
  const n = (key: (typeof HOME_KEYS)[number]) => stats.find((s) => s.key === key)?.n ?? 0;
  return {
    counts: { articles: n("articles"), actors: n("actors"), statements: n("statements"), events: n("events") },
    latest: latest.map((a) => ({ ...a, _count: counts.get(a.id) ?? { statements: 0, events: 0, mentions: 0 } })),
  };
}

/** One published article with its statements, events and actors; read once per request (page and metadata share it). */
export const getArticle = cache(async (slug: string, db: Db = prisma) => {
  return db.article.findFirst({
    where: { slug, ...visibleArticle },
    include: {
      publication: true,
      topics: { include: { topic: true } },
      statements: {
        where: visibleStatement,
        orderBy: [{ part: "asc" }, { spanStart: "asc" }],
        include: { speaker: { select: { slug: true, name: true, verified: true } } },
      },
      events: {
        where: { event: visibleEvent },
        orderBy: { spanStart: "asc" },
        include: {
          event: {
            include: { actors: { where: { actor: liveActor }, include: { actor: { select: { slug: true, name: true } } } } },
          },
        },
      },
      mentions: {
        where: { actor: visibleActor },
        orderBy: [{ count: "desc" }],
        include: { actor: { select: { slug: true, name: true, kind: true, role: true, verified: true, unnamed: true } } },
      },
    },
  });
});

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticle>>>;

/** The one WHERE for /articles over "Article" a: list, count and export. */
export function articleConditions(f: Omit<ArticleFilters, "cursor">): Prisma.Sql {
  const and: Prisma.Sql[] = [visibleArticleSql("a")];
  if (f.publication.length) and.push(Prisma.sql`a."publicationId" IN (SELECT id FROM "Publication" WHERE slug IN (${Prisma.join(f.publication)}))`);
  if (f.from) and.push(Prisma.sql`a."publishedOn" >= ${f.from}::date`);
  if (f.to) and.push(Prisma.sql`a."publishedOn" <= ${f.to}::date`);
  if (f.actor.length) {
    // Live actors named, and those merged into them; a deleted actor names nobody.
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "ActorMention" m JOIN "Actor" ac ON ac.id = m."actorId"
      LEFT JOIN "Actor" target ON target.id = ac."mergedIntoId"
      WHERE m."articleId" = a.id AND ((ac.slug IN (${Prisma.join(f.actor)}) AND ${liveActorSql("ac")}) OR (target.slug IN (${Prisma.join(f.actor)}) AND ${liveActorSql("target")})))`);
  }
  if (f.topic.length) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleTopic" at JOIN "Topic" t ON t.id = at."topicId" WHERE at."articleId" = a.id AND t.slug IN (${Prisma.join(f.topic)}))`);
  }
  if (f.q) and.push(Prisma.sql`a.search @@ websearch_to_tsquery('english', ${f.q})`);
  return Prisma.join(and, " AND ");
}

export const articleListSelect = {
  id: true,
  slug: true,
  title: true,
  standfirst: true,
  publishedOn: true,
  authors: true,
  sourceUrl: true,
  publication: { select: { slug: true, name: true } },
  topics: { select: { topic: { select: { slug: true, name: true } } } },
} satisfies Prisma.ArticleSelect;

type ArticleCounts = { statements: number; events: number; mentions: number };
export type ArticleListRow = Prisma.ArticleGetPayload<{ select: typeof articleListSelect }> & { _count: ArticleCounts };

/**
 * Visible statements, live events and live actors of just these articles, in one query. (Prisma's
 * relation `_count` joins a count grouped over the whole related table: seconds at a million rows.)
 */
export async function articleCounts(ids: string[], db: Db = prisma): Promise<Map<string, ArticleCounts>> {
  if (!ids.length) return new Map();
  const rows = await db.$queryRaw<({ id: string } & ArticleCounts)[]>`
    SELECT a.id,
      (SELECT count(*) FROM "Statement" s WHERE s."articleId" = a.id AND ${visibleRowSql("s")})::int AS statements,
      (SELECT count(*) FROM "EventArticle" ea JOIN "Event" e ON e.id = ea."eventId" WHERE ea."articleId" = a.id AND ${visibleRowSql("e")})::int AS events,
      (SELECT count(*) FROM "ActorMention" m JOIN "Actor" ac ON ac.id = m."actorId"
        WHERE m."articleId" = a.id AND ${visibleActorSql("ac")})::int AS mentions
    FROM "Article" a WHERE a.id IN (${Prisma.join(ids)})`;
  return new Map(rows.map(({ id, ...counts }) => [id, counts]));
}

/** The rows for these ids, in the ids' order. */
export async function articlesById(ids: string[], db: Db = prisma): Promise<ArticleListRow[]> {
  if (!ids.length) return [];
  const [rows, counts] = await Promise.all([db.article.findMany({ where: { id: { in: ids } }, select: articleListSelect }), articleCounts(ids, db)]);
  const byId = new Map(rows.map((r) => [r.id, { ...r, _count: counts.get(r.id) ?? { statements: 0, events: 0, mentions: 0 } }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Keyset after (publishedOn, id), newest first. */
function articleAfter(cursor: Cursor | null): Prisma.Sql {
  if (!cursor) return Prisma.empty;
  return Prisma.sql`AND (a."publishedOn", a.id) < (${cursor.key}::date, ${cursor.id})`;
}

/** One page of ids after `cursor` (one articleCursor lets through, or the last row of a batch). */
async function articlePageIds(where: Prisma.Sql, cursor: Cursor | null, take: number, db: Db) {
  return db.$queryRaw<{ id: string; day: string }[]>`
    SELECT a.id, to_char(a."publishedOn", 'YYYY-MM-DD') AS day FROM "Article" a
    WHERE ${where} ${articleAfter(cursor)}
    ORDER BY a."publishedOn" DESC, a.id DESC LIMIT ${take}`;
}

function unfiltered(f: ArticleFilters) {
  return !f.publication.length && !f.from && !f.to && !f.actor.length && !f.topic.length && !f.q;
}

export const ARTICLES_PER_PAGE = 20;

/** One page of published articles, newest first (keyset), with the number that match (`totalCapped` beyond COUNT_CAP). */
export async function listArticles(filters: ArticleFilters, { take = ARTICLES_PER_PAGE } = {}, db: Db = prisma) {
  const where = articleConditions(filters);
  const cursor = cursorIn(articleCursor, filters);
  const [ids, count] = await Promise.all([
    articlePageIds(where, cursor, take + 1, db),
    unfiltered(filters)
      ? readerStat(db, "articles").then((total) => ({ total, totalCapped: false }))
      : cappedCount(db, Prisma.sql`SELECT 1 FROM "Article" a WHERE ${where}`),
  ]);
  const page = pageOf(ids, take, (r) => r.day);
  return { items: await articlesById(page.items.map((r) => r.id), db), nextCursor: page.nextCursor, isFirstPage: !cursor, ...count };
}

/** Every matching article (capped) in list order, read batch by batch on the keyset. */
/** Every matching article in list order, batch by batch on the keyset (never the whole set in memory). */
export async function* iterateArticles(filters: ArticleFilters, { batch = 1000, cap = EXPORT_LIMIT } = {}, db: Db = prisma): AsyncGenerator<ArticleListRow[]> {
  const where = articleConditions(filters);
  let cursor: Cursor | null = null;
  for (let sent = 0; sent < cap; ) {
    const ids = await articlePageIds(where, cursor, Math.min(batch, cap - sent), db);
    if (!ids.length) return;
    sent += ids.length;
    yield await articlesById(ids.map((r) => r.id), db);
    const last = ids[ids.length - 1];
    cursor = { key: last.day, id: last.id };
  }
}

export async function exportArticles(filters: ArticleFilters, db: Db = prisma): Promise<ArticleListRow[]> {
  const rows: ArticleListRow[] = [];
  for await (const batch of iterateArticles(filters, {}, db)) rows.push(...batch);
  return rows;
}

export function articleRecord(a: ArticleListRow) {
  return {
    slug: a.slug,
    title: a.title,
    standfirst: a.standfirst,
    publication: a.publication?.name ?? null,
    publishedOn: a.publishedOn.toISOString().slice(0, 10),
    authors: a.authors,
    sourceUrl: a.sourceUrl,
    topics: a.topics.map((t) => t.topic.slug),
    statements: a._count.statements,
    events: a._count.events,
    actors: a._count.mentions,
    path: `/articles/${a.slug}`,
  };
}

/** Choices for the article filters: publications and topics in use, the `limit` most mentioned actors plus any chosen. */
export async function articleFilterOptions(db: Db = prisma, { include = [] as string[], limit = 100 } = {}) {
  const named = include.length ? Prisma.sql`OR a.slug IN (${Prisma.join(include)})` : Prisma.empty;
  const [publications, topics, actors] = await Promise.all([
    // One index-only probe per publication and per topic (Article (publicationId, status, deletedAt),
    // ArticleTopic (topicId, articleId)), as a semi-join. Run as a subplan per row (OFFSET 0) the
    // planner chose a sequential scan that stops at the first match: 118 ms for a publication with
    // one article, 278 ms for a topic no published article has, at 100,000 articles.
    db.$queryRaw<{ slug: string; name: string }[]>`
      SELECT p.slug, p.name FROM "Publication" p
      WHERE EXISTS (SELECT 1 FROM "Article" a WHERE a."publicationId" = p.id AND ${visibleArticleSql("a")})`,
    db.$queryRaw<{ slug: string; name: string }[]>`
      SELECT t.slug, t.name FROM "Topic" t
      WHERE EXISTS (SELECT 1 FROM "ArticleTopic" x JOIN "Article" a ON a.id = x."articleId" WHERE x."topicId" = t.id AND ${visibleArticleSql("a")})`,
    db.$queryRaw<{ slug: string; name: string }[]>`
      (SELECT a.slug, a.name FROM "ActorStat" s JOIN "Actor" a ON a.id = s."actorId"
       WHERE s.articles > 0 AND ${listedActorSql("a")} ORDER BY s.articles DESC, a.id LIMIT ${limit})
      UNION
      (SELECT a.slug, a.name FROM "Actor" a WHERE ${visibleActorSql("a")} AND (false ${named}))`,
  ]);
  return { publications: byName(publications), topics: byName(topics), actors: byName(actors) };
}

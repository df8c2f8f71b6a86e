import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cursorDate, decodeCursor, pageOf, type Cursor } from "@/lib/pagination/cursor";
import { EXPORT_LIMIT, fullTextIds, utcDay, type Db } from "@/lib/search/full-text";
import { visibleActor, visibleArticle, visibleEvent, visibleStatement } from "@/lib/visibility";
import type { ArticleFilters } from "./filters";

const live = { deletedAt: null };

export async function getHomeSummary() {
  const [articles, actors, statements, events, latest] = await Promise.all([
    prisma.article.count({ where: visibleArticle }),
    prisma.actor.count({ where: visibleActor }),
    prisma.statement.count({ where: visibleStatement }),
    prisma.event.count({ where: visibleEvent }),
    prisma.article.findMany({
      where: visibleArticle,
      orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
      take: 10,
      select: {
        slug: true,
        title: true,
        standfirst: true,
        publishedOn: true,
        authors: true,
        publication: { select: { name: true } },
        _count: { select: { statements: { where: visibleStatement }, events: { where: { event: { deletedAt: null } } } } },
      },
    }),
  ]);
  return { counts: { articles, actors, statements, events }, latest };
}

export async function getArticle(slug: string) {
  return prisma.article.findFirst({
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
        where: { event: live },
        orderBy: { spanStart: "asc" },
        include: {
          event: {
            include: { actors: { where: { actor: { deletedAt: null } }, include: { actor: { select: { slug: true, name: true } } } } },
          },
        },
      },
      mentions: {
        where: { actor: visibleActor },
        orderBy: [{ count: "desc" }],
        include: { actor: { select: { slug: true, name: true, kind: true, role: true, verified: true } } },
      },
    },
  });
}

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticle>>>;

/** The one `where` for /articles: list, count and export. */
export async function articleWhere(f: Omit<ArticleFilters, "cursor">, db: Db = prisma): Promise<Prisma.ArticleWhereInput> {
  const and: Prisma.ArticleWhereInput[] = [visibleArticle];
  if (f.publication.length) and.push({ publication: { slug: { in: f.publication } } });
  if (f.from) and.push({ publishedOn: { gte: utcDay(f.from) } });
  if (f.to) and.push({ publishedOn: { lte: utcDay(f.to) } });
  if (f.actor.length) {
    and.push({ mentions: { some: { actor: { OR: [{ slug: { in: f.actor } }, { mergedInto: { slug: { in: f.actor } } }] } } } });
  }
  if (f.topic.length) and.push({ topics: { some: { topic: { slug: { in: f.topic } } } } });
  if (f.q) and.push({ id: { in: await fullTextIds(db, "Article", f.q) } });
  return { AND: and };
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
  _count: { select: { statements: { where: visibleStatement }, events: { where: { event: { deletedAt: null } } }, mentions: { where: { actor: visibleActor } } } },
} satisfies Prisma.ArticleSelect;

export type ArticleListRow = Prisma.ArticleGetPayload<{ select: typeof articleListSelect }>;

const articleOrder: Prisma.ArticleOrderByWithRelationInput[] = [{ publishedOn: "desc" }, { id: "desc" }];

function articleAfter(cursor: Cursor | null): Prisma.ArticleWhereInput | null {
  const key = cursor && cursorDate(cursor.key);
  if (!cursor || !key) return null;
  return { OR: [{ publishedOn: { lt: key } }, { publishedOn: key, id: { lt: cursor.id } }] };
}

export const ARTICLES_PER_PAGE = 20;

/** One page of published articles, newest first (keyset), with the number of all that match. */
export async function listArticles(filters: ArticleFilters, { take = ARTICLES_PER_PAGE } = {}, db: Db = prisma) {
  const where = await articleWhere(filters, db);
  const cursor = articleAfter(decodeCursor(filters.cursor));
  const [rows, total] = await Promise.all([
    db.article.findMany({ where: cursor ? { AND: [where, cursor] } : where, orderBy: articleOrder, take: take + 1, select: articleListSelect }),
    db.article.count({ where }),
  ]);
  return { ...pageOf(rows, take, (a) => a.publishedOn.toISOString().slice(0, 10)), total };
}

export async function exportArticles(filters: ArticleFilters, db: Db = prisma): Promise<ArticleListRow[]> {
  const where = await articleWhere(filters, db);
  return db.article.findMany({ where, orderBy: articleOrder, take: EXPORT_LIMIT, select: articleListSelect });
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

/** Option lists read alphabetically whatever the database collation ("bne IntelliNews" among the Bs). */
export function byName<T extends { name: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
}

/** Choices for the article filters. */
export async function articleFilterOptions(db: Db = prisma) {
  const published = { ...live, status: "published" } as const;
  const [publications, topics, actors] = await Promise.all([
    db.publication.findMany({ where: { articles: { some: published } }, orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.topic.findMany({ where: { articles: { some: { article: published } } }, orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.actor.findMany({
      where: { deletedAt: null, mergedIntoId: null, mentions: { some: { article: published } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { slug: true, name: true },
    }),
  ]);
  return { publications: byName(publications), topics: byName(topics), actors: byName(actors) };
}

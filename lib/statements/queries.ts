import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cursorDate, decodeCursor, pageOf, type Cursor } from "@/lib/pagination/cursor";
import { EXPORT_LIMIT, fullTextIds, utcDay, type Db } from "@/lib/search/full-text";
import type { StatementFilters } from "./filters";

export { visibleStatement } from "@/lib/visibility";
import { visibleStatement } from "@/lib/visibility";

/** Actors named by slug, including the actors merged into them. */
export function actorsBySlug(slugs: string[]): Prisma.ActorWhereInput {
  return { OR: [{ slug: { in: slugs } }, { mergedInto: { slug: { in: slugs } } }] };
}

/** The one `where` for /statements: its list, count, export and feeds all use it. */
export async function statementWhere(f: Omit<StatementFilters, "cursor">, db: Db = prisma): Promise<Prisma.StatementWhereInput> {
  const and: Prisma.StatementWhereInput[] = [visibleStatement];
  if (f.speaker.length) and.push({ speaker: actorsBySlug(f.speaker) });
  if (f.from) and.push({ saidOn: { gte: utcDay(f.from) } });
  if (f.to) and.push({ saidOn: { lte: utcDay(f.to) } });
  if (f.direct !== undefined) and.push({ direct: f.direct });
  if (f.topic.length) and.push({ topics: { some: { topic: { slug: { in: f.topic } } } } });
  if (f.article) and.push({ article: { slug: f.article } });
  if (f.q) and.push({ id: { in: await fullTextIds(db, "Statement", f.q) } });
  return { AND: and };
}

export const statementSelect = {
  id: true,
  text: true,
  direct: true,
  saidOn: true,
  saidPrecision: true,
  venue: true,
  part: true,
  verified: true,
  createdAt: true,
  updatedAt: true,
  speaker: { select: { slug: true, name: true, verified: true } },
  addressee: { select: { slug: true, name: true } },
  article: { select: { slug: true, title: true, publishedOn: true } },
  topics: { select: { topic: { select: { slug: true, name: true } } } },
} satisfies Prisma.StatementSelect;

export type StatementRow = Prisma.StatementGetPayload<{ select: typeof statementSelect }>;

// Newest said first; statements of unknown date after the dated ones; id breaks ties.
const order: Prisma.StatementOrderByWithRelationInput[] = [{ saidOn: { sort: "desc", nulls: "last" } }, { id: "desc" }];

function after(cursor: Cursor | null): Prisma.StatementWhereInput | null {
  if (!cursor) return null;
  if (cursor.key === null) return { saidOn: null, id: { lt: cursor.id } };
  const key = cursorDate(cursor.key);
  if (!key) return null;
  return { OR: [{ saidOn: { lt: key } }, { saidOn: key, id: { lt: cursor.id } }, { saidOn: null }] };
}

export const STATEMENTS_PER_PAGE = 20;

/** One page of statements (keyset), with the number of all that match. */
export async function listStatements(filters: StatementFilters, { take = STATEMENTS_PER_PAGE } = {}, db: Db = prisma) {
  const where = await statementWhere(filters, db);
  const cursor = after(decodeCursor(filters.cursor));
  const [rows, total] = await Promise.all([
    db.statement.findMany({ where: cursor ? { AND: [where, cursor] } : where, orderBy: order, take: take + 1, select: statementSelect }),
    db.statement.count({ where }),
  ]);
  return { ...pageOf(rows, take, (s) => s.saidOn?.toISOString() ?? null), total };
}

/** Every matching statement (capped), in list order, for CSV/JSON. */
export async function exportStatements(filters: StatementFilters, db: Db = prisma): Promise<StatementRow[]> {
  const where = await statementWhere(filters, db);
  return db.statement.findMany({ where, orderBy: order, take: EXPORT_LIMIT, select: statementSelect });
}

/** The newest statements added to Faultline (by when they were recorded), for Atom feeds. */
export async function latestStatements(filters: StatementFilters, take = 50, db: Db = prisma): Promise<StatementRow[]> {
  const where = await statementWhere(filters, db);
  return db.statement.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select: statementSelect });
}

/** Choices for the filter form: who has spoken, topics and articles that have statements. */
export async function statementFilterOptions(db: Db = prisma) {
  const [speakers, topics, articles] = await Promise.all([
    db.actor.findMany({
      where: { deletedAt: null, mergedIntoId: null, statements: { some: visibleStatement } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { slug: true, name: true, _count: { select: { statements: { where: visibleStatement } } } },
    }),
    db.topic.findMany({ where: { statements: { some: { statement: visibleStatement } } }, orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.article.findMany({
      where: { deletedAt: null, status: "published", statements: { some: { deletedAt: null } } },
      orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
      take: 200,
      select: { slug: true, title: true },
    }),
  ]);
  const byName = <T extends { name: string }>(rows: T[]) => [...rows].sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
  return { speakers: byName(speakers.map((s) => ({ slug: s.slug, name: s.name, count: s._count.statements }))), topics: byName(topics), articles };
}

/** How a statement is written out in CSV/JSON and feeds. */
export function statementRecord(s: StatementRow) {
  return {
    id: s.id,
    text: s.text,
    direct: s.direct,
    speaker: s.speaker.name,
    speakerSlug: s.speaker.slug,
    addressee: s.addressee?.name ?? null,
    saidOn: s.saidOn ? s.saidOn.toISOString().slice(0, 10) : null,
    saidPrecision: s.saidPrecision,
    venue: s.venue,
    verified: s.verified,
    topics: s.topics.map((t) => t.topic.slug),
    article: s.article.slug,
    articleTitle: s.article.title,
    articlePublishedOn: s.article.publishedOn.toISOString().slice(0, 10),
    sourcePath: `/articles/${s.article.slug}#s-${s.id}`,
  };
}

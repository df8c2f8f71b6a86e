import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { decodeCursor, pageOf, type Cursor } from "@/lib/pagination/cursor";
import { EXPORT_LIMIT, type Db } from "@/lib/search/full-text";
import { listStatements } from "@/lib/statements/queries";
import { visibleActor, visibleArticle, visibleEvent, visibleStatement } from "@/lib/visibility";
import type { StatementFilters } from "@/lib/statements/filters";
import { monthlyActivity } from "./activity";
import type { ActorFilters } from "./filters";


/** The words as a literal LIKE pattern piece: Prisma's `contains` leaves % and _ as wildcards. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The one `where` for /actors: directory, count and export. Name or alias, case-insensitive. */
export function actorWhere(f: Omit<ActorFilters, "cursor">): Prisma.ActorWhereInput {
  const and: Prisma.ActorWhereInput[] = [visibleActor];
  if (f.kind.length) and.push({ kind: { in: f.kind } });
  if (f.q) {
    and.push({
      OR: [
        { name: { contains: likeLiteral(f.q), mode: "insensitive" } },
        { aliases: { some: { normalized: { contains: likeLiteral(f.q.toLowerCase()) } } } },
      ],
    });
  }
  return { AND: and };
}

export const actorListSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  role: true,
  country: true,
  verified: true,
  aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
  parent: { select: { slug: true, name: true } },
  _count: {
    select: {
      statements: { where: visibleStatement },
      events: { where: { event: visibleEvent } },
      mentions: { where: { article: visibleArticle } },
    },
  },
} satisfies Prisma.ActorSelect;

export type ActorListRow = Prisma.ActorGetPayload<{ select: typeof actorListSelect }>;

const order: Prisma.ActorOrderByWithRelationInput[] = [{ name: "asc" }, { id: "asc" }];

function after(cursor: Cursor | null): Prisma.ActorWhereInput | null {
  if (!cursor || typeof cursor.key !== "string") return null;
  return { OR: [{ name: { gt: cursor.key } }, { name: cursor.key, id: { gt: cursor.id } }] };
}

export const ACTORS_PER_PAGE = 30;

export async function listActors(filters: ActorFilters, { take = ACTORS_PER_PAGE } = {}, db: Db = prisma) {
  const where = actorWhere(filters);
  const cursor = after(decodeCursor(filters.cursor));
  const [rows, total] = await Promise.all([
    db.actor.findMany({ where: cursor ? { AND: [where, cursor] } : where, orderBy: order, take: take + 1, select: actorListSelect }),
    db.actor.count({ where }),
  ]);
  return { ...pageOf(rows, take, (a) => a.name), total };
}

export async function exportActors(filters: ActorFilters, db: Db = prisma): Promise<ActorListRow[]> {
  return db.actor.findMany({ where: actorWhere(filters), orderBy: order, take: EXPORT_LIMIT, select: actorListSelect });
}

export function actorRecord(a: ActorListRow) {
  return {
    slug: a.slug,
    name: a.name,
    kind: a.kind,
    role: a.role,
    country: a.country,
    affiliation: a.parent?.name ?? null,
    aliases: a.aliases.map((x) => x.alias),
    verified: a.verified,
    statements: a._count.statements,
    events: a._count.events,
    mentions: a._count.mentions,
  };
}

export type ActorLookup = { status: "missing" } | { status: "merged"; slug: string } | { status: "found"; id: string };

/** What a profile URL points at: the actor, the actor it was merged into (followed to the end), or nothing. */
export async function resolveActor(slug: string, db: Db = prisma): Promise<ActorLookup> {
  let actor = await db.actor.findUnique({ where: { slug }, select: { id: true, slug: true, deletedAt: true, mergedIntoId: true } });
  if (!actor || actor.deletedAt) return { status: "missing" };
  if (!actor.mergedIntoId) return { status: "found", id: actor.id };
  const seen = new Set([actor.id]);
  while (actor?.mergedIntoId && !seen.has(actor.mergedIntoId)) {
    seen.add(actor.mergedIntoId);
    actor = await db.actor.findUnique({ where: { id: actor.mergedIntoId }, select: { id: true, slug: true, deletedAt: true, mergedIntoId: true } });
  }
  return actor && !actor.deletedAt && !actor.mergedIntoId ? { status: "merged", slug: actor.slug } : { status: "missing" };
}

/** The actor's header facts: aliases, affiliation, members and first/last appearance. */
export async function getActor(slug: string, db: Db = prisma) {
  const actor = await db.actor.findFirst({
    where: { slug, ...visibleActor },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      role: true,
      country: true,
      wikidataId: true,
      verified: true,
      aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
      parent: { select: { slug: true, name: true, kind: true, mergedInto: { select: { slug: true, name: true } } } },
      members: { where: visibleActor, orderBy: [{ name: "asc" }], select: { slug: true, name: true, kind: true, role: true, verified: true } },
      mergedFrom: { where: { deletedAt: null }, select: { id: true, name: true } },
    },
  });
  if (!actor) return null;
  const ids = [actor.id, ...actor.mergedFrom.map((m) => m.id)];
  const appears: Prisma.ArticleWhereInput = {
    ...visibleArticle,
    OR: [{ mentions: { some: { actorId: { in: ids } } } }, { statements: { some: { deletedAt: null, speakerId: { in: ids } } } }],
  };
  const [span, counts] = await Promise.all([
    db.article.aggregate({ where: appears, _min: { publishedOn: true }, _max: { publishedOn: true }, _count: true }),
    Promise.all([
      db.statement.count({ where: { ...visibleStatement, speakerId: { in: ids } } }),
      db.eventActor.count({ where: { actorId: { in: ids }, event: visibleEvent } }),
      db.actorMention.aggregate({ where: { actorId: { in: ids }, article: visibleArticle }, _sum: { count: true } }),
    ]),
  ]);
  return {
    ...actor,
    ids,
    firstSeen: span._min.publishedOn,
    lastSeen: span._max.publishedOn,
    counts: { articles: span._count, statements: counts[0], events: counts[1], mentions: counts[2]._sum.count ?? 0 },
  };
}

export type ActorDetail = NonNullable<Awaited<ReturnType<typeof getActor>>>;

/** Statements and mentions per month (statements by the day said, else by the article's date). */
export async function actorActivity(ids: string[], db: Db = prisma) {
  const list = Prisma.join(ids);
  const [statements, mentions] = await Promise.all([
    db.$queryRaw<{ month: string; count: number }[]>`
      SELECT to_char(date_trunc('month', coalesce(s."saidOn", a."publishedOn")), 'YYYY-MM') AS month, count(*)::int AS count
      FROM "Statement" s JOIN "Article" a ON a.id = s."articleId"
      WHERE s."speakerId" IN (${list}) AND s."deletedAt" IS NULL AND a."deletedAt" IS NULL AND a.status = 'published'
      GROUP BY 1`,
    db.$queryRaw<{ month: string; count: number }[]>`
      SELECT to_char(date_trunc('month', a."publishedOn"), 'YYYY-MM') AS month, sum(m.count)::int AS count
      FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId"
      WHERE m."actorId" IN (${list}) AND a."deletedAt" IS NULL AND a.status = 'published'
      GROUP BY 1`,
  ]);
  return monthlyActivity(statements, mentions);
}

/** The actor's statements, newest first, keyset-paginated (the /statements query with this speaker). */
export function actorStatements(slug: string, cursor: string | undefined, take = 10, db: Db = prisma) {
  const filters: StatementFilters = { speaker: [slug], topic: [], from: undefined, to: undefined, direct: undefined, q: undefined, article: undefined, cursor };
  return listStatements(filters, { take }, db);
}

/** Events the actor took part in, with their role; dated ones newest first. */
export async function actorEvents(ids: string[], take = 50, db: Db = prisma) {
  return db.eventActor.findMany({
    where: { actorId: { in: ids }, event: visibleEvent },
    orderBy: [{ event: { startDate: { sort: "desc", nulls: "last" } } }, { eventId: "asc" }],
    take,
    select: {
      role: true,
      event: {
        select: {
          id: true, title: true, type: true, startDate: true, endDate: true, datePrecision: true, place: true, verified: true,
          articles: { take: 1, select: { article: { select: { publishedOn: true } } } },
        },
      },
    },
  });
}

export type CoActor = { slug: string; name: string; kind: string; verified: boolean; articles: number; mentions: number };

/**
 * The actors named most often in the same articles: number of shared (published) articles,
 * then how often they are mentioned there, then name.
 */
export async function coOccurringActors(ids: string[], take = 10, db: Db = prisma): Promise<CoActor[]> {
  const list = Prisma.join(ids);
  return db.$queryRaw<CoActor[]>`
    SELECT o.slug, o.name, o.kind::text AS kind, o.verified,
           count(DISTINCT m."articleId")::int AS articles, sum(m.count)::int AS mentions
    FROM (SELECT DISTINCT "articleId" FROM "ActorMention" WHERE "actorId" IN (${list})) mine
    JOIN "Article" a ON a.id = mine."articleId" AND a.status = 'published' AND a."deletedAt" IS NULL
    JOIN "ActorMention" m ON m."articleId" = mine."articleId" AND m."actorId" NOT IN (${list})
    JOIN "Actor" o ON o.id = m."actorId" AND o."deletedAt" IS NULL AND o."mergedIntoId" IS NULL
    GROUP BY o.id
    ORDER BY articles DESC, mentions DESC, o.name ASC
    LIMIT ${take}`;
}

/** Published articles that mention the actor, newest first, with how often. */
export async function actorArticles(ids: string[], take = 20, db: Db = prisma) {
  return db.article.findMany({
    where: { ...visibleArticle, mentions: { some: { actorId: { in: ids } } } },
    orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
    take,
    select: {
      slug: true,
      title: true,
      publishedOn: true,
      publication: { select: { name: true } },
      mentions: { where: { actorId: { in: ids } }, select: { count: true } },
    },
  });
}

/** Kinds present, for the directory's filter. */
export async function actorKindCounts(db: Db = prisma) {
  const rows = await db.actor.groupBy({ by: ["kind"], where: visibleActor, _count: true });
  return new Map(rows.map((r) => [r.kind, r._count]));
}

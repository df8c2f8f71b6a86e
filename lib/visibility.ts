import { Prisma } from "@/lib/generated/prisma/client";

// What readers may see, in one place: every public list, count, search, export and feed uses these.
//
// Statements and events carry the rule as a `visible` column that PostgreSQL keeps up to date in the
// transaction of every write that changes it (triggers of the reader_stats migration), so readers
// filter one indexed column instead of joining articles and actors on every row:
//   statement.visible = not deleted, in a published, not deleted article, said by an actor not deleted;
//   event.visible     = not deleted, and either reported by a published, not deleted article or linked to none.

export const visibleArticle = { deletedAt: null, status: "published" } satisfies Prisma.ArticleWhereInput;

/** Not deleted and not merged into another actor (its slug redirects there). */
export const visibleActor = { deletedAt: null, mergedIntoId: null } satisfies Prisma.ActorWhereInput;

export const visibleStatement = { visible: true } satisfies Prisma.StatementWhereInput;

export const visibleEvent = { visible: true } satisfies Prisma.EventWhereInput;

/** The same rules as SQL, for raw queries over "Statement" s, "Event" e, "Article" a. */
export const VISIBLE_STATEMENT_SQL = `s.visible`;
export const VISIBLE_EVENT_SQL = `e.visible`;
export const VISIBLE_ARTICLE_SQL = `a.status = 'published' AND a."deletedAt" IS NULL`;

// The rules as SQL fragments over a table alias, for raw queries: `${visibleArticleSql("a")}`.

/** Published and not deleted, over an "Article" alias. */
export function visibleArticleSql(alias: string): Prisma.Sql {
  return Prisma.raw(`${alias}.status = 'published' AND ${alias}."deletedAt" IS NULL`);
}

/** Not deleted and not merged, over an "Actor" alias. */
export function visibleActorSql(alias: string): Prisma.Sql {
  return Prisma.raw(`${alias}."deletedAt" IS NULL AND ${alias}."mergedIntoId" IS NULL`);
}

/**
 * Visible and named: the actors readers are offered where actors are listed, counted, suggested or searched.
 * An unnamed source ("a senior EU diplomat", Actor.unnamed) is somebody of one article: it stays visible (its
 * profile, its statements, its part in events) but is listed only where a reader asks for unnamed sources.
 */
export function listedActorSql(alias: string): Prisma.Sql {
  return Prisma.raw(`${alias}."deletedAt" IS NULL AND ${alias}."mergedIntoId" IS NULL AND NOT ${alias}.unnamed`);
}

/** Not deleted, merged or not: an actor a filter by slug may still name (its records moved to the target). */
export function liveActorSql(alias: string): Prisma.Sql {
  return Prisma.raw(`${alias}."deletedAt" IS NULL`);
}

/** Visible statements and events (the maintained column), over a "Statement" or "Event" alias. */
export function visibleRowSql(alias: string): Prisma.Sql {
  return Prisma.raw(`${alias}.visible`);
}

/** Not deleted, merged or not (Prisma form of liveActorSql). */
export const liveActor = { deletedAt: null } satisfies Prisma.ActorWhereInput;

// The same rules on rows already read, for relations loaded by id and filtered in memory (a relation
// filter in Prisma would semi-join the whole Article or Actor table).

export function isVisibleArticle(a: { status: string; deletedAt: Date | null }): boolean {
  return a.status === "published" && a.deletedAt === null;
}

export function isVisibleActor(a: { deletedAt: Date | null; mergedIntoId?: string | null }): boolean {
  return a.deletedAt === null && (a.mergedIntoId ?? null) === null;
}

export function isLiveActor(a: { deletedAt: Date | null }): boolean {
  return a.deletedAt === null;
}

/** EventActor and ActorMention rows carry a copy of their event's or article's visibility (kept by triggers). */
export const visibleLink = { visible: true } as const;

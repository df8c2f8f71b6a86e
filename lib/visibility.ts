import type { Prisma } from "@/lib/generated/prisma/client";

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

/** The actor rule as SQL over an "Actor" alias: `visibleActorSql("a")` → a."deletedAt" IS NULL AND a."mergedIntoId" IS NULL. */
export function visibleActorSql(alias: string): string {
  return `${alias}."deletedAt" IS NULL AND ${alias}."mergedIntoId" IS NULL`;
}

/** The article rule as SQL over an "Article" alias. */
export function visibleArticleSql(alias: string): string {
  return `${alias}.status = 'published' AND ${alias}."deletedAt" IS NULL`;
}

/** A live (not deleted) actor, merged or not: what a filter by slug may still name (its statements moved to the target). */
export function liveActorSql(alias: string): string {
  return `${alias}."deletedAt" IS NULL`;
}

// The same rules on rows already read, for relations loaded by id and filtered in memory (a relation
// filter in Prisma would semi-join the whole Article or Actor table).

export function isVisibleArticle(a: { status: string; deletedAt: Date | null }): boolean {
  return a.status === "published" && a.deletedAt === null;
}

export function isVisibleActor(a: { deletedAt: Date | null; mergedIntoId?: string | null }): boolean {
  return a.deletedAt === null && (a.mergedIntoId ?? null) === null;
}

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

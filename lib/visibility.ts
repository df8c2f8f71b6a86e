import type { Prisma } from "@/lib/generated/prisma/client";

// What readers may see, in one place: every public list, count, search, export and feed uses these.

export const visibleArticle = { deletedAt: null, status: "published" } satisfies Prisma.ArticleWhereInput;

/** Not deleted and not merged into another actor (its slug redirects there). */
export const visibleActor = { deletedAt: null, mergedIntoId: null } satisfies Prisma.ActorWhereInput;

/** Not deleted, in a published, not deleted article, said by an actor who is not deleted. */
export const visibleStatement = {
  deletedAt: null,
  article: visibleArticle,
  speaker: { deletedAt: null },
} satisfies Prisma.StatementWhereInput;

/** Not deleted, and either reported by a published article or linked to none (entered by hand). */
export const visibleEvent = {
  deletedAt: null,
  OR: [{ articles: { some: { article: visibleArticle } } }, { articles: { none: {} } }],
} satisfies Prisma.EventWhereInput;

/** The same rule as SQL, for raw queries over "Event" e. */
export const VISIBLE_EVENT_SQL = `e."deletedAt" IS NULL AND (EXISTS (SELECT 1 FROM "EventArticle" ea JOIN "Article" a ON a.id = ea."articleId" WHERE ea."eventId" = e.id AND a.status = 'published' AND a."deletedAt" IS NULL) OR NOT EXISTS (SELECT 1 FROM "EventArticle" ea WHERE ea."eventId" = e.id))`;

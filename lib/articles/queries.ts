import "server-only";
import { prisma } from "@/lib/db/client";

const live = { deletedAt: null };

export async function getHomeSummary() {
  const [articles, actors, statements, events, latest] = await Promise.all([
    prisma.article.count({ where: { ...live, status: "published" } }),
    prisma.actor.count({ where: { ...live, mergedIntoId: null } }),
    prisma.statement.count({ where: { ...live, article: { ...live, status: "published" } } }),
    prisma.event.count({ where: live }),
    prisma.article.findMany({
      where: { ...live, status: "published" },
      orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
      take: 10,
      select: {
        slug: true,
        title: true,
        standfirst: true,
        publishedOn: true,
        authors: true,
        publication: { select: { name: true } },
        _count: { select: { statements: { where: live }, events: true } },
      },
    }),
  ]);
  return { counts: { articles, actors, statements, events }, latest };
}

export async function getArticle(slug: string) {
  return prisma.article.findFirst({
    where: { slug, ...live, status: "published" },
    include: {
      publication: true,
      topics: { include: { topic: true } },
      statements: {
        where: live,
        orderBy: [{ part: "asc" }, { spanStart: "asc" }],
        include: { speaker: { select: { slug: true, name: true } } },
      },
      events: {
        where: { event: live },
        orderBy: { spanStart: "asc" },
        include: {
          event: {
            include: { actors: { include: { actor: { select: { slug: true, name: true } } } } },
          },
        },
      },
      mentions: {
        orderBy: [{ count: "desc" }],
        include: { actor: { select: { slug: true, name: true, kind: true, role: true } } },
      },
    },
  });
}

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getArticle>>>;

import "server-only";
import { prisma } from "@/lib/db/client";
import { DOMAINS, invalidate, tags } from "./tags";

/*
 * Which cache tags a change to one record makes stale. Each function reads the record's current links,
 * so a write calls it before its transaction (the links it may remove) and after the commit (the links
 * it made), and invalidates both. Deleted and merged records are included: a page may still show them
 * until it is rendered again.
 */

export type Entity = "article" | "statement" | "event" | "actor";

const actorTags = (rows: { slug: string }[]) => rows.map((a) => tags.actor(a.slug));

/** An article's page, the lists of articles, statements and events that show its title, and every actor and event it names. */
export async function articleTags(id: string): Promise<string[]> {
  const article = await prisma.article.findUnique({ where: { id }, select: { slug: true } });
  if (!article) return [];
  const [actors, events] = await Promise.all([
    prisma.actor.findMany({
      where: {
        OR: [
          { mentions: { some: { articleId: id } } },
          { statements: { some: { articleId: id } } },
          { events: { some: { event: { articles: { some: { articleId: id } } } } } },
        ],
      },
      select: { slug: true },
    }),
    prisma.eventArticle.findMany({ where: { articleId: id }, select: { eventId: true } }),
  ]);
  return ["articles", "statements", "events", tags.article(article.slug), ...actorTags(actors), ...events.map((e) => tags.event(e.eventId))];
}

/** The statement lists, the article it comes from and the profiles of its speaker and addressee. */
export async function statementTags(id: string): Promise<string[]> {
  const s = await prisma.statement.findUnique({
    where: { id },
    select: { article: { select: { slug: true } }, speaker: { select: { slug: true } }, addressee: { select: { slug: true } } },
  });
  if (!s) return [];
  return ["statements", tags.article(s.article.slug), tags.actor(s.speaker.slug), ...(s.addressee ? [tags.actor(s.addressee.slug)] : [])];
}

/** The timeline, the event itself, the articles it was reported in and the profiles of its actors. */
export async function eventTags(id: string): Promise<string[]> {
  const e = await prisma.event.findUnique({
    where: { id },
    select: { articles: { select: { article: { select: { slug: true } } } }, actors: { select: { actor: { select: { slug: true } } } } },
  });
  if (!e) return [];
  return ["events", tags.event(id), ...e.articles.map((a) => tags.article(a.article.slug)), ...actorTags(e.actors.map((a) => a.actor))];
}

/**
 * The actor's profile (and every page naming it, which carries its tag), the directory, the lists
 * that show speakers and participants, and the profiles of its affiliation and members.
 */
export async function actorTagsFor(id: string): Promise<string[]> {
  const a = await prisma.actor.findUnique({
    where: { id },
    select: { slug: true, parent: { select: { slug: true } }, members: { select: { slug: true }, take: 100 } },
  });
  if (!a) return [];
  return [...DOMAINS, tags.actor(a.slug), ...(a.parent ? [tags.actor(a.parent.slug)] : []), ...actorTags(a.members)];
}

export function tagsOf(entity: Entity, id: string): Promise<string[]> {
  switch (entity) {
    case "article": return articleTags(id);
    case "statement": return statementTags(id);
    case "event": return eventTags(id);
    case "actor": return actorTagsFor(id);
  }
}

export type Touched = { entity: Entity; id: string };

async function tagsOfAll(touched: Touched[]): Promise<string[]> {
  return (await Promise.all(touched.map((t) => tagsOf(t.entity, t.id)))).flat();
}

/**
 * Runs an editorial write and, once it has committed successfully, expires the pages showing what it
 * touched: their tags read before the write (links it may remove) and after it (links it made).
 */
export async function invalidatingWrite<R extends { ok: boolean }>(touched: Touched[], write: () => Promise<R>): Promise<R> {
  const before = await tagsOfAll(touched);
  const result = await write();
  if (result.ok) invalidate([...before, ...(await tagsOfAll(touched))]);
  return result;
}

import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticlePart, EventRole } from "@/lib/generated/prisma/enums";
import { isoDay } from "@/lib/dates/partial-date";
import { statementSelect, type StatementRow } from "@/lib/statements/queries";
import { sentenceAt } from "@/lib/text/sentence-at";
import { isVisibleActor, isVisibleArticle, visibleEvent, visibleRowSql, visibleStatement } from "@/lib/visibility";
import { byRole, shapeEventBase, type EventBase, type EventRowBase } from "./shape";

// The event page's reads: one event with everything an analyst checks it against — its actors with
// roles, every article that reports it with the sentence it comes from, the statements made beside it
// in those articles, and the events that share an actor within a week of it. Wrapped in React cache():
// metadata and page share one read per request.

type Db = PrismaClient;

/** Ids are cuid()s or the synthetic loader's "syn…" ids: anything else is not looked up at all. */
export const EVENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** How close, in days, another event of the same actors must be to count as related. */
export const RELATED_WINDOW_DAYS = 7;
export const RELATED_LIMIT = 12;

export type EventSource = {
  slug: string;
  title: string;
  publication: string | null;
  authors: string[];
  publishedOn: string;
  /** The sentence of the article the event was read from. */
  sentence: string;
};

export type RelatedEvent = Pick<EventBase, "id" | "title" | "type" | "typeLabel" | "category" | "dateLabel" | "place"> & { shared: number };

/** The Place an event's place text names, with coordinates when it was resolved. */
export type EventPlaceRef = { slug: string; name: string; latitude: number | null; longitude: number | null };

export type EventPage = EventBase & {
  placeRef: EventPlaceRef | null;
  actors: { slug: string; name: string; kind: string; role: EventRole; unnamed: boolean }[];
  /** Oldest first: the first is who reported it first. */
  sources: EventSource[];
  statements: StatementRow[];
  related: RelatedEvent[];
};

export type EventLookup = { status: "found" } | { status: "merged"; id: string } | { status: "missing" };

/**
 * Whether an event id is a page of its own, or was merged (then the event it ended up in, following
 * chains A → B → C in one statement), or is unknown, deleted or not visible.
 */
export const resolveEvent = cache(async (id: string, db: Db = prisma): Promise<EventLookup> => {
  if (!EVENT_ID.test(id)) return { status: "missing" };
  const [end] = await db.$queryRaw<{ id: string; depth: number; visible: boolean; merged: boolean }[]>`
    WITH RECURSIVE chain AS (
      SELECT e.id, e."mergedIntoId", e.visible, e."deletedAt", 0 AS depth FROM "Event" e WHERE e.id = ${id}
      UNION ALL
      SELECT n.id, n."mergedIntoId", n.visible, n."deletedAt", chain.depth + 1
      FROM chain JOIN "Event" n ON n.id = chain."mergedIntoId"
      WHERE chain."deletedAt" IS NULL AND chain.depth < 32)
    SELECT id, depth, visible, "mergedIntoId" IS NOT NULL AS merged FROM chain ORDER BY depth DESC LIMIT 1`;
  if (!end || !end.visible || end.merged) return { status: "missing" };
  return end.depth === 0 ? { status: "found" } : { status: "merged", id: end.id };
});

const partText = (a: { title: string; standfirst: string | null; body: string }, part: ArticlePart) =>
  part === "title" ? a.title : part === "standfirst" ? (a.standfirst ?? "") : a.body;

/** The paragraph index (blank-line or newline separated) a character offset falls in. */
function paragraphOf(text: string, offset: number): number {
  return (text.slice(0, offset).match(/\n+/g) ?? []).length;
}

/**
 * One visible event and everything its page shows, or null when readers may not see it (unknown id,
 * deleted, or reported only by unpublished articles). A fixed number of SQL statements however many
 * sources, statements and related events it has.
 */
export const getEventPage = cache(async (id: string, db: Db = prisma): Promise<EventPage | null> => {
  if (!EVENT_ID.test(id)) return null;
  const e = await db.event.findFirst({
    where: { id, ...visibleEvent },
    include: {
      placeRef: { select: { slug: true, name: true, latitude: true, longitude: true } },
      actors: { include: { actor: { select: { id: true, slug: true, name: true, kind: true, unnamed: true, deletedAt: true, mergedIntoId: true } } } },
      articles: {
        include: {
          article: {
            select: {
              id: true, slug: true, title: true, standfirst: true, body: true, authors: true, publishedOn: true, status: true, deletedAt: true,
              publication: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  if (!e) return null;
  // Filtered here, not in SQL: a relation filter makes Prisma semi-join the whole Article/Actor table.
  e.actors = e.actors.filter((a) => isVisibleActor(a.actor));
  const links = e.articles.filter((l) => isVisibleArticle(l.article)).sort((a, b) => a.article.publishedOn.getTime() - b.article.publishedOn.getTime() || a.article.slug.localeCompare(b.article.slug));
  const reported = links[0]?.article.publishedOn ?? null;
  const [statements, related] = await Promise.all([
    statementsBeside(links, db),
    relatedEvents(e.id, e.actors.map((a) => a.actor.id), db),
  ]);
  return {
    ...shapeEventBase(e, reported),
    placeRef: e.placeRef,
    actors: byRole(e.actors.map((a) => ({ slug: a.actor.slug, name: a.actor.name, kind: a.actor.kind, role: a.role, unnamed: a.actor.unnamed }))),
    sources: links.map((l) => ({
      slug: l.article.slug,
      title: l.article.title,
      publication: l.article.publication?.name ?? null,
      authors: l.article.authors,
      publishedOn: isoDay(l.article.publishedOn),
      sentence: sentenceAt(partText(l.article, l.part), l.spanStart, l.spanEnd) || partText(l.article, l.part).slice(l.spanStart, l.spanEnd),
    })),
    statements,
    related,
  };
});

type SourceLink = { part: ArticlePart; spanStart: number; article: { id: string; title: string; standfirst: string | null; body: string } };

/**
 * Statements made about the event: in an article that reports it, in the same part and in the
 * paragraph the event was read from or the next one (where reporters put the reaction).
 */
async function statementsBeside(links: SourceLink[], db: Db): Promise<StatementRow[]> {
  if (links.length === 0) return [];
  const rows = await db.statement.findMany({
    where: { articleId: { in: links.map((l) => l.article.id) }, ...visibleStatement },
    orderBy: [{ spanStart: "asc" }, { id: "asc" }],
    select: { ...statementSelect, articleId: true },
  });
  return rows
    .filter((s) => {
      const link = links.find((l) => l.article.id === s.articleId);
      if (!link || link.part !== s.part) return false;
      const text = partText(link.article, link.part);
      const distance = paragraphOf(text, s.spanStart) - paragraphOf(text, link.spanStart);
      return distance === 0 || distance === 1;
    })
    .map(({ articleId: _a, ...row }) => row);
}

/** Visible events sharing an actor whose dates start within a week of this one's range; most shared actors, then nearest. One query. */
async function relatedEvents(id: string, actorIds: string[], db: Db): Promise<RelatedEvent[]> {
  if (actorIds.length === 0) return [];
  const rows = await db.$queryRaw<(EventRowBase & { shared: number; reportedOn: Date | null })[]>`
    WITH me AS (SELECT "placedOn" AS on_, "placedEnd" AS end_ FROM "Event" WHERE id = ${id} AND "placedOn" IS NOT NULL),
    near AS (
      SELECT ea."eventId" AS id, count(*)::int AS shared, min(abs(ea."sortOn" - me.on_)) AS distance
      FROM me, "EventActor" ea
      WHERE ea."actorId" IN (${Prisma.join(actorIds)}) AND ${visibleRowSql("ea")} AND ea."eventId" <> ${id}
        AND ea."sortOn" BETWEEN me.on_ - ${RELATED_WINDOW_DAYS}::int AND me.end_ + ${RELATED_WINDOW_DAYS}::int
      GROUP BY ea."eventId"
      ORDER BY shared DESC, distance ASC, ea."eventId" DESC
      LIMIT ${RELATED_LIMIT})
    SELECT near.id, near.shared, e.title, e.description, e.type::text AS type, e."startDate", e."endDate", e."datePrecision"::text AS "datePrecision",
           e."dateText", e."reportedOn", e.place, e.fatalities, e.verified
    FROM near JOIN "Event" e ON e.id = near.id
    ORDER BY near.shared DESC, near.distance ASC, near.id DESC`;
  return rows.map((ev) => {
    const { id, title, type, typeLabel, category, dateLabel, place } = shapeEventBase(ev, ev.reportedOn);
    return { id, title, type, typeLabel, category, dateLabel, place, shared: ev.shared };
  });
}

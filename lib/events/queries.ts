import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticlePart, EventRole, EventType } from "@/lib/generated/prisma/enums";
import { formatPartialDate, isoDay, type DatePrecision } from "@/lib/dates/partial-date";
import { cursorDate, decodeCursor, pageOf } from "@/lib/pagination/cursor";
import { visibleActor, visibleEvent } from "@/lib/visibility";
import { EVENT_TYPES, type EventCategory } from "./codebook";
import { shapeChart, type ChartData, type DayCount } from "./chart";
import type { TimelineFilters } from "./filters";

// The timeline's reads. Every list, count and chart goes through TIMELINE_FROM + timelineWhere(),
// so they always agree on which events match.
//
// Where an event sits ("placed"): its start date; an undated event sits at the day it was first
// reported (the earliest publishedOn of its published articles) and is labelled as such; an event
// with neither comes last and matches no date range. A date range matches an event whose own range
// [start, end] overlaps it (a month-precision event overlaps every day of its month); an undated
// event matches by its reported day, so the chart (which draws it there) and the list agree.
// Events are public when not deleted and either backed by a published article or linked to none.

type Db = PrismaClient;

// One grouped pass over the links beats a per-event LATERAL subquery ~3× on broad queries (see tests/bench).
const TIMELINE_FROM = Prisma.sql`
  FROM "Event" e
  LEFT JOIN (
    SELECT ea."eventId", min(a."publishedOn") AS "reportedOn", count(a.id) AS published
    FROM "EventArticle" ea
    LEFT JOIN "Article" a ON a.id = ea."articleId" AND a.status = 'published' AND a."deletedAt" IS NULL
    GROUP BY ea."eventId"
  ) r ON r."eventId" = e.id`;

const DATED = Prisma.sql`(e."startDate" IS NOT NULL AND e."datePrecision" <> 'unknown')`;
const PLACED = Prisma.sql`(CASE WHEN ${DATED} THEN e."startDate" ELSE r."reportedOn" END)`;
// The last day an event may have happened on: its end date, else the end of its precision's period.
const PLACED_END = Prisma.sql`(CASE WHEN ${DATED} THEN COALESCE(e."endDate", CASE e."datePrecision"
    WHEN 'week' THEN e."startDate" + 6
    WHEN 'month' THEN (date_trunc('month', e."startDate"::timestamp) + interval '1 month - 1 day')::date
    WHEN 'quarter' THEN (date_trunc('quarter', e."startDate"::timestamp) + interval '3 months - 1 day')::date
    WHEN 'year' THEN (date_trunc('year', e."startDate"::timestamp) + interval '1 year - 1 day')::date
    ELSE e."startDate" END) ELSE r."reportedOn" END)`;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The one WHERE for the timeline's filters (not its cursor), over TIMELINE_FROM. */
export function timelineWhere(f: TimelineFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`e."deletedAt" IS NULL AND (r.published > 0 OR r."eventId" IS NULL)`];
  if (f.actor.length) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventActor" ea JOIN "Actor" ac ON ac.id = ea."actorId"
      WHERE ea."eventId" = e.id AND ac.slug IN (${Prisma.join(f.actor)}))`);
  }
  if (f.type.length) conditions.push(Prisma.sql`e.type::text IN (${Prisma.join(f.type)})`);
  if (f.place) conditions.push(Prisma.sql`e.place ILIKE ${likePattern(f.place)} ESCAPE '\\'`);
  if (f.from) conditions.push(Prisma.sql`${PLACED_END} >= ${f.from}::date`);
  if (f.to) conditions.push(Prisma.sql`${PLACED} <= ${f.to}::date`);
  if (f.q) conditions.push(Prisma.sql`e.search @@ websearch_to_tsquery('english', ${f.q})`);
  return Prisma.join(conditions, " AND ");
}

export type TimelineEvent = {
  id: string;
  title: string;
  description: string | null;
  type: EventType;
  typeLabel: string;
  category: EventCategory;
  startDate: string | null;
  endDate: string | null;
  precision: DatePrecision;
  dateText: string | null;
  /** "5 Sep 2025", "week of 1 Sep 2025", "Apr 2025", "date unknown, reported 7 Sep 2025". */
  dateLabel: string;
  placedOn: string | null;
  reportedOn: string | null;
  place: string | null;
  fatalities: number | null;
  verified: boolean;
  createdAt: Date;
  actors: { slug: string; name: string; role: EventRole }[];
  sources: { slug: string; title: string; publishedOn: string; excerpt: string }[];
};

const ROLE_ORDER: Record<EventRole, number> = { initiator: 0, target: 1, participant: 2 };

async function hydrate(ids: string[], db: Db): Promise<TimelineEvent[]> {
  if (ids.length === 0) return [];
  const rows = await db.event.findMany({
    where: { id: { in: ids } },
    include: {
      actors: { where: { actor: { deletedAt: null } }, include: { actor: { select: { slug: true, name: true } } } },
      articles: {
        where: { article: { status: "published", deletedAt: null } },
        include: { article: { select: { slug: true, title: true, standfirst: true, body: true, publishedOn: true } } },
      },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const e = byId.get(id);
    if (!e) return [];
    const sources = e.articles
      .map((link) => ({
        slug: link.article.slug,
        title: link.article.title,
        publishedOn: isoDay(link.article.publishedOn),
        excerpt: sliceSpan(link.article, link.part, link.spanStart, link.spanEnd),
      }))
      .sort((a, b) => a.publishedOn.localeCompare(b.publishedOn) || a.slug.localeCompare(b.slug));
    const reported = e.articles.map((l) => l.article.publishedOn).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
    const dated = e.startDate !== null && e.datePrecision !== "unknown";
    return [{
      id: e.id,
      title: e.title,
      description: e.description,
      type: e.type,
      typeLabel: EVENT_TYPES[e.type].label,
      category: EVENT_TYPES[e.type].category,
      startDate: dated ? isoDay(e.startDate!) : null,
      endDate: dated && e.endDate ? isoDay(e.endDate) : null,
      precision: dated ? e.datePrecision : "unknown",
      dateText: e.dateText,
      dateLabel: formatPartialDate(dated ? e.startDate : null, dated ? e.datePrecision : "unknown", { end: e.endDate, reportedOn: reported }),
      placedOn: dated ? isoDay(e.startDate!) : reported ? isoDay(reported) : null,
      reportedOn: reported ? isoDay(reported) : null,
      place: e.place,
      fatalities: e.fatalities,
      verified: e.verified,
      createdAt: e.createdAt,
      actors: e.actors
        .map((a) => ({ slug: a.actor.slug, name: a.actor.name, role: a.role }))
        .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name)),
      sources,
    }];
  });
}

// Spans are UTF-16 offsets into one part of the article (as JavaScript counts), so slice here, not in SQL.
function sliceSpan(article: { title: string; standfirst: string | null; body: string }, part: ArticlePart, start: number, end: number) {
  const text = part === "title" ? article.title : part === "standfirst" ? (article.standfirst ?? "") : article.body;
  return text.slice(start, end).trim();
}

export const TIMELINE_PAGE_SIZE = 50;

/** One page of the timeline, newest first, by keyset on (placed day, id). */
export async function getTimeline(filters: TimelineFilters, { take = TIMELINE_PAGE_SIZE, db = prisma }: { take?: number; db?: Db } = {}) {
  const decoded = decodeCursor(filters.cursor);
  // A forged key (not a storable date, not null) means the first page, like any bad cursor.
  const cursor = decoded && (decoded.key === null || cursorDate(decoded.key)) ? decoded : null;
  const key = cursor && typeof cursor.key === "string" ? cursor.key : null;
  const after = !cursor
    ? Prisma.empty
    : key
      ? Prisma.sql`AND (${PLACED} < ${key}::date OR (${PLACED} = ${key}::date AND e.id < ${cursor.id}) OR ${PLACED} IS NULL)`
      : Prisma.sql`AND ${PLACED} IS NULL AND e.id < ${cursor.id}`;
  const rows = await db.$queryRaw<{ id: string; placed: string | null }[]>`
    SELECT e.id, to_char(${PLACED}, 'YYYY-MM-DD') AS placed
    ${TIMELINE_FROM}
    WHERE ${timelineWhere(filters)} ${after}
    ORDER BY ${PLACED} DESC NULLS LAST, e.id DESC
    LIMIT ${take + 1}`;
  const page = pageOf(rows, take, (row) => row.placed);
  return { items: await hydrate(page.items.map((r) => r.id), db), nextCursor: page.nextCursor, isFirstPage: !cursor };
}

/** One visible event by id, shaped as on the timeline, or null. */
export async function getEvent(id: string, { db = prisma }: { db?: Db } = {}): Promise<TimelineEvent | null> {
  const visible = await db.event.findFirst({ where: { id, ...visibleEvent }, select: { id: true } });
  return visible ? ((await hydrate([visible.id], db))[0] ?? null) : null;
}

export async function countTimeline(filters: TimelineFilters, { db = prisma }: { db?: Db } = {}): Promise<number> {
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${TIMELINE_FROM} WHERE ${timelineWhere(filters)}`;
  return n;
}

/** Events per placed day and type, shaped into the chart's stacked bars. */
export async function getEventCounts(filters: TimelineFilters, { db = prisma }: { db?: Db } = {}): Promise<ChartData> {
  const rows = await db.$queryRaw<DayCount[]>`
    SELECT to_char(${PLACED}, 'YYYY-MM-DD') AS day, e.type::text AS type, count(*)::int AS n
    ${TIMELINE_FROM}
    WHERE ${timelineWhere(filters)}
    GROUP BY 1, 2`;
  return shapeChart(rows, filters);
}

export const EXPORT_CAP = 10_000;

/** Every matching event in timeline order, fetched page by page on the cursor, up to `cap`. */
export async function* iterateTimeline(
  filters: TimelineFilters,
  { batch = 500, cap = EXPORT_CAP, db = prisma }: { batch?: number; cap?: number; db?: Db } = {},
): AsyncGenerator<TimelineEvent[]> {
  let cursor: string | undefined;
  let sent = 0;
  do {
    const page = await getTimeline({ ...filters, cursor }, { take: Math.min(batch, cap - sent), db });
    sent += page.items.length;
    if (page.items.length) yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && sent < cap);
}

/** The newest events by when they were added, for the Atom feed. */
export async function getRecentEvents(filters: TimelineFilters, { take = 50, db = prisma }: { take?: number; db?: Db } = {}) {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT e.id ${TIMELINE_FROM} WHERE ${timelineWhere(filters)}
    ORDER BY e."createdAt" DESC, e.id DESC LIMIT ${take}`;
  return hydrate(rows.map((r) => r.id), db);
}

/** Actors that take part in at least one event, for the actor filter. */
export async function getTimelineActors({ db = prisma }: { db?: Db } = {}) {
  const actors = await db.actor.findMany({
    where: { ...visibleActor, events: { some: { event: visibleEvent } } },
    select: { slug: true, name: true, _count: { select: { events: { where: { event: visibleEvent } } } } },
    orderBy: [{ name: "asc" }],
  });
  return actors.map((a) => ({ slug: a.slug, name: a.name, events: a._count.events }));
}

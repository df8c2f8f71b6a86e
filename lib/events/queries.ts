import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticlePart, EventRole, EventType } from "@/lib/generated/prisma/enums";
import { formatPartialDate, isoDay, type DatePrecision } from "@/lib/dates/partial-date";
import { cursorDate, decodeCursor, pageOf } from "@/lib/pagination/cursor";
import { EVENT_TYPES, type EventCategory } from "./codebook";
import { shapeChart, type ChartData, type DayCount } from "./chart";
import type { TimelineFilters } from "./filters";
import { visibleEvent } from "@/lib/visibility";

// The timeline's reads. Every list, count and chart applies timelineWhere() to "Event" e, so they
// always agree on which events match.
//
// Where an event sits is stored on the event row (generated columns kept by triggers, see the
// reader_stats migration): placedOn is its start date, or for an undated event the day it was first
// reported by a published article; placedEnd the last day it may cover; sortOn = placedOn with
// unplaced events last; visible = not deleted and backed by a published article or linked to none.
// A date range matches an event whose own range [placedOn, placedEnd] overlaps it. Counts and the
// chart come from the EventDay / ActorEventDay rollups when the filters allow (types, dates, one
// actor), else from the matching rows.

type Db = PrismaClient;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const UNPLACED = "0001-01-01";

/** Live actors named by slug (a deleted actor is an unknown one: it matches nothing). */
const actorIds = (slugs: string[]) => Prisma.sql`(SELECT id FROM "Actor" WHERE slug IN (${Prisma.join(slugs)}) AND "deletedAt" IS NULL)`;

/** The one WHERE for the timeline's filters (not its cursor), over "Event" e. */
export function timelineWhere(f: TimelineFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`e.visible`];
  if (f.actor.length && f.match === "all") {
    // Every named actor takes part (AND): one semi-join each.
    for (const slug of f.actor) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventActor" ea WHERE ea."eventId" = e.id AND ea."actorId" IN ${actorIds([slug])})`);
  } else if (f.actor.length) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventActor" ea WHERE ea."eventId" = e.id AND ea."actorId" IN ${actorIds(f.actor)})`);
  }
  if (f.type.length) conditions.push(Prisma.sql`e.type::text IN (${Prisma.join(f.type)})`);
  if (f.place) conditions.push(Prisma.sql`e.place ILIKE ${likePattern(f.place)} ESCAPE '\\'`);
  if (f.from) conditions.push(Prisma.sql`e."placedEnd" >= ${f.from}::date`);
  if (f.to) conditions.push(Prisma.sql`e."placedOn" <= ${f.to}::date AND e."sortOn" <= ${f.to}::date`);
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
    // Filtered here, not in SQL: a relation filter makes Prisma semi-join the whole Article/Actor table.
    include: {
      actors: { include: { actor: { select: { slug: true, name: true, deletedAt: true } } } },
      articles: { include: { article: { select: { slug: true, title: true, standfirst: true, body: true, publishedOn: true, status: true, deletedAt: true } } } },
    },
  });
  for (const row of rows) {
    row.actors = row.actors.filter((a) => a.actor.deletedAt === null);
    row.articles = row.articles.filter((l) => l.article.status === "published" && l.article.deletedAt === null);
  }
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

/** The keyset condition after a cursor's (placed day or null, id), on the (sortOn, id) index order. */
function afterCursor(filters: TimelineFilters, sortOn: Prisma.Sql, id: Prisma.Sql) {
  const decoded = decodeCursor(filters.cursor);
  // A forged key (not a storable date, not null) means the first page, like any bad cursor.
  const cursor = decoded && (decoded.key === null || cursorDate(decoded.key)) ? decoded : null;
  if (!cursor) return { cursor, sql: Prisma.empty };
  const key = typeof cursor.key === "string" ? cursor.key.slice(0, 10) : UNPLACED;
  return { cursor, sql: Prisma.sql`AND (${sortOn}, ${id}) < (${key}::date, ${cursor.id})` };
}

/** One page of the timeline, newest first, by keyset on (placed day, id). */
export async function getTimeline(filters: TimelineFilters, { take = TIMELINE_PAGE_SIZE, db = prisma }: { take?: number; db?: Db } = {}) {
  // One actor: walk that actor's rows of EventActor (its own index), whatever how rare the actor is.
  const single = filters.actor.length === 1;
  const { cursor, sql: after } = single ? afterCursor(filters, Prisma.sql`ea."sortOn"`, Prisma.sql`ea."eventId"`) : afterCursor(filters, Prisma.sql`e."sortOn"`, Prisma.sql`e.id`);
  const rows = single
    ? await db.$queryRaw<{ id: string; placed: string | null }[]>`
        SELECT e.id, to_char(e."placedOn", 'YYYY-MM-DD') AS placed
        FROM "EventActor" ea JOIN "Event" e ON e.id = ea."eventId"
        WHERE ea."actorId" IN ${actorIds(filters.actor)} AND ea.visible AND ${timelineWhere({ ...filters, actor: [] })} ${after}
        ORDER BY ea."sortOn" DESC, ea."eventId" DESC
        LIMIT ${take + 1}`
    : await db.$queryRaw<{ id: string; placed: string | null }[]>`
        SELECT e.id, to_char(e."placedOn", 'YYYY-MM-DD') AS placed
        FROM "Event" e
        WHERE ${timelineWhere(filters)} ${after}
        ORDER BY e."sortOn" DESC, e.id DESC
        LIMIT ${take + 1}`;
  const page = pageOf(rows, take, (row) => row.placed);
  return { items: await hydrate(page.items.map((r) => r.id), db), nextCursor: page.nextCursor, isFirstPage: !cursor };
}

/** One visible event by id, shaped as on the timeline, or null. */
export async function getEvent(id: string, { db = prisma }: { db?: Db } = {}): Promise<TimelineEvent | null> {
  const visible = await db.event.findFirst({ where: { id, ...visibleEvent }, select: { id: true } });
  return visible ? ((await hydrate([visible.id], db))[0] ?? null) : null;
}

/** True when the maintained rollups can answer for these filters (no words, no place, at most one actor). */
const fromRollup = (f: TimelineFilters) => !f.q && !f.place && f.actor.length <= 1;

/** Events per placed day and type for the filters; `day` null for events placed nowhere. */
async function dayCounts(f: TimelineFilters, db: Db): Promise<DayCount[]> {
  if (!fromRollup(f)) {
    return db.$queryRaw<DayCount[]>`
      SELECT to_char(e."placedOn", 'YYYY-MM-DD') AS day, e.type::text AS type, count(*)::int AS n
      FROM "Event" e WHERE ${timelineWhere(f)}
      GROUP BY 1, 2`;
  }
  const conditions: Prisma.Sql[] = [Prisma.sql`r.n <> 0`];
  if (f.type.length) conditions.push(Prisma.sql`r.type::text IN (${Prisma.join(f.type)})`);
  if (f.from || f.to) conditions.push(Prisma.sql`r.day > ${UNPLACED}::date`);
  if (f.from) conditions.push(Prisma.sql`r."dayEnd" >= ${f.from}::date`);
  if (f.to) conditions.push(Prisma.sql`r.day <= ${f.to}::date`);
  const table = f.actor.length
    ? Prisma.sql`"ActorEventDay" r WHERE r."actorId" IN ${actorIds(f.actor)} AND`
    : Prisma.sql`"EventDay" r WHERE`;
  return db.$queryRaw<DayCount[]>`
    SELECT CASE WHEN r.day = ${UNPLACED}::date THEN NULL ELSE to_char(r.day, 'YYYY-MM-DD') END AS day, r.type::text AS type, sum(r.n)::int AS n
    FROM ${table} ${Prisma.join(conditions, " AND ")}
    GROUP BY 1, 2`;
}

export async function countTimeline(filters: TimelineFilters, { db = prisma }: { db?: Db } = {}): Promise<number> {
  return (await dayCounts(filters, db)).reduce((sum, r) => sum + r.n, 0);
}

/** Events per placed day and type, shaped into the chart's stacked bars. */
export async function getEventCounts(filters: TimelineFilters, { db = prisma }: { db?: Db } = {}): Promise<ChartData> {
  return shapeChart(await dayCounts(filters, db), filters);
}

export const EXPORT_CAP = 10_000;

/** Every matching event in timeline order, fetched page by page on the keyset cursor, up to `cap`. */
export async function* iterateTimeline(
  filters: TimelineFilters,
  { batch = 1000, cap = EXPORT_CAP, db = prisma }: { batch?: number; cap?: number; db?: Db } = {},
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
    SELECT e.id FROM "Event" e WHERE ${timelineWhere(filters)}
    ORDER BY e."createdAt" DESC, e.id DESC LIMIT ${take}`;
  return hydrate(rows.map((r) => r.id), db);
}

/**
 * Actors for the timeline's actor filter: the `limit` taking part in most events (from the
 * maintained ActorStat), plus any named in `include` (the current filter), alphabetically.
 */
export async function getTimelineActors({ db = prisma, include = [], limit = 300 }: { db?: Db; include?: string[]; limit?: number } = {}) {
  const named = include.length ? Prisma.sql`OR a.slug IN (${Prisma.join(include)})` : Prisma.empty;
  const rows = await db.$queryRaw<{ slug: string; name: string; events: number }[]>`
    (SELECT a.slug, a.name, s.events FROM "ActorStat" s JOIN "Actor" a ON a.id = s."actorId"
     WHERE s.events > 0 AND a."deletedAt" IS NULL AND a."mergedIntoId" IS NULL ORDER BY s.events DESC, a.id LIMIT ${limit})
    UNION
    (SELECT a.slug, a.name, coalesce(s.events, 0) FROM "Actor" a LEFT JOIN "ActorStat" s ON s."actorId" = a.id
     WHERE a."deletedAt" IS NULL AND a."mergedIntoId" IS NULL AND (false ${named}))`;
  return rows.sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || a.slug.localeCompare(b.slug));
}

/** Events by id in the given order, shaped as on the timeline (for lists built elsewhere: place pages). */
export async function hydrateEvents(ids: string[], { db = prisma }: { db?: Db } = {}): Promise<TimelineEvent[]> {
  return hydrate(ids, db);
}

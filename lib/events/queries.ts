import "server-only";
import { untilAborted } from "@/lib/db/cancel";
import { prisma } from "@/lib/db/client";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ArticlePart, EventRole } from "@/lib/generated/prisma/enums";
import { cursorIn, encodeCursor, pageOf } from "@/lib/pagination/cursor";
import { PROBE } from "@/lib/pagination/count";
import { EVENT_TYPES, type EventCategory } from "./codebook";
import { dayIso } from "./bucket-dates";
import { byRole, shapeEventBase, type EventBase, type EventRowBase } from "./shape";
import { shapeChart, type ChartData, type DayCount } from "./chart";
import { timelineCursor, type TimelineFilters } from "./filters";
import { listedActorSql, liveActorSql, visibleActorSql, visibleArticleSql, visibleRowSql } from "@/lib/visibility";
import { compareNames } from "@/lib/text/collate";
import { PREPARED } from "@/lib/db/prepared";

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
const EPOCH = "1970-01-01";

/** Live actors named by slug (a deleted actor is an unknown one: it matches nothing). */
const actorIds = (slugs: string[]) => Prisma.sql`(SELECT x.id FROM "Actor" x WHERE x.slug IN (${Prisma.join(slugs)}) AND ${liveActorSql("x")})`;

/** The one WHERE for the timeline's filters (not its cursor), over "Event" e. */
export function timelineWhere(f: TimelineFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [visibleRowSql("e")];
  if (f.actor.length && f.match === "all") {
    // Every named actor takes part (AND): one semi-join each.
    for (const slug of f.actor) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventActor" ea WHERE ea."eventId" = e.id AND ea."actorId" IN ${actorIds([slug])})`);
  } else if (f.actor.length) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventActor" ea WHERE ea."eventId" = e.id AND ea."actorId" IN ${actorIds(f.actor)})`);
  }
  // Compared as the enum, not as text: an index condition with the column's statistics (as text the
  // planner guessed 1 matching row and read every event in the range at each place of the map).
  if (f.type.length) conditions.push(Prisma.sql`e.type IN (${Prisma.join(f.type.map((t) => Prisma.sql`${t}::"EventType"`))})`);
  if (f.place) conditions.push(Prisma.sql`e.place ILIKE ${likePattern(f.place)} ESCAPE '\\'`);
  if (f.from) conditions.push(Prisma.sql`e."placedEnd" >= ${f.from}::date`);
  if (f.to) conditions.push(Prisma.sql`e."placedOn" <= ${f.to}::date AND e."sortOn" <= ${f.to}::date`);
  if (f.q) conditions.push(Prisma.sql`e.search @@ websearch_to_tsquery('english', ${f.q})`);
  return Prisma.join(conditions, " AND ");
}

/** An event's actor as lists show it; `unnamed` only for an unnamed source ("a senior EU diplomat"). */
export type EventActorRef = { slug: string; name: string; role: EventRole; unnamed?: true };

export type TimelineEvent = EventBase & {
  createdAt: Date;
  actors: EventActorRef[];
  sources: { slug: string; title: string; publishedOn: string; excerpt: string }[];
};

type EventRow = EventRowBase & {
  createdAt: Date;
  placed: string | null;
  actors: EventActorRef[];
  sources: { slug: string; title: string; publishedOn: string; part: ArticlePart; start: number; end: number; excerpt: string | null; text: string | null }[];
};

/** A character outside the Basic Multilingual Plane: one code point for SQL, two UTF-16 units for JavaScript. */
const ASTRAL = Prisma.sql`('[' || chr(65536) || '-' || chr(1114111) || ']')`;

/**
 * The page's events with their live actors and their published sources, in one statement: `ids` is a
 * query of (id, sortOn) rows in page order. Each source carries its excerpt, cut in SQL (substr counts
 * code points, as JavaScript's UTF-16 offsets do while no astral character precedes the span's end);
 * otherwise its part's text up to the span's end (left() never cuts fewer units), cut in JavaScript.
 * The part's text is read once per source (`head`, kept by OFFSET 0): inlined, each of its three uses
 * decompressed the article's body again (2.6× the time of a 1,000-event export batch).
 */
async function eventsOf(ids: Prisma.Sql, db: Db, prepared = false): Promise<EventRow[]> {
  return db.$queryRaw<EventRow[]>`${prepared ? PREPARED : Prisma.empty}
    WITH page AS (${ids})
    SELECT e.id, e.title, e.description, e.type, e."startDate", e."endDate", e."datePrecision", e."dateText", e.place, e.fatalities,
           e.verified, e."createdAt", to_char(e."placedOn", 'YYYY-MM-DD') AS placed,
           -- An unnamed source stays the event's participant, marked (unnamed: true; left out for the named).
           coalesce((SELECT json_agg(json_strip_nulls(json_build_object('slug', a.slug, 'name', a.name, 'role', x.role, 'unnamed', CASE WHEN a.unnamed THEN true END)))
                     FROM "EventActor" x JOIN "Actor" a ON a.id = x."actorId" WHERE x."eventId" = e.id AND ${liveActorSql("a")}), '[]') AS actors,
           coalesce((SELECT json_agg(json_build_object('slug', r.slug, 'title', r.title, 'publishedOn', to_char(r."publishedOn", 'YYYY-MM-DD'),
                       'part', l.part, 'start', l."spanStart", 'end', l."spanEnd",
                       'excerpt', CASE WHEN NOT astral THEN substr(src.head, l."spanStart" + 1) END,
                       'text', CASE WHEN astral THEN src.head END))
                     FROM "EventArticle" l JOIN "Article" r ON r.id = l."articleId"
                     CROSS JOIN LATERAL (SELECT left(CASE l.part WHEN 'title' THEN r.title WHEN 'standfirst' THEN coalesce(r.standfirst, '') ELSE r.body END, l."spanEnd") AS head ${PROBE}) src
                     CROSS JOIN LATERAL (SELECT src.head ~ ${ASTRAL} AS astral) a
                     WHERE l."eventId" = e.id AND ${visibleArticleSql("r")}), '[]') AS sources
    FROM page JOIN "Event" e ON e.id = page.id
    ORDER BY page."sortOn" DESC, page.id DESC`;
}

function shape(e: EventRow): TimelineEvent {
  const sources = e.sources
    .map((s) => ({ slug: s.slug, title: s.title, publishedOn: s.publishedOn, excerpt: (s.excerpt ?? s.text!.slice(s.start, s.end)).trim() }))
    .sort((a, b) => a.publishedOn.localeCompare(b.publishedOn) || a.slug.localeCompare(b.slug));
  return { ...shapeEventBase(e, sources[0]?.publishedOn ?? null), createdAt: e.createdAt, actors: byRole(e.actors), sources };
}

export const TIMELINE_PAGE_SIZE = 25;

/** The keyset condition after a cursor's (placed day or null, id), on the (sortOn, id) index order. */
function afterCursor(filters: TimelineFilters, sortOn: Prisma.Sql, id: Prisma.Sql) {
  // One the timeline does not hand out (not a day, not null) means the first page.
  const cursor = cursorIn(timelineCursor, filters);
  if (!cursor) return { cursor, sql: Prisma.empty };
  const key = typeof cursor.key === "string" ? cursor.key : UNPLACED;
  return { cursor, sql: Prisma.sql`AND (${sortOn}, ${id}) < (${key}::date, ${cursor.id})` };
}

/**
 * The (id, sortOn) rows of one page of the timeline, newest first, by keyset on (placed day, id), as a
 * query for eventsOf / exportRows, and the cursor it continues from (null: the first page).
 */
function pageIds(filters: TimelineFilters, take: number, limit: Prisma.Sql = Prisma.sql`${take}`) {
  // One actor: walk that actor's rows of EventActor in index order, whatever how rare the actor is. The
  // actor is a scalar subquery (slugs are unique): with `IN (SELECT …)` the planner guessed 75 rows and
  // sorted all 69,000 events of the busiest actor (5 s at 200,000 events) instead of stopping at the limit.
  const single = filters.actor.length === 1;
  const { cursor, sql: after } = single ? afterCursor(filters, Prisma.sql`ea."sortOn"`, Prisma.sql`ea."eventId"`) : afterCursor(filters, Prisma.sql`e."sortOn"`, Prisma.sql`e.id`);
  const ids = single
    ? Prisma.sql`
        SELECT e.id, e."sortOn"
        FROM "EventActor" ea JOIN "Event" e ON e.id = ea."eventId"
        WHERE ea."actorId" = (SELECT id FROM "Actor" WHERE slug = ${filters.actor[0]} AND ${liveActorSql("\"Actor\"")})
          AND ${visibleRowSql("ea")} AND ${timelineWhere({ ...filters, actor: [] })} ${after}
        ORDER BY ea."sortOn" DESC, ea."eventId" DESC
        LIMIT ${limit}`
    : Prisma.sql`
        SELECT e.id, e."sortOn"
        FROM "Event" e
        WHERE ${timelineWhere(filters)} ${after}
        ORDER BY e."sortOn" DESC, e.id DESC
        LIMIT ${limit}`;
  return { cursor, ids };
}

/**
 * The reader's commonest pages, whose statement is prepared (lib/db/prepared.ts): the whole timeline or one
 * actor's, any page of it. A few statement texts at most (two shapes, first page or not), so every connection
 * keeps only a few plans. Their chart and map statements likewise (places/queries.ts).
 */
export const isPlainOrOneActor = (f: TimelineFilters) => f.actor.length <= 1 && !f.type.length && !f.place && !f.from && !f.to && !f.q;

/** One page of the timeline, newest first, by keyset on (placed day, id): one SQL statement, rows included. */
export async function getTimeline(filters: TimelineFilters, { take = TIMELINE_PAGE_SIZE, db = prisma }: { take?: number; db?: Db } = {}) {
  const prepared = take === TIMELINE_PAGE_SIZE && isPlainOrOneActor(filters);
  // Prepared, the limit is written out: as a parameter the kept (generic) plan would guess 10 % of the events.
  const { cursor, ids } = pageIds(filters, take + 1, prepared ? Prisma.raw(String(take + 1)) : undefined);
  const page = pageOf(await eventsOf(ids, db, prepared), take, (row) => row.placed);
  return { items: page.items.map(shape), nextCursor: page.nextCursor, isFirstPage: !cursor };
}

/** One visible event by id, shaped as on the timeline, or null. */
export async function getEvent(id: string, { db = prisma }: { db?: Db } = {}): Promise<TimelineEvent | null> {
  const [row] = await eventsOf(Prisma.sql`SELECT e.id, e."sortOn" FROM "Event" e WHERE e.id = ${id} AND e.visible`, db);
  return row ? shape(row) : null;
}

/** True when the maintained rollups can answer for these filters (no words, no place, at most one actor). */
const fromRollup = (f: TimelineFilters) => !f.q && !f.place && f.actor.length <= 1;

/**
 * The chart's bars are weeks or months (never days), so a day is moved to the first day it shares with
 * its week and its month, and a last day to the last one: a few thousand rows instead of one per day
 * and type, and each range still starts and ends in the same week and the same month as before.
 */
const chartDay = (day: Prisma.Sql) => Prisma.sql`greatest(date_trunc('week', ${day}::timestamp), date_trunc('month', ${day}::timestamp))`;
const chartDayEnd = (day: Prisma.Sql) =>
  Prisma.sql`least(date_trunc('week', ${day}::timestamp) + interval '6 days', date_trunc('month', ${day}::timestamp) + interval '1 month' - interval '1 day')`;

/**
 * An event type's category (EVENT_TYPES) in SQL, for `e.type` or `r.type`: the chart stacks categories,
 * so its counts are summed per category in the database, one row per category instead of one per type
 * (15 types, 4 categories) to decode and shape. Built once, from constants. Compared as the enum (an OID
 * per row), not as text: `type::text` spelled out every row and compared strings, a third of the
 * unfiltered chart statement (3.1 → 2.0 ms over EventWeek's 5,428 rows).
 */
const categoryOf = (alias: "e" | "r") =>
  Prisma.raw(`CASE ${alias}.type ${Object.entries(EVENT_TYPES).map(([type, { category }]) => `WHEN '${type}'::"EventType" THEN '${category}'`).join(" ")} END`);
const CATEGORY = { e: categoryOf("e"), r: categoryOf("r") };

/**
 * Events per placed day, last day (see chartDay) and category for the filters, as a query of (day, dayEnd,
 * category, n) rows with dates; `day` null for events placed nowhere.
 */
function dayCountsSql(f: TimelineFilters): Prisma.Sql {
  if (!fromRollup(f)) {
    return Prisma.sql`
      SELECT ${chartDay(Prisma.sql`e."placedOn"`)}::date AS day, ${chartDayEnd(Prisma.sql`e."placedEnd"`)}::date AS "dayEnd",
             ${CATEGORY.e} AS category, count(*)::int AS n
      FROM "Event" e WHERE ${timelineWhere(f)}
      GROUP BY 1, 2, 3`;
  }
  // Without a date range the days are already cut to bars (EventWeek / ActorEventWeek: ~5,000 rows
  // instead of 25,000 at 200,000 events); a range needs the exact days to match as the list does.
  const ranged = !!(f.from || f.to);
  const conditions: Prisma.Sql[] = [Prisma.sql`r.n <> 0`];
  if (f.type.length) conditions.push(Prisma.sql`r.type IN (${Prisma.join(f.type.map((t) => Prisma.sql`${t}::"EventType"`))})`);
  if (ranged) conditions.push(Prisma.sql`r.day > ${UNPLACED}::date`);
  if (f.from) conditions.push(Prisma.sql`r."dayEnd" >= ${f.from}::date`);
  if (f.to) conditions.push(Prisma.sql`r.day <= ${f.to}::date`);
  const table = f.actor.length
    ? Prisma.sql`${Prisma.raw(ranged ? '"ActorEventDay"' : '"ActorEventWeek"')} r WHERE r."actorId" = (SELECT x.id FROM "Actor" x WHERE x.slug = ${f.actor[0]} AND ${liveActorSql("x")}) AND`
    : Prisma.sql`${Prisma.raw(ranged ? '"EventDay"' : '"EventWeek"')} r WHERE`;
  // The week rollups hold one row per (actor,) day, last day and type (their primary key), summed here per category.
  const [day, dayEnd] = ranged ? [chartDay(Prisma.sql`r.day`), chartDayEnd(Prisma.sql`r."dayEnd"`)] : [Prisma.sql`r.day`, Prisma.sql`r."dayEnd"`];
  return Prisma.sql`
    SELECT CASE WHEN r.day = ${UNPLACED}::date THEN NULL ELSE ${day}::date END AS day,
           CASE WHEN r.day = ${UNPLACED}::date THEN NULL ELSE ${dayEnd}::date END AS "dayEnd", ${CATEGORY.r} AS category, sum(r.n)::int AS n
    FROM ${table} ${Prisma.join(conditions, " AND ")}
    GROUP BY 1, 2, 3`;
}

/**
 * The filters' day counts (dayCountsSql) in one row and one text: "day last-day category events" per count,
 * comma-separated, days as day numbers (empty for events placed nowhere), written out here once per distinct
 * day. As rows, the unfiltered timeline's 1,452 counts were as many messages for pg and Prisma to decode
 * (~7 % of a cold /timeline's server CPU); as one text they cost PostgreSQL 0.2 ms more (json_agg: 0.7 ms).
 */
async function dayCounts(f: TimelineFilters, db: Db): Promise<DayCount[]> {
  const dayNumber = (day: Prisma.Sql) => Prisma.sql`coalesce((${day} - ${EPOCH}::date)::text, '')`;
  const [{ counts }] = await db.$queryRaw<{ counts: string | null }[]>`${isPlainOrOneActor(f) ? PREPARED : Prisma.empty}
    SELECT string_agg(${dayNumber(Prisma.sql`c.day`)} || ' ' || ${dayNumber(Prisma.sql`c."dayEnd"`)} || ' ' || c.category || ' ' || c.n, ',') AS counts
    FROM (${dayCountsSql(f)}) c`;
  const days = new Map<string, string | null>();
  const iso = (n: string) => (days.has(n) ? days.get(n)! : days.set(n, n === "" ? null : dayIso(Number(n))).get(n)!);
  return (counts ? counts.split(",") : []).map((count) => {
    const [day, dayEnd, category, n] = count.split(" ");
    return { day: iso(day), dayEnd: iso(dayEnd), category: category as EventCategory, n: Number(n) };
  });
}

export async function countTimeline(filters: TimelineFilters, { db = prisma }: { db?: Db } = {}): Promise<number> {
  return (await dayCounts(filters, db)).reduce((sum, r) => sum + r.n, 0);
}

/** Events per placed day and category, shaped into the chart's stacked bars. */
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

/** One event as the CSV export writes it: its columns and its first source, read flat (no JSON per row). */
export type TimelineExportRow = {
  id: string; title: string; type: EventRowBase["type"]; precision: EventRowBase["datePrecision"];
  /** Dates as YYYY-MM-DD; start is null when the event is undated (no start, or precision unknown). */
  start: string | null; end: string | null; placed: string | null;
  dateText: string | null; place: string | null; fatalities: number | null; verified: boolean;
  /** Live actors, ordered in SQL by role, then name by code point (byRole re-sorts by name in JavaScript). */
  names: string[] | null; roles: EventRole[] | null; slugs: string[] | null; unnamed: boolean[] | null;
  /** Visible source articles' slugs, space-separated, oldest first; `reported` the oldest's date. */
  sources: string | null; reported: string | null;
  /** The oldest source's span: its excerpt, or with an astral character before its end the text up to it (cut in JavaScript). */
  excerpt: string | null; head: string | null; spanStart: number | null; spanEnd: number | null;
};

/**
 * The export's rows for one keyset page, in one statement: the same page as getTimeline, each event's
 * actors as three parallel arrays, its sources as one string, and the excerpt of its oldest source only
 * (the other sources' bodies are never read). Sources sort by (publishedOn, slug) with slugs compared by
 * code point, as localeCompare orders them while slugs are slugify()'s [a-z0-9-]. The sources are read
 * once: their aggregate also names the oldest (its article, part and span), whose text is then read by
 * primary key (a second walk of the event's sources cost ~30 % of a batch at 200,000 events).
 */
async function exportRows(ids: Prisma.Sql, db: Db): Promise<TimelineExportRow[]> {
  const actorOrder = Prisma.sql`CASE x.role WHEN 'initiator' THEN 0 WHEN 'target' THEN 1 ELSE 2 END, a.name COLLATE "C", x."actorId"`;
  const sourceOrder = Prisma.sql`r."publishedOn", r.slug COLLATE "C"`;
  const dated = Prisma.sql`e."startDate" IS NOT NULL AND e."datePrecision" <> 'unknown'`;
  return db.$queryRaw<TimelineExportRow[]>`
    WITH page AS (${ids})
    SELECT e.id, e.title, e.type::text AS type, e."datePrecision"::text AS precision,
           CASE WHEN ${dated} THEN to_char(e."startDate", 'YYYY-MM-DD') END AS start,
           CASE WHEN ${dated} THEN to_char(e."endDate", 'YYYY-MM-DD') END AS "end",
           to_char(e."placedOn", 'YYYY-MM-DD') AS placed, e."dateText", e.place, e.fatalities, e.verified,
           act.names, act.roles, act.slugs, act.unnamed, src.sources, src.reported,
           CASE WHEN NOT first.astral THEN substr(first.head, src."spanStart" + 1) END AS excerpt,
           CASE WHEN first.astral THEN first.head END AS head, src."spanStart", src."spanEnd"
    FROM page JOIN "Event" e ON e.id = page.id
    LEFT JOIN LATERAL (
      SELECT array_agg(a.name ORDER BY ${actorOrder}) AS names, array_agg(x.role::text ORDER BY ${actorOrder}) AS roles,
             array_agg(a.slug ORDER BY ${actorOrder}) AS slugs, array_agg(a.unnamed ORDER BY ${actorOrder}) AS unnamed
      FROM "EventActor" x JOIN "Actor" a ON a.id = x."actorId" WHERE x."eventId" = e.id AND ${liveActorSql("a")}) act ON true
    LEFT JOIN LATERAL (
      SELECT string_agg(r.slug, ' ' ORDER BY ${sourceOrder}) AS sources, to_char(min(r."publishedOn"), 'YYYY-MM-DD') AS reported,
             (array_agg(r.id ORDER BY ${sourceOrder}))[1] AS "firstId", (array_agg(l.part ORDER BY ${sourceOrder}))[1] AS part,
             (array_agg(l."spanStart" ORDER BY ${sourceOrder}))[1] AS "spanStart", (array_agg(l."spanEnd" ORDER BY ${sourceOrder}))[1] AS "spanEnd"
      FROM "EventArticle" l JOIN "Article" r ON r.id = l."articleId" WHERE l."eventId" = e.id AND ${visibleArticleSql("r")}) src ON true
    LEFT JOIN LATERAL (
      SELECT h.head, h.head ~ ${ASTRAL} AS astral
      FROM "Article" r
      CROSS JOIN LATERAL (SELECT left(CASE src.part WHEN 'title' THEN r.title WHEN 'standfirst' THEN coalesce(r.standfirst, '') ELSE r.body END, src."spanEnd") AS head ${PROBE}) h
      WHERE r.id = src."firstId") first ON true
    ORDER BY page."sortOn" DESC, page.id DESC`;
}

/**
 * iterateTimeline's events as flat export rows, batch by batch on the same keyset, up to `cap`. Batches
 * of 500: a statement of 1,000 rows ran 89 ms at 200,000 events (load 5), holding a connection and a
 * core that long; half the rows take half the time, for the same rows per second (the keyset restarts
 * by index, a few buffers).
 */
export async function* iterateTimelineExport(
  filters: TimelineFilters,
  { batch = 500, cap = EXPORT_CAP, db = prisma }: { batch?: number; cap?: number; db?: Db } = {},
): AsyncGenerator<TimelineExportRow[]> {
  let cursor: string | undefined;
  for (let sent = 0; sent < cap; ) {
    const take = Math.min(batch, cap - sent);
    const rows = await exportRows(pageIds({ ...filters, cursor }, take).ids, db);
    if (rows.length) yield rows;
    sent += rows.length;
    if (rows.length < take) return;
    const last = rows[rows.length - 1];
    cursor = encodeCursor({ key: last.placed, id: last.id });
  }
}

/**
 * The newest events by when they were added, for the Atom feed. When `signal` aborts (the reader
 * left) the running statement is cancelled and none follows: it rejects.
 */
export async function getRecentEvents(filters: TimelineFilters, { take = 50, db = prisma, signal }: { take?: number; db?: Db; signal?: AbortSignal } = {}) {
  return untilAborted(signal, async () => {
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT e.id FROM "Event" e WHERE ${timelineWhere(filters)}
      ORDER BY e."createdAt" DESC, e.id DESC LIMIT ${take}`;
    signal?.throwIfAborted();
    if (!rows.length) return [];
    const byId = new Map((await eventsOf(Prisma.sql`SELECT e.id, e."sortOn" FROM "Event" e WHERE e.id IN (${Prisma.join(rows.map((r) => r.id))})`, db)).map((e) => [e.id, e]));
    return rows.flatMap((r) => (byId.has(r.id) ? [shape(byId.get(r.id)!)] : []));
  });
}

/**
 * Actors for the timeline's actor filter: the `limit` named ones taking part in most events (from the
 * maintained ActorStat), plus any named in `include` (the current filter), alphabetically.
 */
export async function getTimelineActors({ db = prisma, include = [], limit = 100 }: { db?: Db; include?: string[]; limit?: number } = {}) {
  const named = include.length ? Prisma.sql`OR a.slug IN (${Prisma.join(include)})` : Prisma.empty;
  // Prepared for no actor or one named (two texts; the limit written out, a whole number).
  const prepared = include.length <= 1 && Number.isSafeInteger(limit);
  const rows = await db.$queryRaw<{ slug: string; name: string; events: number }[]>`${prepared ? PREPARED : Prisma.empty}
    (SELECT a.slug, a.name, s.events FROM "ActorStat" s JOIN "Actor" a ON a.id = s."actorId"
     WHERE s.events > 0 AND ${listedActorSql("a")} ORDER BY s.events DESC, s."actorId" LIMIT ${prepared ? Prisma.raw(String(limit)) : limit})
    UNION
    (SELECT a.slug, a.name, coalesce(s.events, 0) FROM "Actor" a LEFT JOIN "ActorStat" s ON s."actorId" = a.id
     WHERE ${visibleActorSql("a")} AND (false ${named}))`;
  return rows.sort((a, b) => compareNames(a.name, b.name) || a.slug.localeCompare(b.slug));
}

/** Events by id in the given order, shaped as on the timeline (for lists built elsewhere: place pages). */
export async function hydrateEvents(ids: string[], { db = prisma }: { db?: Db } = {}): Promise<TimelineEvent[]> {
  if (ids.length === 0) return [];
  const rows = await eventsOf(Prisma.sql`SELECT e.id, e."sortOn" FROM "Event" e WHERE e.id IN (${Prisma.join(ids)})`, db);
  const byId = new Map(rows.map((row) => [row.id, shape(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

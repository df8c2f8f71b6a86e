import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { EventType } from "@/lib/generated/prisma/enums";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { EVENT_TYPES } from "@/lib/events/codebook";
import { statementsById } from "@/lib/statements/queries";
import { listedActorSql, visibleArticle, visibleRowSql } from "@/lib/visibility";
import { shapeDays, type DashboardDays, type WindowDayCount } from "./days";

// The home dashboard's reads: the 14 days up to the newest day with events (never a future one), from
// the maintained rollups (EventDay, ActorEventDay, ActorDay, ReaderStat) or from index ranges bounded
// by those 14 days. No read counts a whole table. Each panel calls its own function, so each streams
// on its own; they share the window, read once per request.

type Db = PrismaClient;

export const WINDOW_DAYS = 14;
const UNPLACED = "0001-01-01";

export type DashboardWindow = { from: string; to: string } | null;

/** The last WINDOW_DAYS days ending on the newest day with an event placed on it, up to today. */
export const dashboardWindow = cache(async (db: Db = prisma): Promise<DashboardWindow> => {
  const [row] = await db.$queryRaw<{ from: string | null; to: string | null }[]>`
    SELECT to_char(max(day) - ${WINDOW_DAYS - 1}::int, 'YYYY-MM-DD') AS "from", to_char(max(day), 'YYYY-MM-DD') AS "to"
    FROM "EventDay" WHERE day > ${UNPLACED}::date AND day <= current_date AND n <> 0`;
  return row?.to && row.from ? { from: row.from, to: row.to } : null;
});

/** Events per day and category in the window; events known only to a coarser period are counted apart. */
export async function eventsPerDay(window: NonNullable<DashboardWindow>, db: Db = prisma): Promise<DashboardDays> {
  const rows = await db.$queryRaw<WindowDayCount[]>`
    SELECT to_char(day, 'YYYY-MM-DD') AS day, to_char("dayEnd", 'YYYY-MM-DD') AS "dayEnd", type::text AS type, sum(n)::int AS n
    FROM "EventDay"
    WHERE n <> 0 AND day > ${UNPLACED}::date AND day <= ${window.to}::date AND "dayEnd" >= ${window.from}::date
      AND day >= ${window.from}::date - 400
    GROUP BY 1, 2, 3`;
  return shapeDays(rows, window);
}

export type LatestEvent = { id: string; title: string; type: EventType; typeLabel: string; category: string; dateLabel: string; place: string | null };

/** The newest events placed up to the window's end (future-dated ones would otherwise lead). */
export async function latestEvents(window: DashboardWindow, take = 8, db: Db = prisma): Promise<LatestEvent[]> {
  const upTo = window ? Prisma.sql`AND e."sortOn" <= ${window.to}::date` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string; title: string; type: EventType; startDate: Date | null; endDate: Date | null; datePrecision: string; reportedOn: Date | null; place: string | null }[]>`
    SELECT e.id, e.title, e.type::text AS type, e."startDate", e."endDate", e."datePrecision"::text AS "datePrecision", e."reportedOn", e.place
    FROM "Event" e WHERE ${visibleRowSql("e")} ${upTo}
    ORDER BY e."sortOn" DESC, e.id DESC LIMIT ${take}`;
  return rows.map((e) => {
    const dated = e.startDate !== null && e.datePrecision !== "unknown";
    return {
      id: e.id,
      title: e.title,
      type: e.type,
      typeLabel: EVENT_TYPES[e.type].label,
      category: EVENT_TYPES[e.type].category,
      dateLabel: formatPartialDate(dated ? e.startDate : null, dated ? (e.datePrecision as "day") : "unknown", { end: e.endDate, reportedOn: e.reportedOn }),
      place: e.place,
    };
  });
}

export type ActiveActor = { slug: string; name: string; events: number; statements: number };

/**
 * The actors with most events (overlapping the window, as the timeline counts them) and statements in it.
 * Activity is summed per actor id from ActorEventDay and ActorDay first and walked from the most active
 * down, each actor looked up by its key (OFFSET 0 keeps that a lookup per row); ties are broken by name,
 * so only the first `take` rows and their tie group are looked up, not all 5,000 actors joined and hashed.
 */
export async function mostActiveActors(window: NonNullable<DashboardWindow>, take = 8, db: Db = prisma): Promise<ActiveActor[]> {
  return db.$queryRaw<ActiveActor[]>`
    WITH activity AS (
      SELECT "actorId", sum(events)::int AS events, sum(statements)::int AS statements FROM (
        SELECT "actorId", n AS events, 0 AS statements FROM "ActorEventDay"
        WHERE n <> 0 AND day BETWEEN ${window.from}::date - 400 AND ${window.to}::date AND "dayEnd" >= ${window.from}::date
        UNION ALL
        SELECT "actorId", 0, statements FROM "ActorDay"
        WHERE statements <> 0 AND day BETWEEN ${window.from}::date AND ${window.to}::date) rows
      GROUP BY 1)
    SELECT a.slug, a.name, t.events, t.statements
    FROM (SELECT *, events + statements AS total FROM activity ORDER BY total DESC) t
    CROSS JOIN LATERAL (SELECT a.slug, a.name FROM "Actor" a WHERE a.id = t."actorId" AND ${listedActorSql("a")} OFFSET 0) a
    ORDER BY t.total DESC, a.name ASC
    LIMIT ${take}`;
}

export type ActivePlace = { place: string; events: number };

/**
 * The places with most events overlapping the window, by the Place each event names: an index-only range
 * of the events ending in or after the window (Event (visible, placedEnd, placedOn, sortOn, placeId, type)).
 */
export async function mostActivePlaces(window: NonNullable<DashboardWindow>, take = 8, db: Db = prisma): Promise<ActivePlace[]> {
  return db.$queryRaw<ActivePlace[]>`
    SELECT p.name AS place, w.events FROM (
      SELECT e."placeId", count(*)::int AS events
      FROM "Event" e
      WHERE ${visibleRowSql("e")} AND e."placedEnd" >= ${window.from}::date AND e."placedOn" <= ${window.to}::date
        AND e."sortOn" BETWEEN ${window.from}::date - 400 AND ${window.to}::date AND e."placeId" IS NOT NULL
      GROUP BY 1) w
    JOIN "Place" p ON p.id = w."placeId"
    ORDER BY w.events DESC, p.name ASC
    LIMIT ${take}`;
}

/**
 * The newest direct quotes, in the statement list's order (newest said first). Not listStatements:
 * the panel shows no total, and counting direct quotes up to the cap took 50–100 ms at 1M statements.
 */
export async function latestQuotes(take = 5, db: Db = prisma) {
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM "Statement" s WHERE ${visibleRowSql("s")} AND s.direct
    ORDER BY s."sortOn" DESC, s.id DESC LIMIT ${take}`;
  return statementsById(ids.map((r) => r.id), db);
}

/** The newest published articles with their outlet. */
export async function newestArticles(take = 6, db: Db = prisma) {
  return db.article.findMany({
    where: visibleArticle,
    orderBy: [{ publishedOn: "desc" }, { id: "desc" }],
    take,
    select: { slug: true, title: true, publishedOn: true, publication: { select: { name: true } } },
  });
}

/** The maintained totals of what readers see. */
export async function totals(db: Db = prisma) {
  const rows = await db.readerStat.findMany({ where: { key: { in: ["articles", "actors", "statements", "events"] } } });
  const n = (key: string) => rows.find((r) => r.key === key)?.n ?? 0;
  return { articles: n("articles"), actors: n("actors"), statements: n("statements"), events: n("events") };
}

import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { EventType } from "@/lib/generated/prisma/enums";
import { EVENT_TYPES, type EventCategory } from "@/lib/events/codebook";
import { filterParams, type TimelineFilters } from "@/lib/events/filters";
import { hydrateEvents, isPlainOrOneActor, timelineWhere } from "@/lib/events/queries";
import { PREPARED } from "@/lib/db/prepared";
import { toQueryString } from "@/lib/url/search-params";
import { listedActorSql, liveActorSql } from "@/lib/visibility";
import type { MapPlace } from "./map";

type Db = PrismaClient;

// Reads for the map and place pages. The map's events are the timeline's (timelineWhere), grouped by
// the Place each event names; places without coordinates are counted and named, never drawn.

export type MapData = {
  places: MapPlace[];
  /** Places named by matching events that have no coordinates (yet), most events first. */
  unresolved: { slug: string; name: string; total: number }[];
  /** Matching events that name no place at all. */
  withoutPlace: number;
  /** Where a marker's popup asks for the newest matching events at its places (see getNewestAt). */
  eventsUrl: string;
};

const MAP_PLACES = 400;
/** Events a marker's popup lists: the newest matching ones at its places. */
export const EVENTS_PER_MARKER = 6;

const actorId = (slug: string) => Prisma.sql`(SELECT x.id FROM "Actor" x WHERE x.slug = ${slug} AND ${liveActorSql("x")})`;

/**
 * Matching events per place and type: from the maintained EventPlace / ActorPlace when the filters are
 * only types and at most one actor (a few hundred rows, whatever the number of events), else grouped
 * from the matching events (one actor's through that actor's EventActor rows).
 */
function placeCounts(f: TimelineFilters): Prisma.Sql {
  const single = f.actor.length === 1;
  if (f.q || f.place || f.from || f.to || f.actor.length > 1) {
    return single
      ? Prisma.sql`SELECT e."placeId", e.type, count(*)::int AS n FROM "EventActor" ea JOIN "Event" e ON e.id = ea."eventId"
          WHERE ea."actorId" = ${actorId(f.actor[0])} AND ea.visible AND ${timelineWhere({ ...f, actor: [], cursor: undefined })} GROUP BY 1, 2`
      : Prisma.sql`SELECT e."placeId", e.type, count(*)::int AS n FROM "Event" e WHERE ${timelineWhere({ ...f, cursor: undefined })} GROUP BY 1, 2`;
  }
  const types = f.type.length ? Prisma.sql`AND r.type::text IN (${Prisma.join(f.type)})` : Prisma.empty;
  if (single) return Prisma.sql`SELECT nullif(r."placeId", '') AS "placeId", r.type, r.n FROM "ActorPlace" r WHERE r."actorId" = ${actorId(f.actor[0])} AND r.n <> 0 ${types}`;
  return Prisma.sql`SELECT nullif(r."placeId", '') AS "placeId", r.type, r.n FROM "EventPlace" r WHERE r.n <> 0 ${types}`;
}

/**
 * The newest few matching events at place `p.id`, in index order: the Event (placeId, visible, sortOn)
 * index, or for one actor that actor's EventActor (actorId, placeId, visible, sortOn) rows.
 */
function newestAt(f: TimelineFilters): Prisma.Sql {
  const columns = Prisma.sql`e.id, e.title, e.type, to_char(e."placedOn", 'YYYY-MM-DD') AS day, e."sortOn"`;
  if (f.actor.length === 1) {
    return Prisma.sql`SELECT ${columns} FROM "EventActor" ea JOIN "Event" e ON e.id = ea."eventId"
      WHERE ea."actorId" = ${actorId(f.actor[0])} AND ea."placeId" = p.id AND ea.visible AND ${timelineWhere({ ...f, actor: [], cursor: undefined })}
      ORDER BY ea."sortOn" DESC, ea."eventId" DESC LIMIT ${EVENTS_PER_MARKER}`;
  }
  return Prisma.sql`SELECT ${columns} FROM "Event" e WHERE e."placeId" = p.id AND ${timelineWhere({ ...f, cursor: undefined })}
    ORDER BY e."sortOn" DESC, e.id DESC LIMIT ${EVENTS_PER_MARKER}`;
}

export async function getMapData(filters: TimelineFilters, { db = prisma }: { db?: Db } = {}): Promise<MapData> {
  const rows = await db.$queryRaw<{ id: string | null; slug: string | null; name: string | null; latitude: number | null; longitude: number | null; type: EventType; n: number }[]>`${isPlainOrOneActor(filters) ? PREPARED : Prisma.empty}
    WITH m AS (${placeCounts(filters)})
    SELECT p.id, p.slug, p.name, p.latitude, p.longitude, m.type::text AS type, m.n
    FROM m LEFT JOIN "Place" p ON p.id = m."placeId"`;
  const byPlace = new Map<string, MapPlace & { id: string }>();
  const unresolved = new Map<string, { slug: string; name: string; total: number }>();
  let withoutPlace = 0;
  for (const row of rows) {
    if (!row.id) {
      withoutPlace += row.n;
    } else if (row.latitude === null || row.longitude === null) {
      const u = unresolved.get(row.id) ?? { slug: row.slug!, name: row.name!, total: 0 };
      u.total += row.n;
      unresolved.set(row.id, u);
    } else {
      const place = byPlace.get(row.id) ?? { id: row.id, slug: row.slug!, name: row.name!, latitude: row.latitude, longitude: row.longitude, total: 0, byCategory: {} };
      const category = EVENT_TYPES[row.type].category;
      place.total += row.n;
      place.byCategory[category] = (place.byCategory[category] ?? 0) + row.n;
      byPlace.set(row.id, place);
    }
  }
  return {
    places: [...byPlace.values()].sort((a, b) => b.total - a.total).slice(0, MAP_PLACES).map(({ id: _id, ...place }) => place),
    unresolved: [...unresolved.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name)),
    withoutPlace,
    eventsUrl: `/timeline/map-events${toQueryString({ ...filterParams(filters), group: undefined, view: undefined })}`,
  };
}

export type MarkerEvent = { id: string; title: string; date: string; category: EventCategory };

/**
 * The newest few events matching the filters at any of the places named by slug, newest first: what a
 * map marker's popup lists, asked for when it opens (a page carried them for every marker, ~17 KiB of a
 * cold /timeline's payload, and read up to 2,400 rows for them). Each place is walked in index order
 * (newestAt) and the few rows of all of them sorted.
 */
export async function getNewestAt(filters: TimelineFilters, slugs: string[], { db = prisma }: { db?: Db } = {}): Promise<MarkerEvent[]> {
  if (slugs.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string; title: string; type: EventType; day: string | null }[]>`
    SELECT x.id, x.title, x.type::text AS type, x.day
    FROM "Place" p CROSS JOIN LATERAL (${newestAt(filters)}) x
    WHERE p.slug IN (${Prisma.join(slugs)})
    ORDER BY x."sortOn" DESC, x.id DESC
    LIMIT ${EVENTS_PER_MARKER}`;
  return rows.map((e) => ({ id: e.id, title: e.title, date: e.day ?? "", category: EVENT_TYPES[e.type].category }));
}

export type PlaceRecord = { id: string; slug: string; name: string; latitude: number | null; longitude: number | null; countryCode: string | null; source: string };

/** One place by slug (cached per request: metadata and page share it). */
export const getPlace = cache(async (slug: string, db: Db = prisma): Promise<PlaceRecord | null> => {
  return db.place.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, latitude: true, longitude: true, countryCode: true, source: true } });
});

const PLACE_EVENTS = 100;

/** What a place page shows: the newest events there, the actors taking part most often, and its count. */
export async function getPlaceActivity(placeId: string, { db = prisma }: { db?: Db } = {}) {
  const [ids, actors, total] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT e.id FROM "Event" e WHERE e."placeId" = ${placeId} AND e.visible
      ORDER BY e."sortOn" DESC, e.id DESC LIMIT ${PLACE_EVENTS}`,
    db.$queryRaw<{ slug: string; name: string; events: number }[]>`
      SELECT a.slug, a.name, count(*)::int AS events
      FROM "Event" e JOIN "EventActor" ea ON ea."eventId" = e.id JOIN "Actor" a ON a.id = ea."actorId"
      WHERE e."placeId" = ${placeId} AND e.visible AND ${listedActorSql("a")}
      GROUP BY a.id ORDER BY events DESC, a.name LIMIT 24`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 FROM "Event" e WHERE e."placeId" = ${placeId} AND e.visible LIMIT 10000) x`,
  ]);
  return { events: await hydrateEvents(ids.map((r) => r.id), { db }), actors, total: total[0]?.n ?? 0, shown: PLACE_EVENTS };
}

/** Places editors should look at: unresolved ones first, then the rest, with how many events name each. */
export async function getPlacesForReview({ db = prisma, take = 300 }: { db?: Db; take?: number } = {}) {
  return db.$queryRaw<{ id: string; slug: string; name: string; source: string; latitude: number | null; longitude: number | null; countryCode: string | null; events: number }[]>`
    SELECT p.id, p.slug, p.name, p.source::text AS source, p.latitude, p.longitude, p."countryCode",
      (SELECT count(*)::int FROM "Event" e WHERE e."placeId" = p.id AND e."deletedAt" IS NULL) AS events
    FROM "Place" p
    ORDER BY (p.source IN ('unresolved', 'pending')) DESC, events DESC, p.name
    LIMIT ${take}`;
}

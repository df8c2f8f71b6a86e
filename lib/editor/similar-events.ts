import "server-only";
import { addDays } from "date-fns";
import { formatPartialDate, partialDateFromString, type PartialDate } from "@/lib/dates/partial-date";
import { prisma } from "@/lib/db/client";
import { eventMatch, words } from "./matching";
import type { Review, ReviewEvent } from "./schemas";
import type { LockKey, Tx } from "./transaction";

export type SimilarEvent = {
  id: string;
  title: string;
  date: string;
  place: string | null;
  type: string;
  /** 0 to 1: the likely match first. */
  score: number;
  /** Why it was shown: "date within 3 days", "similar title", "2 actors in common", "same place", "same type". */
  reasons: string[];
  /** Names of the actors it shares with the proposal. */
  sharedActors: string[];
};

const WINDOW_DAYS = 3;
const SHOWN = 5;

/**
 * Stored events that may be the same happening as each proposed one, the likely match first, keyed by
 * event index. A candidate lies within three days of the proposal's date (or overlaps its week, month…)
 * and shares an actor, the place or title words with it; the type is not required to match. `toPublishOnly`
 * asks only for the events to be published as new (Publish's check: the others cannot be left undecided);
 * `db` is the publishing transaction when Publish checks again under its locks. One statement for all events.
 */
export async function findSimilarEvents(review: Review, { toPublishOnly = false, db = prisma as Tx } = {}): Promise<Record<number, SimilarEvent[]>> {
  const actorIds = new Map(review.actors.filter((a) => a.decision === "existing" && a.actorId).map((a) => [a.key, a.actorId!]));
  const proposals = review.events.flatMap((event, i) => {
    if (toPublishOnly && (!event.accepted || event.mergeInto)) return [];
    const ids = [...new Set(event.actors.map((a) => actorIds.get(a.key)).filter((id): id is string => !!id))];
    const query = candidateQuery(event, ids);
    return query ? [{ i, event, actorIds: ids, query }] : [];
  });
  if (!proposals.length) return {};
  const rows = await candidates(db, proposals.map((p) => ({ i: p.i, ...p.query })));
  const found: Record<number, SimilarEvent[]> = {};
  for (const { i, event, actorIds: ids } of proposals) {
    const similar = ranked(event, ids, rows.filter((r) => r.i === i));
    if (similar.length) found[i] = similar;
  }
  return found;
}

const DAY_MS = 86_400_000;

/** The units of time a date lock is taken on, finest first, each with the most of them one event may lock. */
const LOCK_LEVELS = [
  { name: "week", most: 3, unit: (day: number) => String(Math.floor(day / 7)) },
  { name: "month", most: 5, unit: (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 7) },
  { name: "year", most: Infinity, unit: (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 4) },
];

/** The distinct units (weeks, months or years) a range of days, counted from 1970, touches. */
function unitsOf(level: (typeof LOCK_LEVELS)[number], first: number, last: number): string[] {
  const units = new Set<string>();
  for (let day = first; day <= last; day++) units.add(level.unit(day));
  return [...units];
}

/**
 * The lock keys (see lockKeys) under which Publish checks new events against the stored ones and writes them. A dated
 * event's range is locked at the finest level (week, month, year) that covers it with few units, exclusive; the days
 * it is widened by (half the window each side) at week level; and each of those at every coarser level, shared. Two
 * events that findSimilarEvents may pair lie within the window of each other, so their widened ranges share a day,
 * whose unit at the coarser of their two levels there one holds exclusive and the other at least shared: their
 * publishes take turns. A year is a handful of keys, not its 53 weeks; days of one year far apart, events far apart
 * in time, and undated ones (never paired) hold nothing the other wants exclusive.
 */
export function eventDateLocks(events: Pick<ReviewEvent, "date" | "datePrecision">[]): LockKey[] {
  const widen = Math.ceil(WINDOW_DAYS / 2);
  const locks = new Map<string, boolean>();
  const lock = (key: string, shared: boolean) => locks.set(key, (locks.get(key) ?? true) && shared);
  for (const event of events) {
    const range = event.date ? partialDateFromString(event.date, event.datePrecision) : null;
    if (!range?.start || !range.end) continue;
    const [start, end] = [Math.floor(range.start.getTime() / DAY_MS), Math.floor(range.end.getTime() / DAY_MS)];
    const level = LOCK_LEVELS.findIndex((l) => unitsOf(l, start, end).length <= l.most);
    for (let day = start - widen; day <= end + widen; day++) {
      const own = day >= start && day <= end ? level : 0;
      LOCK_LEVELS.slice(own).forEach((l, i) => lock(`event-${l.name}:${l.unit(day)}`, i > 0));
    }
  }
  return [...locks].map(([key, shared]) => ({ key, shared }));
}

type CandidateQuery = { from: string; to: string; start: string; actorIds: string[]; place: string; terms: string };
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** What the candidates of one dated proposal are searched by; none for an undated one (never paired). */
function candidateQuery(event: ReviewEvent, actorIds: string[]): CandidateQuery | null {
  if (!event.date) return null;
  const range = partialDateFromString(event.date, event.datePrecision);
  if (!range.start || !range.end) return null;
  return {
    from: isoDay(addDays(range.start, -WINDOW_DAYS)),
    to: isoDay(addDays(range.end, WINDOW_DAYS)),
    start: isoDay(range.start),
    actorIds,
    place: event.place?.trim().toLowerCase() ?? "",
    // Title words as an OR query over the events' search vector; only letters and digits reach it.
    terms: [...new Set(words(event.title).filter((w) => w.length > 2))].slice(0, 12).join(" | "),
  };
}

type CandidateRow = {
  i: number; id: string; title: string; type: string; place: string | null;
  startDate: Date | null; endDate: Date | null; datePrecision: PartialDate["precision"]; actorIds: string[]; actorNames: string[];
};

/** Each proposal's stored candidates (the 50 nearest in time), with their actors, in one statement. */
function candidates(db: Tx, proposals: (CandidateQuery & { i: number })[]): Promise<CandidateRow[]> {
  return db.$queryRaw<CandidateRow[]>`
    SELECT p."i", e."id", e."title", e."type"::text AS "type", e."place", e."startDate", e."endDate", e."datePrecision"::text AS "datePrecision",
      coalesce(array_agg(ea."actorId" ORDER BY ea."actorId") FILTER (WHERE ea."actorId" IS NOT NULL), '{}') AS "actorIds",
      coalesce(array_agg(a."name" ORDER BY ea."actorId") FILTER (WHERE ea."actorId" IS NOT NULL), '{}') AS "actorNames"
    FROM jsonb_to_recordset(${JSON.stringify(proposals)}::jsonb)
      AS p("i" int, "from" date, "to" date, "start" date, "actorIds" text[], "place" text, "terms" text)
    CROSS JOIN LATERAL (
      SELECT c.* FROM "Event" c
      WHERE c."deletedAt" IS NULL AND c."mergedIntoId" IS NULL
        AND c."startDate" IS NOT NULL AND c."startDate" <= p."to" AND coalesce(c."endDate", c."startDate") >= p."from"
        AND (
          EXISTS (SELECT 1 FROM "EventActor" x WHERE x."eventId" = c."id" AND x."actorId" = ANY(p."actorIds"))
          OR (p."place" <> '' AND lower(c."place") = p."place")
          OR (p."terms" <> '' AND c."search" @@ to_tsquery('english', p."terms"))
        )
      ORDER BY abs(c."startDate" - p."start"), c."id"
      LIMIT 50
    ) e
    LEFT JOIN "EventActor" ea ON ea."eventId" = e."id"
    LEFT JOIN "Actor" a ON a."id" = ea."actorId"
    GROUP BY p."i", e."id", e."title", e."type", e."place", e."startDate", e."endDate", e."datePrecision"`;
}

/** A proposal's candidates that match it (eventMatch), the likeliest first, at most SHOWN. */
function ranked(event: ReviewEvent, actorIds: string[], rows: CandidateRow[]): SimilarEvent[] {
  const proposed = { title: event.title, type: event.type, place: event.place, actorIds };
  return rows
    .flatMap((c) => {
      const match = eventMatch(proposed, { title: c.title, type: c.type, place: c.place, actorIds: c.actorIds });
      if (!match) return [];
      const sharedActors = c.actorNames.filter((_, k) => match.sharedActorIds.includes(c.actorIds[k]));
      const date = formatPartialDate(c.startDate, c.datePrecision, { end: c.endDate });
      return [{ id: c.id, title: c.title, place: c.place, type: c.type, date, score: match.score, reasons: match.reasons, sharedActors }];
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, SHOWN);
}

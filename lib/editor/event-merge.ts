import "server-only";
import { requireRole } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { formatPartialDate, type DatePrecision } from "@/lib/dates/partial-date";
import { eventTypeLabel } from "@/lib/events/codebook";
import { getEventPage } from "@/lib/events/detail";
import type { EventType } from "@/lib/generated/prisma/enums";

// What the "Merge into…" panel of /editor/events/<id> offers: likely duplicates of the event (same
// type or a shared actor, placed within a week of it) and events found by title words or by address,
// each with what a merge would move there. Merging itself is mergeEvents (corrections.ts).

export const MERGE_WINDOW_DAYS = 7;
const SHOWN = 10;

export type MergeCandidate = {
  id: string;
  title: string;
  type: string;
  date: string;
  place: string | null;
  sharedActors: number;
  /** What the merge adds to this event: reporting articles and actors it lacks, statements shown beside them. */
  moves: { articles: number; actors: number; statements: number };
};

export type MergeChoices = { likely: MergeCandidate[]; found: MergeCandidate[]; findMessage: string | null };

type EventRow = { id: string; title: string; type: EventType; startDate: Date | null; endDate: Date | null; datePrecision: DatePrecision; place: string | null; shared: number };

const columns = Prisma.sql`e.id, e.title, e.type, e."startDate", e."endDate", e."datePrecision"::text AS "datePrecision", e.place,
  (SELECT count(*)::int FROM "EventActor" a JOIN "EventActor" b ON b."actorId" = a."actorId" WHERE a."eventId" = e.id AND b."eventId" = src.id) AS shared`;
const live = Prisma.sql`e."deletedAt" IS NULL AND e."mergedIntoId" IS NULL`;

/** An event address (…/events/<id>) or bare id typed into the search box, else null. */
export function eventIdIn(text: string): string | null {
  const m = text.trim().match(/^(?:(?:https?:\/\/[^/]+)?\/(?:editor\/)?events\/)?([A-Za-z0-9_-]{8,64})\/?$/);
  return m ? m[1] : null;
}

export async function eventMergeChoices(user: SessionUser | null, sourceId: string, find: string | undefined, db = prisma): Promise<MergeChoices> {
  requireRole(user, "editor");
  const likely = await db.$queryRaw<EventRow[]>`
    SELECT ${columns} FROM "Event" src JOIN "Event" e ON e.id <> src.id AND ${live}
    WHERE src.id = ${sourceId} AND src."placedOn" IS NOT NULL
      AND e."placedOn" <= src."placedEnd" + ${MERGE_WINDOW_DAYS}::int AND e."placedEnd" >= src."placedOn" - ${MERGE_WINDOW_DAYS}::int
      AND (e.type = src.type OR EXISTS (SELECT 1 FROM "EventActor" a JOIN "EventActor" b ON b."actorId" = a."actorId" WHERE a."eventId" = e.id AND b."eventId" = src.id))
    ORDER BY shared DESC, (e.type = src.type) DESC, abs(e."placedOn" - src."placedOn"), e.id
    LIMIT ${SHOWN}`;
  const { rows: found, message } = find?.trim() ? await findEvents(sourceId, find.trim(), db) : { rows: [], message: null };
  const seen = new Set(likely.map((e) => e.id));
  return {
    likely: await withMoves(sourceId, likely, db),
    found: await withMoves(sourceId, found.filter((e) => !seen.has(e.id)), db),
    findMessage: message ?? (find?.trim() && found.length === 0 ? `No other event matches “${find.trim()}”.` : null),
  };
}

/** Events by address or id (saying why one cannot be chosen), else by title words. */
async function findEvents(sourceId: string, find: string, db: typeof prisma): Promise<{ rows: EventRow[]; message: string | null }> {
  const id = eventIdIn(find);
  const named = id ? await db.event.findUnique({ where: { id }, select: { id: true, title: true, deletedAt: true, mergedInto: { select: { id: true, title: true } } } }) : null;
  if (named) {
    if (named.id === sourceId) return { rows: [], message: "That is this event: an event cannot be merged into itself." };
    if (named.deletedAt) return { rows: [], message: `“${named.title}” was deleted: restore it first, or choose another event.` };
    if (named.mergedInto) return { rows: await eventsById(sourceId, [named.mergedInto.id], db), message: `“${named.title}” was already merged into “${named.mergedInto.title}”: merge into that one instead.` };
    return { rows: await eventsById(sourceId, [named.id], db), message: null };
  }
  const pattern = `%${find.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db.$queryRaw<EventRow[]>`
    SELECT ${columns} FROM "Event" src JOIN "Event" e ON e.id <> src.id AND ${live}
    WHERE src.id = ${sourceId} AND (e.title ILIKE ${pattern} ESCAPE '\\' OR e.search @@ websearch_to_tsquery('english', ${find}))
    ORDER BY e."sortOn" DESC, e.id LIMIT ${SHOWN}`;
  return { rows, message: null };
}

async function eventsById(sourceId: string, ids: string[], db: typeof prisma): Promise<EventRow[]> {
  return db.$queryRaw<EventRow[]>`
    SELECT ${columns} FROM "Event" src JOIN "Event" e ON e.id <> src.id AND ${live}
    WHERE src.id = ${sourceId} AND e.id IN (${Prisma.join(ids)})`;
}

/** Each candidate with what merging the source into it moves (mergeEvents copies links the target lacks). */
async function withMoves(sourceId: string, rows: EventRow[], db: typeof prisma): Promise<MergeCandidate[]> {
  if (!rows.length) return [];
  const [links, page] = await Promise.all([
    db.$queryRaw<{ target: string; articles: string[]; actors: number }[]>`
      SELECT t.id AS target,
        ARRAY(SELECT a.slug FROM "EventArticle" ea JOIN "Article" a ON a.id = ea."articleId"
              WHERE ea."eventId" = ${sourceId} AND NOT EXISTS (SELECT 1 FROM "EventArticle" x WHERE x."eventId" = t.id AND x."articleId" = ea."articleId")) AS articles,
        (SELECT count(*)::int FROM "EventActor" ea WHERE ea."eventId" = ${sourceId}
              AND NOT EXISTS (SELECT 1 FROM "EventActor" x WHERE x."eventId" = t.id AND x."actorId" = ea."actorId")) AS actors
      FROM unnest(${rows.map((r) => r.id)}::text[]) AS t(id)`,
    getEventPage(sourceId, db),
  ]);
  const byTarget = new Map(links.map((l) => [l.target, l]));
  return rows.map((r) => {
    const moving = byTarget.get(r.id);
    const articles = new Set(moving?.articles ?? []);
    return {
      id: r.id,
      title: r.title,
      type: eventTypeLabel(r.type),
      date: r.startDate ? formatPartialDate(r.startDate, r.datePrecision, { end: r.endDate }) : "date unknown",
      place: r.place,
      sharedActors: r.shared,
      moves: { articles: articles.size, actors: moving?.actors ?? 0, statements: (page?.statements ?? []).filter((s) => articles.has(s.article.slug)).length },
    };
  });
}

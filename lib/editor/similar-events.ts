import "server-only";
import { addDays } from "date-fns";
import { formatPartialDate, partialDateFromString } from "@/lib/dates/partial-date";
import { prisma } from "@/lib/db/client";
import type { Review } from "./schemas";

export type SimilarEvent = { id: string; title: string; date: string; place: string | null };

/**
 * Stored events that look like each proposed one: the same type, a date within three days of it
 * (or overlapping its month/week), and at least one actor in common. Keyed by event index.
 */
export async function findSimilarEvents(review: Review): Promise<Record<number, SimilarEvent[]>> {
  const actorIds = new Map(review.actors.filter((a) => a.decision === "existing" && a.actorId).map((a) => [a.key, a.actorId!]));
  const found: Record<number, SimilarEvent[]> = {};
  await Promise.all(
    review.events.map(async (event, i) => {
      const ids = event.actors.map((a) => actorIds.get(a.key)).filter((id): id is string => !!id);
      if (!event.date || ids.length === 0) return;
      const range = partialDateFromString(event.date, event.datePrecision);
      if (!range.start || !range.end) return;
      const candidates = await prisma.event.findMany({
        where: {
          deletedAt: null,
          type: event.type,
          startDate: { lte: addDays(range.end, 3) },
          OR: [{ endDate: { gte: addDays(range.start, -3) } }, { endDate: null, startDate: { gte: addDays(range.start, -3) } }],
          actors: { some: { actorId: { in: ids } } },
        },
        take: 5,
        orderBy: { startDate: "asc" },
      });
      if (candidates.length) {
        found[i] = candidates.map((c) => ({ id: c.id, title: c.title, place: c.place, date: formatPartialDate(c.startDate, c.datePrecision, { end: c.endDate }) }));
      }
    }),
  );
  return found;
}

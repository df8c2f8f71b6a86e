import type { ArticleBundle } from "./synthetic";

// The columns the reader_stats and places triggers would fill, computed for a synthetic article's
// rows so the COPY loader can write them directly and run with those triggers off. The rules are the
// migrations' (reader_stats: derived columns and the Event's generated placement; places: the key).
// Every synthetic article is published and live, and its events are first reported by it.

const DAY = 86_400_000;
const UNPLACED = new Date("0001-01-01T00:00:00Z");

/** The last day of the period a dated event covers: its end, else the end of its precision's period. */
export function periodEnd(start: Date, precision: string): Date {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  switch (precision) {
    case "week":
      return new Date(start.getTime() + 6 * DAY);
    case "month":
      return new Date(Date.UTC(y, m + 1, 0));
    case "quarter":
      return new Date(Date.UTC(y, m - (m % 3) + 3, 0));
    case "year":
      return new Date(Date.UTC(y, 12, 0));
    default:
      return start;
  }
}

/** Statement."latestSaidOn": for a statement dated only to a quarter or a year, its period's end or its article's day if earlier. */
export function latestSaidOn(said: Date | null, precision: string, published: Date): Date | null {
  if (said === null || (precision !== "quarter" && precision !== "year")) return null;
  const end = periodEnd(said, precision);
  const last = published < end ? published : end;
  return last < said ? said : last;
}

type Dated = { startDate: Date | null; endDate: Date | null; datePrecision: string; reportedOn: Date | null; linked: boolean; deletedAt?: Date | null };

/** Where the timeline places an event (the Event's generated columns). */
export function placement(e: Dated) {
  const dated = e.startDate !== null && e.datePrecision !== "unknown";
  const placedOn = dated ? e.startDate : e.reportedOn;
  const placedEnd = dated ? (e.endDate ?? periodEnd(e.startDate!, e.datePrecision)) : e.reportedOn;
  return { placedOn, placedEnd, sortOn: placedOn ?? UNPLACED, visible: !e.deletedAt && (e.reportedOn !== null || !e.linked) };
}

/** faultline_place_key: whitespace collapsed, trimmed, lower-cased; null when empty. */
export function placeKey(text: string | null): string | null {
  if (text === null) return null;
  const key = text.replace(/\s+/g, " ").trim().toLowerCase();
  return key === "" ? null : key;
}

/**
 * Adds the derived columns to one article's rows, in place. `deadActors`: stored actors that are
 * deleted (their statements are hidden); `placeIds`: place key → stored Place id.
 */
export function deriveBundle(b: ArticleBundle, deadActors: ReadonlySet<string>, placeIds: ReadonlyMap<string, string>) {
  const published = b.article.publishedOn;
  for (const s of b.statements) {
    Object.assign(s, { day: s.saidOn ?? published, latestSaidOn: latestSaidOn(s.saidOn, s.saidPrecision, published), visible: !deadActors.has(s.speakerId) });
  }
  for (const m of b.mentions) Object.assign(m, { day: published, visible: true });
  const placed = new Map<string, ReturnType<typeof placement> & { type: string; placeId: string | null }>();
  for (const e of b.events) {
    const key = placeKey(e.place);
    const derived = { reportedOn: published, linked: true, placeId: key === null ? null : placeIds.get(key) ?? null };
    if (key !== null && derived.placeId === null) throw new Error(`no Place id for "${key}"`);
    Object.assign(e, derived);
    placed.set(e.id, { ...placement({ ...e, ...derived }), type: e.type, placeId: derived.placeId });
  }
  for (const x of b.eventActors) Object.assign(x, placed.get(x.eventId));
}

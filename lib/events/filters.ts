import { z } from "zod";
import type { EventType } from "@/lib/generated/prisma/enums";
import { EVENT_TYPES } from "@/lib/events/codebook";
import { isoDay, many, parseSearchParams, single, words, type RawSearchParams } from "@/lib/url/search-params";

export const GROUPINGS = ["day", "week", "month"] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const DEFAULT_GROUPING: Grouping = "week";

const SLUG = /^[a-z0-9][a-z0-9-]{0,120}$/;
const isEventType = (value: string): value is EventType => Object.hasOwn(EVENT_TYPES, value);

/**
 * The timeline's URL filters, shared by the page, the export route and the feed. Every field falls
 * back on a bad value (unknown type, impossible date, garbage cursor), so any URL yields a page.
 */
export const timelineFiltersSchema = z
  .object({
    actor: many.transform((slugs) => slugs.map((s) => s.toLowerCase()).filter((s) => SLUG.test(s))),
    type: many.transform((types) => types.filter(isEventType)),
    place: words,
    from: isoDay,
    to: isoDay,
    q: words,
    group: single.pipe(z.enum(GROUPINGS).optional()).catch(undefined),
    cursor: single.pipe(z.string().max(512).optional()).catch(undefined),
  })
  // A reversed range is read the way it was meant.
  .transform((f) => (f.from && f.to && f.from > f.to ? { ...f, from: f.to, to: f.from } : f));

export type TimelineFilters = z.infer<typeof timelineFiltersSchema>;

export function parseTimelineFilters(params: RawSearchParams | URLSearchParams): TimelineFilters {
  const raw: RawSearchParams = {};
  if (params instanceof URLSearchParams) {
    for (const key of new Set(params.keys())) raw[key] = params.getAll(key);
  } else Object.assign(raw, params);
  return parseSearchParams(timelineFiltersSchema, raw);
}

/** The filters as URL parameters (what links and forms carry), without the cursor unless asked. */
export function filterParams(filters: Partial<TimelineFilters>, { withCursor = false } = {}) {
  return {
    actor: filters.actor ?? [],
    type: filters.type ?? [],
    place: filters.place,
    from: filters.from,
    to: filters.to,
    q: filters.q,
    group: filters.group,
    cursor: withCursor ? filters.cursor : undefined,
  };
}

/** True when anything narrows the list (grouping and cursor do not). */
export function hasActiveFilters(f: TimelineFilters): boolean {
  return f.actor.length > 0 || f.type.length > 0 || !!f.place || !!f.from || !!f.to || !!f.q;
}

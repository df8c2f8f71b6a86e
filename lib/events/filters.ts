import type { z } from "zod";
import type { EventType } from "@/lib/generated/prisma/enums";
import { EVENT_TYPES } from "@/lib/events/codebook";
import { isCalendarDay } from "@/lib/dates/iso-day";
import { cursorRule } from "@/lib/pagination/cursor";
import { choiceNotices, cursorNotices, cursorParam, enumList, filterSchemas, oneOf, orderedRange, refusedFilterNotices, refusedFilters, slugItem } from "@/lib/url/list-filters";
import { dayParam, listParam, parseSearchParams, wordsParam, type RawSearchParams } from "@/lib/url/search-params";

export const GROUPINGS = ["day", "week", "month"] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const DEFAULT_GROUPING: Grouping = "week";
/** How the list is drawn: cards (grouped by day/week/month) or a dense table. */
export const VIEWS = ["cards", "table"] as const;
export type View = (typeof VIEWS)[number];
/** How several actors combine: events with any of them (OR) or with all of them (AND). */
export const ACTOR_MATCHES = ["any", "all"] as const;
export type ActorMatch = (typeof ACTOR_MATCHES)[number];

const SLUG = /^[a-z0-9][a-z0-9-]{0,120}$/;
const EVENT_TYPE_KEYS = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];

/** The cursor keys the timeline hands out: the day an event is placed on, or null past the unplaced ones. */
export const timelineCursor = cursorRule((key) => key === null || isCalendarDay(key));

/**
 * The timeline's URL filters, shared by the page, the export route, the feed and the JSON API. Read
 * by pages, every field falls back on a bad value (unknown type, impossible date, garbage cursor), so
 * any URL yields a page; read by the API (`strict`), a bad value is refused with its name.
 */
export const timelineFilters = filterSchemas({
  actor: listParam(slugItem(SLUG)),
  type: enumList(EVENT_TYPE_KEYS),
  place: wordsParam,
  from: dayParam,
  to: dayParam,
  q: wordsParam,
  group: oneOf(GROUPINGS),
  match: oneOf(ACTOR_MATCHES),
  view: oneOf(VIEWS),
  cursor: cursorParam,
}, { cursor: timelineCursor, drawing: ["group", "view"] });

// A reversed range is read the way it was meant.
export const timelineFiltersSchema = timelineFilters.lenient.transform(orderedRange);

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
    match: filters.match,
    view: filters.view,
    cursor: withCursor ? filters.cursor : undefined,
  };
}

/** True when anything narrows the list (grouping and cursor do not). */
export function hasActiveFilters(f: TimelineFilters): boolean {
  return f.actor.length > 0 || f.type.length > 0 || !!f.place || !!f.from || !!f.to || !!f.q;
}

/** Messages for a grouping, actor match or view the timeline does not know (it shows its default instead), and for filters it ignored. */
export function timelineNotices(params: RawSearchParams): string[] {
  const choices = choiceNotices(params, {
    group: { param: timelineFilters.fields.group, fallback: `by ${DEFAULT_GROUPING}` },
    match: { param: timelineFilters.fields.match, fallback: "events with any of the actors" },
    view: { param: timelineFilters.fields.view, fallback: "cards" },
  });
  return [...choices, ...refusedFilterNotices(timelineFilters.fields, params, ["group", "match", "view", "cursor"]), ...cursorNotices(timelineCursor, params)];
}

/**
 * The filters an export or the feed cannot use (the actor match included: an unknown one would widen "all" to "any"),
 * to be refused rather than answered unfiltered; grouping and view change no row, a cursor is not theirs to read.
 */
export function refusedTimelineFilters(params: RawSearchParams): { name: string; message: string }[] {
  return refusedFilters(timelineFilters.fields, params, ["group", "view", "cursor"]);
}

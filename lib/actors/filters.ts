import type { z } from "zod";
import { isCalendarDay } from "@/lib/dates/iso-day";
import { cursorRule } from "@/lib/pagination/cursor";
import { parseSearchParams, type RawSearchParams } from "@/lib/url/search-params";
import { choiceNotices, cursorNotices, cursorParam, enumList, filterSchemas, oneOf, refusedFilterNotices, someWords, viewParam } from "@/lib/url/list-filters";

export const ACTOR_KINDS = ["person", "state", "government", "armed_force", "alliance", "organization", "media", "other"] as const;
export type ActorKindValue = (typeof ACTOR_KINDS)[number];

export const ACTOR_KIND_LABELS: Record<ActorKindValue, string> = {
  person: "Person",
  state: "State",
  government: "Government",
  armed_force: "Armed force",
  alliance: "Alliance",
  organization: "Organisation",
  media: "Media",
  other: "Other",
};

export const ACTOR_SORTS = ["name", "activity", "last-active"] as const;
export type ActorSort = (typeof ACTOR_SORTS)[number];

/** How each order is named on the page (select options, table captions). */
export const ACTOR_SORT_LABELS: Record<ActorSort, string> = {
  name: "name, A–Z",
  activity: "most statements and events first",
  "last-active": "most recently active first",
};

/** Named actors (the default) or the unnamed sources, each described in one article ("a senior EU diplomat"). */
export const ACTOR_SOURCES = ["named", "unnamed"] as const;
export type ActorSources = (typeof ACTOR_SOURCES)[number];

// "named" reads as no choice (the default): /actors and /actors?sources=named are one URL in every link the page builds.
const sourcesChoice = oneOf(ACTOR_SOURCES);
const unnamedOnly = (v: ActorSources | undefined) => (v === "unnamed" ? v : undefined);
const sourcesParam = {
  // The API documents the values it accepts (a transform's output has no JSON Schema of its own).
  strict: sourcesChoice.strict.transform(unnamedOnly).meta({ type: "string", enum: [...ACTOR_SOURCES] }),
  lenient: sourcesChoice.lenient.transform(unnamedOnly),
};

/** The cursor keys the directory hands out: a lower-cased name, an activity count, or a last-active day (never active: 0001-01-01). */
export const actorCursor = cursorRule<ActorSort>((key, sort) => {
  if (sort === "activity") return typeof key === "number" && Number.isInteger(key) && key >= 0 && key <= 2 ** 31 - 1;
  if (sort === "last-active") return isCalendarDay(key);
  return typeof key === "string";
}, ACTOR_SORTS);

/** /actors filters, shared by the directory, its export route and the JSON API. */
export const actorFilters = filterSchemas({
  q: someWords,
  kind: enumList(ACTOR_KINDS),
  /** Named actors (the default) or, with `unnamed`, only the unnamed sources. */
  sources: sourcesParam,
  /** By name A–Z, case-insensitive (the default), by activity (statements and events, most first) or by last active day, latest first. */
  sort: oneOf(ACTOR_SORTS),
  /** Cards (the default) or a table: name | kind | statements | events | last active. */
  view: viewParam,
  cursor: cursorParam,
}, { cursor: actorCursor, drawing: ["view"] });
export const actorFiltersSchema = actorFilters.lenient;

export type ActorFilters = z.infer<typeof actorFiltersSchema>;

export function parseActorFilters(params: RawSearchParams): ActorFilters {
  return parseSearchParams(actorFiltersSchema, params);
}

export function actorFilterParams(f: ActorFilters) {
  return { q: f.q, kind: f.kind, sources: f.sources, sort: f.sort, view: f.view };
}

/** Whether the filters ask for the unnamed sources instead of the named actors. */
export function listsUnnamed(f: Pick<ActorFilters, "sources">): boolean {
  return f.sources === "unnamed";
}

/** Messages for a sources choice, sort or view in the URL that is not one of the directory's (the page shows its default instead), and for filters it ignored. */
export function actorNotices(params: RawSearchParams): string[] {
  const choices = choiceNotices(params, {
    sources: { param: actorFilters.fields.sources, fallback: "named actors" },
    sort: { param: actorFilters.fields.sort, fallback: "by name" },
    view: { param: actorFilters.fields.view, fallback: "cards" },
  });
  return [...choices, ...refusedFilterNotices(actorFilters.fields, params, ["sources", "sort", "view", "cursor"]), ...cursorNotices(actorCursor, params, actorFilters.fields.sort)];
}

/** The role an unnamed source is stored with when its editor gave none; its badge already says it, so cards do not repeat it. */
export const UNNAMED_ROLE = "unnamed source";

/** The role line of a card: an unnamed source's default role is left to its badge. */
export function shownRole(actor: { role: string | null; unnamed: boolean }): string | null {
  return actor.unnamed && actor.role === UNNAMED_ROLE ? null : actor.role;
}

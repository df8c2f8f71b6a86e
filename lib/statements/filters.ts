import { z } from "zod";
import { isCalendarDay } from "@/lib/dates/iso-day";
import { cursorRule, type Cursor } from "@/lib/pagination/cursor";
import { dayParam, parseSearchParams, type RawSearchParams } from "@/lib/url/search-params";
import { choice, choiceNotices, cursorNotices, cursorParam, refusedFilterNotices, filterSchemas, oneOf, oneSlug, orderedRange, slugs, someWords, viewParam } from "@/lib/url/list-filters";

export const STATEMENT_SORTS = ["newest", "oldest", "speaker", "speaker-activity"] as const;
export type StatementSort = (typeof STATEMENT_SORTS)[number];

/** How each order is named on the page (select options, table captions). */
export const STATEMENT_SORT_LABELS: Record<StatementSort, string> = {
  newest: "newest said first",
  oldest: "oldest said first",
  speaker: "speaker name, A–Z",
  "speaker-activity": "most active speakers first",
};

const speakerCursorKey = z.tuple([z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), z.string().refine(isCalendarDay)]);

/** The [speaker id, sort day] a speaker-order cursor's key names (a JSON pair), or null. */
export function speakerKey(key: Cursor["key"]): { speaker: string; day: string } | null {
  if (typeof key !== "string") return null;
  try {
    const parsed = speakerCursorKey.safeParse(JSON.parse(key));
    return parsed.success ? { speaker: parsed.data[0], day: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

const bySpeaker = (sort: StatementSort | undefined) => sort === "speaker" || sort === "speaker-activity";

/** The cursor keys /statements hands out: by date said a day, or null past the dated ones; by speaker [speaker, day]. */
export const statementCursor = cursorRule<StatementSort>((key, sort) => (bySpeaker(sort) ? speakerKey(key) !== null : key === null || isCalendarDay(key)), STATEMENT_SORTS);

/** /statements filters, shared by the page, its export route, the statement feeds and the JSON API. */
export const statementFilters = filterSchemas({
  speaker: slugs,
  from: dayParam,
  to: dayParam,
  direct: choice({ true: true, yes: true, direct: true, false: false, no: false, paraphrase: false }),
  q: someWords,
  topic: slugs,
  article: oneSlug,
  /**
   * By date said, newest first (the default) or oldest first, undated last either way; or grouped by
   * speaker — by name A–Z ignoring case, or most active speakers (statements + events) first — each
   * speaker's newest said first.
   */
  sort: oneOf(STATEMENT_SORTS),
  /** Cards (the default) or a table: date | speaker | words | article | outlet. */
  view: viewParam,
  cursor: cursorParam,
}, { cursor: statementCursor, drawing: ["view"] });
export const statementFiltersSchema = statementFilters.lenient;

export type StatementFilters = z.infer<typeof statementFiltersSchema>;

export function parseStatementFilters(params: RawSearchParams): StatementFilters {
  return orderedRange(parseSearchParams(statementFiltersSchema, params));
}

/** The filters as URL parameters (for links, the pager and exports). */
export function statementFilterParams(f: StatementFilters) {
  return {
    speaker: f.speaker,
    from: f.from,
    to: f.to,
    direct: f.direct === undefined ? undefined : String(f.direct),
    q: f.q,
    topic: f.topic,
    article: f.article,
    sort: f.sort,
    view: f.view,
  };
}

export function hasStatementFilters(f: StatementFilters): boolean {
  return Object.entries({ ...statementFilterParams(f), sort: undefined, view: undefined }).some(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== undefined));
}

/** Messages for a sort or view in the URL that is not one of the list's (the page shows its default instead), and for filters it ignored. */
export function statementNotices(params: RawSearchParams): string[] {
  const choices = choiceNotices(params, {
    sort: { param: statementFilters.fields.sort, fallback: "newest first" },
    view: { param: statementFilters.fields.view, fallback: "cards" },
  });
  return [
    ...choices,
    ...refusedFilterNotices(statementFilters.fields, params, ["sort", "view", "cursor"]),
    ...cursorNotices(statementCursor, params, statementFilters.fields.sort),
  ];
}

import { z } from "zod";
import { dayParam, oneParam, parseSearchParams, present, type RawSearchParams } from "@/lib/url/search-params";
import { choice, cursorParam, filterSchemas, oneSlug, orderedRange, slugs, someWords } from "@/lib/url/list-filters";

/** /statements filters, shared by the page, its export route, the statement feeds and the JSON API. */
export const statementFilters = filterSchemas({
  speaker: slugs,
  from: dayParam,
  to: dayParam,
  direct: choice({ true: true, yes: true, direct: true, false: false, no: false, paraphrase: false }),
  q: someWords,
  topic: slugs,
  article: oneSlug,
  /** By date said: newest first (the default) or oldest first; undated statements come last either way. */
  sort: oneParam(present.pipe(z.enum(["newest", "oldest"]).optional())),
  cursor: cursorParam,
});
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
  };
}

export function hasStatementFilters(f: StatementFilters): boolean {
  return Object.entries({ ...statementFilterParams(f), sort: undefined }).some(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== undefined));
}

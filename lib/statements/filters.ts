import { z } from "zod";
import { isoDay, parseSearchParams, words, type RawSearchParams } from "@/lib/url/search-params";
import { choice, cursorParam, oneSlug, orderedRange, slugs } from "@/lib/url/list-filters";

/** /statements filters, shared by the page, its export route and the statement feeds. */
export const statementFiltersSchema = z.object({
  speaker: slugs,
  from: isoDay,
  to: isoDay,
  direct: choice({ true: true, yes: true, direct: true, false: false, no: false, paraphrase: false }),
  q: words.transform((v) => v || undefined),
  topic: slugs,
  article: oneSlug,
  cursor: cursorParam,
});

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
  };
}

export function hasStatementFilters(f: StatementFilters): boolean {
  return Object.entries(statementFilterParams(f)).some(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== undefined));
}

import type { z } from "zod";
import { isCalendarDay } from "@/lib/dates/iso-day";
import { cursorRule } from "@/lib/pagination/cursor";
import { dayParam, parseSearchParams, type RawSearchParams } from "@/lib/url/search-params";
import { cursorNotices, cursorParam, filterSchemas, orderedRange, refusedFilterNotices, slugs, someWords } from "@/lib/url/list-filters";

/** The cursor keys /articles hands out: the day an article was published. */
export const articleCursor = cursorRule((key) => isCalendarDay(key));

/** /articles filters, shared by the list, its export route and the JSON API. */
export const articleFilters = filterSchemas({
  publication: slugs,
  from: dayParam,
  to: dayParam,
  q: someWords,
  actor: slugs,
  topic: slugs,
  cursor: cursorParam,
}, { cursor: articleCursor });
export const articleFiltersSchema = articleFilters.lenient;

export type ArticleFilters = z.infer<typeof articleFiltersSchema>;

export function parseArticleFilters(params: RawSearchParams): ArticleFilters {
  return orderedRange(parseSearchParams(articleFiltersSchema, params));
}

export function articleFilterParams(f: ArticleFilters) {
  return { publication: f.publication, from: f.from, to: f.to, q: f.q, actor: f.actor, topic: f.topic };
}

/** Messages for filters in the URL the list could not use (it shows the list without them). */
export function articleNotices(params: RawSearchParams): string[] {
  return [...refusedFilterNotices(articleFilters.fields, params, ["cursor"]), ...cursorNotices(articleCursor, params)];
}

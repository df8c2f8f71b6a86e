import type { z } from "zod";
import { parseSearchParams, type RawSearchParams } from "@/lib/url/search-params";
import { filterSchemas, refusedFilterNotices, someWords } from "@/lib/url/list-filters";

/** /search's words, shared by the page and the JSON API. */
export const searchFilters = filterSchemas({ q: someWords });
export const searchFiltersSchema = searchFilters.lenient;
export type SearchFilters = z.infer<typeof searchFiltersSchema>;

export function parseSearchFilters(params: RawSearchParams): SearchFilters {
  return parseSearchParams(searchFiltersSchema, params);
}

/** What the search page says about words it could not use (over the limit): without it, the empty form passes for "no search". */
export function searchNotices(params: RawSearchParams): string[] {
  return refusedFilterNotices(searchFilters.fields, params);
}

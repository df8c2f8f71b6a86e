import { z } from "zod";
import { parseSearchParams, words, type RawSearchParams } from "@/lib/url/search-params";

export const searchFiltersSchema = z.object({ q: words.transform((v) => v || undefined) });
export type SearchFilters = z.infer<typeof searchFiltersSchema>;

export function parseSearchFilters(params: RawSearchParams): SearchFilters {
  return parseSearchParams(searchFiltersSchema, params);
}

import { z } from "zod";
import { isoDay, parseSearchParams, words, type RawSearchParams } from "@/lib/url/search-params";
import { cursorParam, orderedRange, slugs } from "@/lib/url/list-filters";

/** /articles filters, shared by the list and its export route. */
export const articleFiltersSchema = z.object({
  publication: slugs,
  from: isoDay,
  to: isoDay,
  q: words.transform((v) => v || undefined),
  actor: slugs,
  topic: slugs,
  cursor: cursorParam,
});

export type ArticleFilters = z.infer<typeof articleFiltersSchema>;

export function parseArticleFilters(params: RawSearchParams): ArticleFilters {
  return orderedRange(parseSearchParams(articleFiltersSchema, params));
}

export function articleFilterParams(f: ArticleFilters) {
  return { publication: f.publication, from: f.from, to: f.to, q: f.q, actor: f.actor, topic: f.topic };
}

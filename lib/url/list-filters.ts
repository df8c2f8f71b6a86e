import { z } from "zod";
import { many, single } from "./search-params";

// Small zod pieces shared by the reader's list filters (statements, actors, articles, search).
// Every one falls back instead of failing, so a hand-edited URL always yields a usable list.

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** Slugs (?speaker=a&speaker=b or ?speaker=a,b), lower-cased; anything that is not a slug is dropped. */
export const slugs = many.transform((values) => values.map((v) => v.toLowerCase()).filter((v) => SLUG.test(v))).catch([]);

/** One slug or undefined. */
export const oneSlug = single.transform((v) => (v && SLUG.test(v.toLowerCase()) ? v.toLowerCase() : undefined)).catch(undefined);

/** The opaque keyset cursor; decoded (and dropped when malformed) by the data module. */
export const cursorParam = single.catch(undefined);

/** Values of an enum, several allowed; unknown values dropped. */
export function enumList<const T extends readonly [string, ...string[]]>(values: T) {
  const allowed = new Set<string>(values);
  return many.transform((list) => list.filter((v): v is T[number] => allowed.has(v))).catch([]);
}

/** A yes/no choice: true/yes/1 → true, false/no/0 → false, anything else → undefined (no filter). */
export function choice<const T extends Record<string, boolean>>(map: T) {
  return single
    .transform((v) => (v !== undefined && Object.hasOwn(map, v.toLowerCase()) ? map[v.toLowerCase() as keyof T] : undefined))
    .catch(undefined);
}

/** A from/to pair put in order: a reversed range is read as the range the reader meant. */
export function orderedRange<T extends { from?: string; to?: string }>(filters: T): T {
  if (filters.from && filters.to && filters.from > filters.to) return { ...filters, from: filters.to, to: filters.from };
  return filters;
}

export { z };

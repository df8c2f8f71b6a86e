import { z } from "zod";
import { decodeCursor, type Cursor } from "@/lib/pagination/cursor";
import { listParam, oneParam, present, single, wordsParam, type Param, type RawSearchParams } from "./search-params";

// Small zod pieces shared by the reader's list filters (statements, actors, articles, search).
// Each is a Param: pages read it leniently (a hand-edited URL always yields a usable list), the JSON
// API strictly (a bad value is a 400 that names the parameter).

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
const lower = (v: string | undefined) => v?.toLowerCase();

/** A slug, lower-cased; `max` is the longest slug the list accepts. */
export function slugItem(pattern = SLUG) {
  return z.string().transform((v) => v.toLowerCase()).pipe(z.string().regex(pattern, { error: (iss) => `"${String(iss.input)}" is not a slug` }));
}

/** Slugs (?speaker=a&speaker=b or ?speaker=a,b), lower-cased; anything that is not a slug is dropped (page) or refused (API). */
export const slugs = listParam(slugItem());

/** One slug or undefined. */
export const oneSlug = oneParam(present.transform(lower).pipe(slugItem().optional()));

/** Words to search for; blank means none. */
export const someWords = oneParam(wordsParam.strict.transform((v) => v || undefined));

/**
 * The opaque keyset cursor; pages hand it to the data module (which reads a malformed one as "first page"), the API
 * refuses it, and one whose key the list cannot sort by (`keyFits`: a day for a list in date order).
 */
export function cursorOf<B extends z.ZodType<string | undefined>>(base: B, keyFits: (key: Cursor["key"]) => boolean = () => true) {
  const fits = (v: string) => {
    const cursor = decodeCursor(v);
    return cursor !== null && keyFits(cursor.key);
  };
  const strict = base.refine((v) => !v || fits(v), { error: "not a cursor this API returned (use nextCursor as given)" });
  return { strict, lenient: base.catch(undefined as z.output<B>) };
}

export const cursorParam = cursorOf(single);

/**
 * For a list whose cursor key depends on the order (a day, a count, a name): refuses a cursor handed out
 * for another order, which would otherwise silently answer the first page. Goes last on a strict schema.
 */
export function cursorOfSort<S>(fits: (sort: S | undefined, key: Cursor["key"]) => boolean) {
  return (query: { sort?: S; cursor?: string }, ctx: z.RefinementCtx) => {
    const cursor = query.cursor ? decodeCursor(query.cursor) : null;
    if (cursor && !fits(query.sort, cursor.key)) {
      ctx.addIssue({ code: "custom", path: ["cursor"], message: "not a cursor of this sort order (pass nextCursor with the parameters of the page it came from)" });
    }
  };
}

/** Values of an enum, several allowed; unknown values dropped (page) or refused (API). */
export function enumList<const T extends readonly [string, ...string[]]>(values: T) {
  return listParam(z.enum(values, { error: (iss) => `"${String(iss.input)}" is not one of ${values.join(", ")}` }));
}

/** A yes/no choice: true/yes/1 → true, false/no/0 → false; anything else is no filter (page) or refused (API). */
export function choice<const T extends Record<string, boolean>>(map: T) {
  const keys = Object.keys(map) as [keyof T & string, ...(keyof T & string)[]];
  return oneParam(
    present
      .transform(lower)
      .pipe(z.enum(keys, { error: (iss) => `"${String(iss.input)}" is not one of ${keys.join(", ")}` }).optional())
      .transform((key): T[keyof T] | undefined => (key === undefined ? undefined : map[key]))
      .meta({ type: "string", enum: keys }),
  );
}

/** One of a few named options (a sort order, a view); a bad value is no choice (page, which says so: choiceNotices) or refused (API). */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return oneParam(present.transform(lower).pipe(z.enum(values, { error: (iss) => `"${String(iss.input)}" is not one of ${values.join(", ")}` }).optional()));
}

/** How a list is drawn: cards (the default) or a dense table. */
export const LIST_VIEWS = ["cards", "table"] as const;
export type ListView = (typeof LIST_VIEWS)[number];
export const viewParam = oneOf(LIST_VIEWS);

/**
 * What a page says when a choice in its URL is not one it knows (?sort=popular): each such parameter
 * checked with its strict schema, named with the default shown instead. Other filters are unaffected.
 */
export function choiceNotices(params: RawSearchParams, choices: Record<string, { param: Param; fallback: string }>): string[] {
  return Object.entries(choices).flatMap(([name, { param, fallback }]) => {
    const parsed = param.strict.safeParse(params[name]);
    return parsed.success ? [] : [`${name}: ${parsed.error.issues[0]?.message ?? "not a known value"}; showing ${fallback}.`];
  });
}

type Fields = Record<string, Param>;

/**
 * The filters in a URL that the strict schema refuses (a day that does not exist, words over the limit, a speaker
 * that is not a slug): the page leaves them out, so it must say so, or the unfiltered list passes for the filtered
 * one (refusedFilterNotices); an export refuses them. Unknown parameter names (a tracking tag) are not reported,
 * nor `skip`ped ones (a stale cursor simply shows the first page; sort and view have choiceNotices).
 */
export function refusedFilters(fields: Fields, params: RawSearchParams, skip: readonly string[] = []): { name: string; message: string }[] {
  return Object.entries(fields).flatMap(([name, param]) => {
    if (skip.includes(name) || params[name] === undefined) return [];
    const parsed = param.strict.safeParse(params[name]);
    return parsed.success ? [] : [{ name, message: parsed.error.issues[0]?.message ?? "not a value this list knows" }];
  });
}

/** What a page says about each filter it left out: `from: "2025-02-30" is not a day that exists …; ignored.` */
export function refusedFilterNotices(fields: Fields, params: RawSearchParams, skip: readonly string[] = []): string[] {
  return refusedFilters(fields, params, skip).map(({ name, message }) => `${name}: ${message}; ignored.`);
}

/** A list's filters from their Params: the page's lenient schema and the API's strict one (unknown parameters refused). */
export function filterSchemas<F extends Fields>(fields: F) {
  const pick = (which: keyof Param) => Object.fromEntries(Object.entries(fields).map(([name, param]) => [name, param[which]]));
  return {
    fields,
    lenient: z.object(pick("lenient") as { [K in keyof F]: F[K]["lenient"] }),
    strict: z.strictObject(pick("strict") as { [K in keyof F]: F[K]["strict"] }),
  };
}

/** A from/to pair put in order: a reversed range is read as the range the reader meant. */
export function orderedRange<T extends { from?: string; to?: string }>(filters: T): T {
  if (filters.from && filters.to && filters.from > filters.to) return { ...filters, from: filters.to, to: filters.from };
  return filters;
}

export { z };

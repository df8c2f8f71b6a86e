import { z } from "zod";
import { cursorRefusal, type CursorRefusal, type CursorRule } from "@/lib/pagination/cursor";
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

/** What the API says of a cursor it refuses (CursorRule), and a page of the link that carried it before showing its first page. */
const CURSOR_REFUSALS: Record<CursorRefusal, { api: string; page: string }> = {
  malformed: { api: "not a cursor this list handed out (pass nextCursor as given)", page: "not a page link this list handed out" },
  otherOrder: { api: "a cursor of another sort order (pass nextCursor with the parameters of the page it came from)", page: "a page link for another sort order" },
};

/**
 * The opaque keyset cursor, as given (at most 512 characters, as decodeCursor reads). Whether it fits the list in
 * the order asked for is the list's CursorRule's to say, once, for the API (filterSchemas), the page
 * (cursorNotices) and the query (cursorIn).
 */
export const cursorParam = oneParam(single.pipe(z.string().max(512, { error: CURSOR_REFUSALS.malformed.api }).optional()));

/** What a page says about the cursor in its URL when it shows the first page instead: `sort`, the list's sort parameter. */
export function cursorNotices(rule: CursorRule, params: RawSearchParams, sort?: Param): string[] {
  const refusal = cursorRefusal(rule, single.safeParse(params.cursor).data, sort?.lenient.parse(params.sort));
  return refusal ? [`cursor: ${CURSOR_REFUSALS[refusal].page}; showing the first page.`] : [];
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
 * nor `skip`ped ones (the cursor has cursorNotices, sort and view choiceNotices).
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

/**
 * A list's filters from their Params: the page's lenient schema and the API's strict one (`api`), which refuses
 * unknown parameter names and, given the list's `cursor` rule, a cursor that does not fit the sort order asked for.
 * `drawing` names the parameters that only say how a page draws the list (view, grouping): `api` leaves them out,
 * so it refuses them as it refuses any name it does not know.
 */
export function filterSchemas<F extends Fields, D extends keyof F & string = never>(fields: F, { cursor, drawing = [] }: { cursor?: CursorRule; drawing?: readonly D[] } = {}) {
  const pick = (which: keyof Param, names = Object.keys(fields)) => Object.fromEntries(names.map((name) => [name, fields[name][which]]));
  const api = z.strictObject(pick("strict", Object.keys(fields).filter((name) => !drawing.includes(name as D))) as { [K in Exclude<keyof F, D>]: F[K]["strict"] });
  return {
    fields,
    lenient: z.object(pick("lenient") as { [K in keyof F]: F[K]["lenient"] }),
    api: cursor ? api.superRefine(cursorCheck(cursor), ALWAYS) : api,
  };
}

// Run even when other parameters were refused (any object will do), so that one answer names every bad parameter.
const ALWAYS = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/** The API's reading of a list's cursor: refused, naming "cursor", when it does not fit the sort order asked for. */
function cursorCheck(rule: CursorRule) {
  return (query: { cursor?: unknown; sort?: unknown }, ctx: z.RefinementCtx) => {
    const refusal = cursorRefusal(rule, query.cursor, query.sort);
    if (refusal) ctx.addIssue({ code: "custom", path: ["cursor"], message: CURSOR_REFUSALS[refusal].api });
  };
}

/** A from/to pair put in order: a reversed range is read as the range the reader meant. */
export function orderedRange<T extends { from?: string; to?: string }>(filters: T): T {
  if (filters.from && filters.to && filters.from > filters.to) return { ...filters, from: filters.to, to: filters.from };
  return filters;
}

export { z };

import { z } from "zod";
import { present, type RawSearchParams } from "@/lib/url/search-params";
import { invalidParameters } from "./errors";

export const MAX_LIMIT = 100;

/** How many rows a page holds: `?limit=1..max`, else the list's own page size. */
export function limitParam(fallback: number, max = MAX_LIMIT) {
  const message = `must be a whole number from 1 to ${max}`;
  return present
    .pipe(z.coerce.number<string>({ error: message }).int({ error: message }).min(1, { error: message }).max(max, { error: message }).default(fallback))
    .meta({ description: `Rows per page, 1–${max} (default ${fallback}).` });
}

/** The query string as the filter schemas read it: repeated keys become arrays. */
export function rawQuery(url: URL): RawSearchParams {
  const raw: RawSearchParams = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    raw[key] = values.length === 1 ? values[0] : values;
  }
  return raw;
}

/**
 * One-valued parameters given more than once with different values (?limit=5&limit=7): the schema would read
 * the first, but which was meant cannot be known. A parameter is one-valued when one value parses to a non-array.
 */
function repeatedOneValued(schema: z.ZodObject, raw: RawSearchParams): { name: string; message: string }[] {
  return Object.entries(raw).flatMap(([name, value]) => {
    if (!Array.isArray(value) || new Set(value).size < 2) return [];
    const one = schema.shape[name]?.safeParse(value[0]);
    return one?.success && !Array.isArray(one.data) ? [{ name, message: "given more than once; it takes one value" }] : [];
  });
}

/** Parses the query with a strict schema; a refused value is a 400 naming it. */
export function parseQuery<S extends z.ZodObject>(schema: S, url: URL): z.output<S> {
  const raw = rawQuery(url);
  const repeated = repeatedOneValued(schema, raw);
  const parsed = schema.safeParse(raw);
  if (!parsed.success || repeated.length) throw invalidParameters(parsed.error, repeated);
  return parsed.data;
}

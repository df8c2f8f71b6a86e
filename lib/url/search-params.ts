import { z } from "zod";
import { parseIsoDay } from "@/lib/dates/partial-date";

export type RawSearchParams = Record<string, string | string[] | undefined>;

// Control characters (a %00, say) have no business in a filter, and PostgreSQL refuses NUL outright.
const CONTROL = /[\u0000-\u001f\u007f]/g;
const first = (v: unknown) => {
  const value = Array.isArray(v) ? v[0] : v;
  return typeof value === "string" ? value.replace(CONTROL, "") : value;
};

/** One value of a parameter (the first when repeated); an empty one is no value. */
export const single = z.preprocess(first, z.string().trim().optional()).transform((v) => v || undefined);

/** One value where an empty one (a blank form field) means the parameter is absent. */
export const present = single.transform((v) => (v === "" ? undefined : v));

/** Every value of a repeatable parameter (?actor=a&actor=b, or ?actor=a,b), de-duplicated. */
export const many = z.preprocess((v) => {
  const values = v === undefined ? [] : Array.isArray(v) ? v : [v];
  return [...new Set(values.flatMap((x) => String(x).replace(CONTROL, "").split(",")).map((x) => x.trim()).filter(Boolean))].slice(0, 50);
}, z.array(z.string()));

/**
 * A URL parameter defined once and read two ways: pages read it `lenient`ly (a bad value falls back,
 * so a hand-edited URL still shows a list), the JSON API `strict`ly (a bad value is an error naming it).
 */
export type Param<S extends z.ZodType = z.ZodType, L extends z.ZodType = z.ZodType> = { strict: S; lenient: L };

/** A one-valued parameter: the lenient reading is the strict one, falling back to "not given". */
export function oneParam<S extends z.ZodType>(strict: S) {
  return { strict, lenient: strict.catch(undefined as z.output<S>) };
}

/** A repeatable parameter whose every value must pass `item`: the page drops bad values, the API refuses them. */
export function listParam<I extends z.ZodType<unknown, string>>(item: I) {
  const keepValid = (values: string[]) =>
    values.flatMap((v) => {
      const parsed = item.safeParse(v);
      return parsed.success ? [parsed.data as z.output<I>] : [];
    });
  return { strict: many.pipe(z.array(item)), lenient: many.transform(keepValid).catch([]) };
}

/** An ISO day (YYYY-MM-DD) that really exists; strictly an error, leniently undefined. */
export const dayParam = oneParam(
  z.preprocess(
    (v) => (first(v) === "" ? undefined : first(v)),
    z.string().refine((s) => parseIsoDay(s) !== null, { error: (iss) => `"${String(iss.input)}" is not a day that exists (YYYY-MM-DD)` }).optional(),
  ).meta({ format: "date" }),
);

/** Words to search for, trimmed and capped at 200 characters; blank is none. */
export const wordsParam = oneParam(
  z.preprocess((v) => (String(first(v) ?? "").trim() === "" ? undefined : first(v)), z.string().trim().max(200, { error: "at most 200 characters" }).optional()),
);

/** An ISO day that really exists, else undefined: a bad date falls back, never throws. */
export const isoDay = dayParam.lenient;

/** Words to search for, trimmed and capped. */
export const words = wordsParam.lenient;

/** Parses with a schema whose every field falls back (`.catch`), so any URL yields usable filters. */
export function parseSearchParams<T extends z.ZodType>(schema: T, params: RawSearchParams): z.infer<T> {
  return schema.parse(params);
}

/** Builds a query string from filters, dropping empty values; arrays become repeated keys. */
export function toQueryString(filters: Record<string, string | number | string[] | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) if (v !== "") query.append(key, String(v));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

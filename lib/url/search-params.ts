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

/** Every value of a repeatable parameter (?actor=a&actor=b, or ?actor=a,b), de-duplicated. */
export const many = z.preprocess((v) => {
  const values = v === undefined ? [] : Array.isArray(v) ? v : [v];
  return [...new Set(values.flatMap((x) => String(x).replace(CONTROL, "").split(",")).map((x) => x.trim()).filter(Boolean))].slice(0, 50);
}, z.array(z.string()));

/** An ISO day (YYYY-MM-DD) that really exists, else undefined: a bad date falls back, never throws. */
export const isoDay = z.preprocess(first, z.string().refine((s) => parseIsoDay(s) !== null).optional().catch(undefined));

/** Words to search for, trimmed and capped; none is undefined. */
export const words = z.preprocess(first, z.string().trim().max(200).optional().catch(undefined)).transform((v) => v || undefined);

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

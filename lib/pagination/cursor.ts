import { z } from "zod";
import { isCalendarDay } from "@/lib/dates/iso-day";

// Keyset pagination: a cursor names the last row shown by its sort key and id, so pages stay
// stable when rows are inserted, and no OFFSET scan is needed.
// Ids are cuids/uuids; keys are ISO dates or names. Anything else (control characters, say) is a forgery.
const cursorSchema = z.tuple([
  z.union([z.string().max(300).regex(/^[^\u0000-\u001f\u007f]*$/), z.number().finite(), z.null()]),
  z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
]);
export type Cursor = { key: string | number | null; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString("base64url");
}

/** The cursor in a URL parameter, or null when it is absent or malformed (then: first page). */
export function decodeCursor(value: string | null | undefined): Cursor | null {
  if (!value || value.length > 512) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? { key: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

/** Splits a fetched `take + 1` batch into the page and the cursor for the next one. */
export function pageOf<T extends { id: string }>(rows: T[], take: number, keyOf: (row: T) => Cursor["key"]) {
  const items = rows.slice(0, take);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > take && last ? encodeCursor({ key: keyOf(last), id: last.id }) : null,
  };
}

/**
 * The moment a cursor of a list in time order names ("2025-09-07T10:00:00.000Z", as Date#toISOString writes it,
 * on a calendar day of the years 1000–9999), or null.
 */
export function cursorInstant(key: Cursor["key"]): Date | null {
  if (typeof key !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(key) || !isCalendarDay(key.slice(0, 10)) || key < "1000") return null;
  const date = new Date(key);
  return !Number.isNaN(date.getTime()) && date.toISOString() === key ? date : null;
}

/**
 * Which cursor keys a list hands out in each of its sort orders (a day, a count, a name, …). It is the one
 * check of a cursor: the API refuses one that does not fit (a 400 naming "cursor"), a page says so and shows
 * its first page, and the query continues only from one that fits (cursorIn).
 */
export type CursorRule<S extends string = string> = {
  /** The list's sort orders (undefined: its default); none for a list with one order. */
  sorts: readonly S[];
  fits(key: Cursor["key"], sort: S | undefined): boolean;
};

export function cursorRule<S extends string = never>(fits: CursorRule<S>["fits"], sorts: readonly S[] = []): CursorRule<S> {
  return { sorts, fits };
}

/** What a list's filters say about where to continue: the cursor as given, and the order asked for. */
type Continued<S extends string> = { cursor?: string; sort?: S };

/** The cursor a list continues from: the one given, when it fits the list in this order; else null (the first page). */
export function cursorIn<S extends string>(rule: CursorRule<S>, { cursor, sort }: Continued<S>): Cursor | null {
  const decoded = decodeCursor(cursor);
  return decoded && rule.fits(decoded.key, sort) ? decoded : null;
}

/** Why a given cursor is refused: not one the list hands out at all, or one of its other sort orders. */
export type CursorRefusal = "malformed" | "otherOrder";

/**
 * Why `cursor` cannot continue the list in this order, or null (none given, or it fits). A sort the list does not
 * know (refused on its own) is no reason to refuse the cursor too: then any of the list's orders will do.
 */
export function cursorRefusal<S extends string>(rule: CursorRule<S>, cursor: unknown, sort: unknown): CursorRefusal | null {
  if (cursor === undefined) return null;
  const decoded = typeof cursor === "string" ? decodeCursor(cursor) : null;
  if (!decoded) return "malformed";
  const known = sort === undefined || rule.sorts.includes(sort as S);
  if (known && rule.fits(decoded.key, sort as S | undefined)) return null;
  const orders: (S | undefined)[] = [undefined, ...rule.sorts];
  if (!orders.some((order) => rule.fits(decoded.key, order))) return "malformed";
  return known ? "otherOrder" : null;
}

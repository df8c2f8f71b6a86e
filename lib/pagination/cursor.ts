import { z } from "zod";

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

/** A YYYY-MM-DD day that exists in the calendar (years 0001–9999): Date.parse rolls 2025-02-30 over, PostgreSQL refuses it. */
export function isCalendarDay(key: unknown): key is string {
  if (typeof key !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(key) || key < "0001") return false;
  const date = new Date(`${key}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === key;
}

/** A cursor key that is a date PostgreSQL can store (years 1000–9999), or null. */
export function cursorDate(key: Cursor["key"]): Date | null {
  if (typeof key !== "string" || !/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/.test(key)) return null;
  const date = new Date(key);
  if (Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  // Date rolls 2025-02-30 over to 2 March; PostgreSQL refuses that day.
  const rolledOver = date.toISOString().slice(0, 10) !== key.slice(0, 10);
  return rolledOver || year < 1000 || year > 9999 ? null : date;
}

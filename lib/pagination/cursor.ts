import { z } from "zod";

// Keyset pagination: a cursor names the last row shown by its sort key and id, so pages stay
// stable when rows are inserted, and no OFFSET scan is needed.
const cursorSchema = z.tuple([z.union([z.string(), z.number(), z.null()]), z.string().min(1)]);
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

import { readTypedDate, writeTypedDate, type TypedDate } from "@/lib/dates/typed-date";

// One "When" field for a date and its precision: what an editor types, read as the stored pair
// (date string YYYY, YYYY-MM or YYYY-MM-DD, and its precision), and the pair written back as text.

export type When = TypedDate;
export type WhenReading = ({ ok: true } & When) | { ok: false; message: string };

export const WHEN_FORMATS = "2026-03-05, 5 March 2026, 2026-W10, 2026-03, March 2026, 2026-Q1 or 2026; empty for unknown";

/** Reads what an editor typed in a "When" field; anything it cannot read is refused with the formats it takes. */
export function parseWhen(text: string): WhenReading {
  const when = readTypedDate(text);
  if (when) return { ok: true, ...when };
  return { ok: false, message: `“${text.trim().replace(/\s+/g, " ")}” is not a date Faultline can read. Write ${WHEN_FORMATS}.` };
}

/** The stored pair as the "When" field shows it: "2026-03-05", "2026-W10", "2026-03", "2026-Q1", "2026" or empty. */
export const formatWhen = writeTypedDate;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * The one check of a "YYYY-MM-DD" day (years 0001–9999, the never-active 0001-01-01 included): it must exist in
 * the calendar. Date.parse rolls 2025-02-30 over to 2 March; PostgreSQL refuses that day. No imports, so
 * client components, URL filters, cursors and the API's schemas all share it.
 */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value) || value < "0001") return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * "2025-09-05" as "5 Sep 2025" (formatPartialDate's day), read off the string: no Date to build, and no
 * imports, so a client component can write its own days from the ISO dates it is sent.
 */
export function isoDayLabel(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

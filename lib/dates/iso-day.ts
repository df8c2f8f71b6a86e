const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * "2025-09-05" as "5 Sep 2025" (formatPartialDate's day), read off the string: no Date to build, and no
 * imports, so a client component can write its own days from the ISO dates it is sent.
 */
export function isoDayLabel(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

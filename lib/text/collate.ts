// Sorting names for people: one collator made once. localeCompare given a locale or options builds a
// new collator on every call (13 ms to sort 100 names under load, 0.03 ms with one).

const NAMES = new Intl.Collator("en", { sensitivity: "base" });

/** Compares names alphabetically, ignoring case and accents ("bne IntelliNews" among the Bs, "Émile" by "E"). */
export const compareNames = NAMES.compare;

/** Rows sorted by name, a new array (option lists read alphabetically whatever the database collation). */
export function byName<T extends { name: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => compareNames(a.name, b.name));
}

/** `a.localeCompare(b)` with the default locale and options (an event's actors within a role; exports keep that order). */
export const byLocale = new Intl.Collator().compare;

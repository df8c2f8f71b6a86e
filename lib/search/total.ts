/**
 * A search group's number of matches: `exact`, `atLeast` (more than `total`: the count stopped at the
 * cap) or `estimate` (the planner's figure, rounded to two significant digits).
 */
export type SearchTotal = { total: number; totalCapped: boolean; totalKind: "exact" | "atLeast" | "estimate" };

/** An estimate rounded to two significant digits: 86,704 → 87,000; 3,097 → 3,100; under 100 as is. */
export function roughly(n: number): number {
  if (n < 100) return Math.round(n);
  const step = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / step) * step;
}

/** "87", "1,000+" (counted up to the cap) or "about 87,000" (the database's estimate). */
export function totalLabel({ total, totalKind }: Pick<SearchTotal, "total" | "totalKind">): string {
  const n = total.toLocaleString("en-GB");
  return totalKind === "estimate" ? `about ${n}` : totalKind === "atLeast" ? `${n}+` : n;
}

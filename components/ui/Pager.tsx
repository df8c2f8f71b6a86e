import Link from "next/link";
import { toQueryString } from "@/lib/url/search-params";

/**
 * Keyset pagination links. `filters` are the current URL filters (without the cursor);
 * "first page" drops the cursor, "next" carries the cursor of the last row shown.
 */
export function Pager({
  path,
  filters,
  nextCursor,
  isFirstPage,
}: {
  path: string;
  filters: Record<string, string | number | string[] | null | undefined>;
  nextCursor: string | null;
  isFirstPage: boolean;
}) {
  if (isFirstPage && !nextCursor) return null;
  return (
    <nav className="pager" aria-label="Pages">
      {!isFirstPage && <Link href={`${path}${toQueryString({ ...filters, cursor: undefined })}`}>« First page</Link>}
      {nextCursor && <Link href={`${path}${toQueryString({ ...filters, cursor: nextCursor })}`} rel="next">Next page »</Link>}
    </nav>
  );
}

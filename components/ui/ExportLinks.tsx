import { toQueryString } from "@/lib/url/search-params";

/** "Download CSV / JSON" for a list, with the list's current filters. */
export function ExportLinks({ path, filters }: { path: string; filters: Record<string, string | number | string[] | null | undefined> }) {
  const query = toQueryString({ ...filters, cursor: undefined });
  const sep = query ? "&" : "?";
  return (
    <p className="export-links small">
      Download: <a href={`${path}${query}${sep}format=csv`} download>CSV</a> · <a href={`${path}${query}${sep}format=json`} download>JSON</a>
    </p>
  );
}

import type { RawSearchParams } from "@/lib/url/search-params";

/*
 * Reader pages are cached whole (HTML and RSC payload) by Next.js's incremental cache. That cache
 * keys a page by its path, never by its query string, so the proxy rewrites a reader URL with a
 * query string to an internal path that carries the query as one segment:
 *   /timeline?page=3&actor=x  →  /timeline/_q/q<base64url("actor=x&page=3")>
 * Parameters are sorted and empty ones dropped, so equivalent URLs share one cache entry.
 */

/** The internal segment before the encoded query; "_q" can never be an actor slug. */
export const QUERY_SEGMENT = "_q";
/** Longer queries are refused: no filter needs them, and each distinct one would be a cache entry. */
export const MAX_QUERY_LENGTH = 2000;

/** Public reader paths served from the cache: the home page, the lists, search and actor profiles. */
const CACHED_PATHS = [/^\/$/, /^\/(timeline|statements|actors|articles|search)$/, /^\/actors\/(?!export$)[a-z0-9][a-z0-9-]*$/];

export function isCachedReaderPath(pathname: string): boolean {
  return CACHED_PATHS.some((pattern) => pattern.test(pathname));
}

/** The query string in canonical form: keys sorted (values of one key keep their order), empty values dropped. */
export function canonicalQuery(search: URLSearchParams): string {
  const pairs = [...search.entries()].filter(([key, value]) => key !== "" && value.trim() !== "");
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(pairs).toString();
}

/** "q" followed by the canonical query in base64url: a path segment that survives any router decoding. */
export function encodeQuerySegment(search: URLSearchParams): string {
  return "q" + Buffer.from(canonicalQuery(search), "utf8").toString("base64url");
}

/** The internal path a public reader URL is rewritten to. */
export function cachedPathFor(pathname: string, search: URLSearchParams): string {
  return `${pathname === "/" ? "" : pathname}/${QUERY_SEGMENT}/${encodeQuerySegment(search)}`;
}

/** Back from the segment to the search params a page parses; anything malformed reads as no parameters. */
export function decodeQuerySegment(segment: string): RawSearchParams {
  if (!/^q[A-Za-z0-9_-]*$/.test(segment)) return {};
  const params: RawSearchParams = {};
  for (const [key, value] of new URLSearchParams(Buffer.from(segment.slice(1), "base64url").toString("utf8"))) {
    const existing = params[key];
    params[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return params;
}

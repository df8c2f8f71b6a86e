import "server-only";
import { answerResponse, cachedAnswer, type Answer } from "@/lib/cache/cached-answer";

/**
 * A feed's answer from the cache when it was answered before and no write has expired `tags` since (those of
 * the page listing the same records), else computed and kept. It is keyed by the path and the query in
 * canonical form (`canonicalQuery`: the filters the feed reads, "?…" or ""), so parameters a feed ignores or
 * writes differently never make a new entry; `compute` gets that canonical URL and must depend on nothing
 * else (its links come from the configured public URL, not the request).
 */
export async function cachedFeed(
  request: Request,
  tags: string[],
  canonicalQuery: (url: URL) => string,
  compute: (url: URL) => Promise<Answer>,
): Promise<Response> {
  // Read here: Next.js forbids reading request.url inside the cached computation.
  const asked = new URL(request.url);
  const url = new URL(asked.pathname + canonicalQuery(asked), asked);
  return answerResponse(await cachedAnswer(asked, url.pathname + url.search, tags, () => compute(url)));
}

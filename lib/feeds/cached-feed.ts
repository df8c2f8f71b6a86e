import "server-only";
import { answerResponse, cachedAnswer, type Answer } from "@/lib/cache/cached-answer";

/**
 * A feed's answer for this request's path and query, from the cache when it was answered before and no
 * write has expired `tags` since (those of the page listing the same records), else computed and kept.
 * The feed must depend on nothing else: its links come from the configured public URL, not the request.
 */
export async function cachedFeed(request: Request, tags: string[], compute: (url: URL) => Promise<Answer>): Promise<Response> {
  // Read here: Next.js forbids reading request.url inside the cached computation.
  const url = new URL(request.url);
  return answerResponse(await cachedAnswer(url.pathname + url.search, tags, () => compute(url)));
}

import "server-only";
import { unstable_cache } from "next/cache";

/*
 * Feeds and the JSON API answer GET route handlers. Their answers are kept in Next.js's data cache (the
 * same in-memory cache handler as the pages, lib/cache) under the tags of the pages that show the same
 * data, so the editorial write that expires those pages expires these answers too; a repeated read is
 * sent by proxy.ts from the same entry, without the route handler. What differs per client (the API's
 * rate limit, CORS: lib/api/per-request.ts) stays outside.
 */

/** A route's answer as every client gets it. */
export type Answer = { status: number; body: string | null; headers: Record<string, string> };

/** Header saying whether the answer came from the cache (HIT) or was computed for this request (MISS). */
export const ANSWER_CACHE_HEADER = "x-faultline-cache";

/** As long as the pages keep theirs (their `revalidate`): until a write expires a tag, an hour at most. */
const KEEP_SECONDS = 3600;

/** What the page cache handler publishes for the route side (lib/cache/page-cache-handler.cjs), once it has stored an answer. */
const answerIndex = () =>
  (globalThis as unknown as Record<symbol, { noteAnswerAddress(address: string, answerKey: string): void } | undefined>)[
    Symbol.for("faultline.cachedAnswers")
  ];

/**
 * The answer for `key` (the route's path and its parameters in canonical form: everything the answer depends
 * on) from the cache, or computed by `compute` and kept. A thrown error (bad parameter, unknown record,
 * database down, client gone) is not kept. `asked` is the request's own URL: the cache handler learns that
 * it is answered by `key`, so that proxy.ts answers the next GET of it from the cache itself (proxy.ts, answerHit).
 * Outside a Next.js server (a test calling the route) there is no cache and `compute` runs.
 */
export async function cachedAnswer(asked: URL, key: string, tags: string[], compute: () => Promise<Answer>): Promise<Answer & { cache: "HIT" | "MISS" }> {
  let computed = false;
  const cached = unstable_cache(
    // The key first: the cache handler finds it at the start of the stored JSON.
    async (): Promise<Answer & { answerKey: string }> => {
      computed = true;
      return { answerKey: key, ...(await compute()) };
    },
    ["faultline-answer", key],
    { tags, revalidate: KEEP_SECONDS },
  );
  try {
    const { answerKey: _, ...answer } = await cached();
    answerIndex()?.noteAnswerAddress(asked.pathname + asked.search, key);
    return { ...answer, cache: computed ? "MISS" : "HIT" };
  } catch (err) {
    if (!computed && err instanceof Error && err.message.startsWith("Invariant: incrementalCache missing")) {
      return { ...(await compute()), cache: "MISS" };
    }
    throw err;
  }
}

/** A Response carrying `answer`, with `extra` headers (per request) added. */
export function answerResponse(answer: Answer & { cache: string }, extra: Record<string, string> = {}): Response {
  return new Response(answer.body, { status: answer.status, headers: { ...answer.headers, ...extra, [ANSWER_CACHE_HEADER]: answer.cache } });
}

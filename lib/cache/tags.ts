import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";

/*
 * Cache tags: one name per domain (every list of that kind carries it) and one per record (the page
 * about the record, and every page that names it, carries it). Reader pages attach tags with
 * tagPage(); editorial writes call invalidate() with the tags of what they changed (lib/cache/affected.ts).
 */
export const DOMAINS = ["articles", "statements", "events", "actors"] as const;
export type Domain = (typeof DOMAINS)[number];

export const tags = {
  domain: (domain: Domain) => domain,
  article: (slug: string) => `article:${slug}`,
  actor: (slug: string) => `actor:${slug}`,
  event: (id: string) => `event:${id}`,
  place: (slug: string) => `place:${slug}`,
};

/** Next.js keeps at most 128 tags per entry; past this many record tags a page carries its domain tag instead. */
const MAX_RECORD_TAGS = 100;

/** The domain and record tags as one list Next.js accepts (at most 128, each ≤ 256 characters). */
export function tagList(domains: Domain[], records: string[] = [], overflow: Domain = "actors"): string[] {
  const unique = [...new Set(records)];
  const all = unique.length > MAX_RECORD_TAGS ? [...domains, overflow] : [...domains, ...unique];
  return [...new Set(all)].filter((tag) => tag.length <= 256);
}

/**
 * Tags the page being rendered, so its cached HTML is dropped when one of them is invalidated.
 * unstable_cache is how a page without `"use cache"` declares tags: the call caches nothing of note
 * (a constant) but adds its tags to the page's cache entry.
 */
export async function tagPage(domains: Domain[], records: string[] = [], overflow: Domain = "actors"): Promise<void> {
  const list = tagList(domains, records, overflow);
  await unstable_cache(async () => true, ["faultline-page-tags", ...list], { tags: list })();
}

/**
 * Expires every page carrying one of `list` at once (the next request renders it afresh). Called by
 * editorial writes after their transaction commits. Outside a Next.js server (the CLI, a unit of the
 * test suite calling a service directly) there is no page cache in this process, so there is nothing to do.
 */
export function invalidate(list: Iterable<string>): void {
  for (const tag of new Set(list)) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (err) {
      if (err instanceof Error && err.message.includes("static generation store missing")) return;
      throw err;
    }
  }
}

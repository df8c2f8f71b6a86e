// Next.js's own in-memory page cache (next.config.js `cacheHandler`), with two changes: a page (or a
// route's cached answer) whose render may have read the database before an editorial write committed is
// not kept, and a page's HTML is kept as UTF-8 bytes rather than as a string.
//
// Next.js dates a cache entry by when it was stored, not by when its render read the data. A render that
// starts before a write (a link prefetch, another reader) and finishes just after the write has expired
// its tags would be stored as fresh, and serve the old content until its hour is up. So an entry that
// carries a tag expired less than RENDER_WINDOW_MS ago is served to the request that rendered it but not
// stored; the next request renders it again.
//
// Bytes, because Next.js answers a cache hit whose HTML is a string with res.end(string), and Node.js
// encodes a large string again on every write (a cached 250 KiB /timeline cost ~3 ms of CPU more than a
// static file; as bytes, ~0.5 ms). Next.js would stream a Buffer through a web stream, chunked; our patch
// of its sendRenderResult (patches/next+16.4.6.patch) sends it whole with its Content-Length. Plain
// CommonJS: Next.js loads this file at run time.
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
const { areTagsExpired } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");

/** Longer than a page render takes: each database statement is cut off after 5 s (lib/db). */
const RENDER_WINDOW_MS = 10_000;
const TAGS_HEADER = "x-next-cache-tags";

/** tag → when it was last expired (ms since the epoch); shared by every handler instance of the process. */
const expiredAt = new Map();

function forgetOldExpiries(now) {
  for (const [tag, at] of expiredAt) if (now - at > RENDER_WINDOW_MS) expiredAt.delete(tag);
}

/**
 * The entry's tags: a page carries them in a header; a data entry (unstable_cache: a route's cached
 * answer, lib/cache/cached-answer.ts) has them in the context it is stored with.
 */
function tagsOf(data, ctx) {
  if (data?.kind === "FETCH") return ctx?.tags ?? [];
  const header = data?.headers?.[TAGS_HEADER];
  return typeof header === "string" ? header.split(",") : [];
}

/** True when one of the entry's tags was expired recently enough that its render may have begun before. */
function mayPredateWrite(tags, now) {
  return tags.some((tag) => now - (expiredAt.get(tag) ?? -Infinity) < RENDER_WINDOW_MS);
}

/** A copy of a page entry whose HTML is a Buffer; any other entry as it is. */
function withHtmlBytes(data) {
  if (data?.kind !== "APP_PAGE" || typeof data.html !== "string") return data;
  return { ...data, html: Buffer.from(data.html, "utf8") };
}

/** page path (what the page was rendered for, e.g. /timeline/_q/q…) → its cache key, for cachedPageFor(). */
const keyOfPath = new Map();
const MAX_PATHS = 100_000;

/** The path in a page's cache key, "/<dir>/<kind>/<route hash>/$<path>" (next/dist/server/lib/route-cache-key.js). */
function pathOfKey(key) {
  const at = key.indexOf("/$/");
  return at === -1 ? null : key.slice(at + 2);
}

/**
 * The cached page rendered for `path`, as Next.js would serve it (a fresh 200 whose tags no write has
 * expired), or null. proxy.ts answers a plain page request from it without running Next.js's page handler;
 * anything else (stale, missing, another status) goes on to Next.js, which renders or revalidates it.
 */
function cachedPageFor(path) {
  const key = keyOfPath.get(path);
  const entry = key && FileSystemCache.memoryCache?.get(key);
  const page = entry?.value;
  if (page?.kind !== "APP_PAGE" || !Buffer.isBuffer(page.html) || (page.status ?? 200) !== 200) return null;
  const revalidate = entry.cacheControl?.revalidate;
  if (typeof revalidate !== "number" || Date.now() - entry.lastModified >= revalidate * 1000) return null;
  const tags = tagsOf(page);
  if (tags.length === 0 || areTagsExpired(tags, entry.lastModified)) return null;
  return { html: page.html, revalidate, expire: entry.cacheControl.expire };
}
// Published by the copy that stores pages: Next.js also bundles this file into proxy.ts's own chunk, whose
// copy has a cache of its own that never holds a page.
const PUBLISHED = Symbol.for("faultline.cachedPageFor");

class PageCacheHandler extends FileSystemCache {
  async revalidateTag(tags, durations) {
    const now = Date.now();
    if (expiredAt.size > 10_000) forgetOldExpiries(now);
    for (const tag of typeof tags === "string" ? [tags] : tags) expiredAt.set(tag, now);
    return super.revalidateTag(tags, durations);
  }

  async set(key, data, ctx) {
    if (mayPredateWrite(tagsOf(data, ctx), Date.now())) return;
    const path = data?.kind === "APP_PAGE" ? pathOfKey(key) : null;
    if (path) {
      if (keyOfPath.size >= MAX_PATHS) keyOfPath.clear();
      keyOfPath.set(path, key);
      globalThis[PUBLISHED] = cachedPageFor;
    }
    return super.set(key, withHtmlBytes(data), ctx);
  }
}

module.exports = PageCacheHandler;
module.exports.RENDER_WINDOW_MS = RENDER_WINDOW_MS;
module.exports.cachedPageFor = cachedPageFor;

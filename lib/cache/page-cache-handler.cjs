// Next.js's own in-memory page cache (next.config.js `cacheHandler`), with two changes: a page (or a
// route's cached answer) whose render may have read the database before an editorial write committed is
// not kept, and a page's HTML is kept as UTF-8 bytes rather than as a string. It also hands proxy.ts fresh
// cached pages and route answers by address (cachedPageFor, cachedAnswerFor), so repeated reads skip
// Next.js's page and route handlers.
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
const { areTagsExpired, areTagsStale } = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");

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

/**
 * A copy of a page entry whose HTML is a Buffer; any other entry as it is. A render arrives as bytes already
 * (patches/next+16.4.6+003+app-page-html-bytes.patch); a string is re-encoded here.
 */
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

// A route's cached answer (lib/cache/cached-answer.ts) is an unstable_cache entry: its body is the answer as
// JSON, its key first, and Next.js stores it under a hash of that key and the callback's source. So that
// proxy.ts can answer a repeated read before Next.js's route handler runs, the entry is indexed by the
// answer's key when it is stored, and the route tells which request addresses it answered from which key.

// Published, as PUBLISHED above, by the copy that stores answers: proxy.ts (cachedAnswerFor) and cached-answer.ts
// (noteAnswerAddress) reach it there.
const PUBLISHED_ANSWERS = Symbol.for("faultline.cachedAnswers");
/** An answer entry's body starts so: `{"answerKey":…}` (cached-answer.ts puts the key first). */
const ANSWER_PREFIX = '{"answerKey":';
/** answer key → the cache key Next.js stores its entry under. */
const cacheKeyOfAnswer = new Map();
/** request address (path and query as asked) → answer key. */
const answerKeyOfAddress = new Map();
const MAX_ANSWERS = 100_000;
/** entry value → its answer ready to send (body as bytes, tags): lives as long as the entry does. */
const readyAnswers = new WeakMap();

/** The answer held by a data entry stored with `tags`, ready to send, or null when the entry is not an answer. */
function readyAnswer(data, tags) {
  const body = data?.kind === "FETCH" ? data.data?.body : undefined;
  if (typeof body !== "string" || !body.startsWith(ANSWER_PREFIX)) return null;
  const answer = JSON.parse(body);
  return { key: answer.answerKey, status: answer.status, headers: answer.headers, body: answer.body === null ? null : Buffer.from(answer.body, "utf8"), tags };
}

/**
 * The tags Next.js adds to a route's own (its implicit tags, which revalidatePath expires): the root layout,
 * each enclosing folder's layout, and the path itself. For /api/v1/events: /layout, /api/layout,
 * /api/v1/layout, /api/v1/events/layout and /api/v1/events.
 */
function implicitTags(pathname) {
  const tags = ["_N_T_/layout"];
  let prefix = "";
  for (const segment of pathname.split("/").filter(Boolean)) {
    prefix += `/${segment}`;
    tags.push(`_N_T_${prefix}/layout`);
  }
  tags.push(`_N_T_${pathname}`);
  return tags;
}

/**
 * The cached answer to a GET of `address` (path and query as asked), as the route handler would find it:
 * the route answered that address before, its entry is still in memory, younger than its `revalidate`, and
 * no write has expired (or marked stale) one of its tags since it was stored — Next.js's own checks, as in
 * IncrementalCache.get. Else null, and Next.js's route handler answers.
 */
function cachedAnswerFor(address) {
  const answerKey = answerKeyOfAddress.get(address);
  const cacheKey = answerKey === undefined ? undefined : cacheKeyOfAnswer.get(answerKey);
  const entry = cacheKey === undefined ? undefined : FileSystemCache.memoryCache?.get(cacheKey);
  const answer = entry && readyAnswers.get(entry.value);
  if (!answer || Date.now() - entry.lastModified >= entry.value.revalidate * 1000) return null;
  const tags = [...answer.tags, ...implicitTags(address.split("?")[0])];
  if (areTagsExpired(tags, entry.lastModified) || areTagsStale(tags, entry.lastModified)) return null;
  return answer;
}

/** The route answered `address` from the answer kept under `answerKey` (so cachedAnswerFor can find it). */
function noteAnswerAddress(address, answerKey) {
  if (answerKeyOfAddress.get(address) === answerKey) return;
  if (answerKeyOfAddress.size >= MAX_ANSWERS) answerKeyOfAddress.clear();
  answerKeyOfAddress.set(address, answerKey);
}

function keepAnswerIndex(key, data, tags) {
  const answer = readyAnswer(data, tags);
  if (!answer) return;
  if (cacheKeyOfAnswer.size >= MAX_ANSWERS) cacheKeyOfAnswer.clear();
  cacheKeyOfAnswer.set(answer.key, key);
  readyAnswers.set(data, answer);
  globalThis[PUBLISHED_ANSWERS] = { cachedAnswerFor, noteAnswerAddress };
}

class PageCacheHandler extends FileSystemCache {
  async revalidateTag(tags, durations) {
    const now = Date.now();
    if (expiredAt.size > 10_000) forgetOldExpiries(now);
    for (const tag of typeof tags === "string" ? [tags] : tags) expiredAt.set(tag, now);
    return super.revalidateTag(tags, durations);
  }

  async set(key, data, ctx) {
    const tags = tagsOf(data, ctx);
    if (mayPredateWrite(tags, Date.now())) return;
    keepAnswerIndex(key, data, tags);
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
module.exports.cachedAnswerFor = cachedAnswerFor;
module.exports.noteAnswerAddress = noteAnswerAddress;

/**
 * A pure function of strings, remembered for one article: the event steps ask the same clause the same question
 * several times (its trigger, its lexicon verb), each a scan of dozens of patterns. `forgetMemos` empties every cache
 * when an article starts, so one article's answers never serve another (nor make a benchmark of repeats look fast).
 * Results are shared, so callers must not change them.
 */
const caches: Map<string, unknown>[] = [];

export function memoByKey<A extends unknown[], R>(fn: (...args: A) => R, key: (...args: A) => string): (...args: A) => R {
  const cache = new Map<string, R>();
  caches.push(cache);
  return (...args: A) => {
    const k = key(...args);
    const known = cache.get(k);
    // One look-up for a remembered answer; `has` only tells a remembered `undefined` from none.
    if (known !== undefined || cache.has(k)) return known as R;
    const result = fn(...args);
    cache.set(k, result);
    return result;
  };
}

export function forgetMemos(): void {
  for (const cache of caches) cache.clear();
}

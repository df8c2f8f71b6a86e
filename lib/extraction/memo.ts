/**
 * A pure function of strings, remembered for one article: the event steps ask the same clause the same question
 * several times (its trigger, its lexicon verb), each a scan of dozens of patterns. `forgetMemos` empties every cache
 * when an article starts, so one article's answers never serve another (nor make a benchmark of repeats look fast).
 * Results are shared, so callers must not change them.
 */
const caches: Map<string, unknown>[] = [];

/**
 * `fn` remembered by `key` of its arguments. The functions take one or two arguments: the wrapper passes two, without
 * a rest array or a spread call per look-up (thousands an article). An argument left out arrives as `undefined`, so
 * its default still applies.
 */
export function memoByKey<A, B, R>(fn: (a: A, b: B) => R, key: (a: A, b: B) => string): (a: A, b?: B) => R {
  const cache = new Map<string, R>();
  caches.push(cache);
  return (a: A, b?: B) => {
    const k = key(a, b as B);
    const known = cache.get(k);
    // One look-up for a remembered answer; `has` only tells a remembered `undefined` from none.
    if (known !== undefined || cache.has(k)) return known as R;
    const result = fn(a, b as B);
    cache.set(k, result);
    return result;
  };
}

/** `fn` of one string, remembered by that string: no key function is called per look-up. */
export function memoByString<R>(fn: (s: string) => R): (s: string) => R {
  const cache = new Map<string, R>();
  caches.push(cache);
  return (s: string) => {
    const known = cache.get(s);
    if (known !== undefined || cache.has(s)) return known as R;
    const result = fn(s);
    cache.set(s, result);
    return result;
  };
}

export function forgetMemos(): void {
  for (const cache of caches) cache.clear();
}

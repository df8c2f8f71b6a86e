/**
 * A sliding-window counter: at most `max` hits per key within `windowMs`. In memory, so per
 * server process — Faultline runs one.
 */
export function createAttemptLimiter({ max, windowMs, now = () => Date.now() }: { max: number; windowMs: number; now?: () => number }) {
  const hits = new Map<string, number[]>();
  return {
    /** Records an attempt; false when the key is over its limit (the attempt is then refused). */
    hit(key: string): boolean {
      const t = now();
      const recent = (hits.get(key) ?? []).filter((at) => t - at < windowMs);
      if (recent.length >= max) {
        hits.set(key, recent);
        return false;
      }
      recent.push(t);
      hits.set(key, recent);
      if (hits.size > 10_000) for (const [k, v] of hits) if (!v.some((at) => t - at < windowMs)) hits.delete(k);
      return true;
    },
  };
}

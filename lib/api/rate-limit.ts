/**
 * A token bucket per key: each holds up to `capacity` tokens and gains `refillPerSecond`; a request
 * takes one. In memory, so per server process (Faultline runs one); a restart forgets every bucket.
 */
export function createTokenBuckets({ capacity, refillPerSecond, now = () => Date.now(), maxKeys = 50_000 }: {
  capacity: number;
  refillPerSecond: number;
  now?: () => number;
  maxKeys?: number;
}) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const level = (bucket: { tokens: number; at: number }, t: number) => Math.min(capacity, bucket.tokens + ((t - bucket.at) / 1000) * refillPerSecond);

  function forget(t: number) {
    // A full bucket is the same as no bucket; drop those first, then the oldest.
    for (const [key, bucket] of buckets) if (level(bucket, t) >= capacity) buckets.delete(key);
    for (const key of buckets.keys()) {
      if (buckets.size < maxKeys) break;
      buckets.delete(key);
    }
  }

  return {
    capacity,
    /** How many clients are remembered. */
    size: () => buckets.size,
    /** Takes a token for `key`: whether it was allowed, tokens left, and seconds until the next token (when refused). */
    take(key: string) {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: capacity, at: t };
      const tokens = level(bucket, t);
      const allowed = tokens >= 1;
      buckets.delete(key); // re-inserted last: the map stays in least-recently-used order
      if (buckets.size >= maxKeys) forget(t);
      buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at: t });
      const retryAfter = allowed ? 0 : Math.ceil((1 - tokens) / refillPerSecond);
      // Seconds until the bucket is full again (the RateLimit header's "reset").
      const reset = Math.ceil((capacity - (allowed ? tokens - 1 : tokens)) / refillPerSecond);
      return { allowed, remaining: Math.floor(allowed ? tokens - 1 : tokens), retryAfter, reset };
    },
  };
}

export type TokenBuckets = ReturnType<typeof createTokenBuckets>;

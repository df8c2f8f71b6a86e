import { describe, expect, it } from "vitest";
import { createTokenBuckets } from "./rate-limit";

describe("token buckets", () => {
  it("lets a burst of `capacity` through, then refills at the set rate", () => {
    let t = 0;
    const buckets = createTokenBuckets({ capacity: 3, refillPerSecond: 0.5, now: () => t });
    expect([1, 2, 3, 4].map(() => buckets.take("a").allowed)).toEqual([true, true, true, false]);
    const refused = buckets.take("a");
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAfter: 2 });
    t = 1_000; // half a token
    expect(buckets.take("a").allowed).toBe(false);
    t = 2_000; // one token
    expect(buckets.take("a")).toMatchObject({ allowed: true, remaining: 0 });
    expect(buckets.take("b")).toMatchObject({ allowed: true, remaining: 2, reset: 2 });
    t = 60_000;
    expect(buckets.take("a")).toMatchObject({ allowed: true, remaining: 2 });
  });

  it("remembers at most maxKeys clients, forgetting full buckets (no different from new ones) first", () => {
    let t = 0;
    const buckets = createTokenBuckets({ capacity: 2, refillPerSecond: 1, now: () => t, maxKeys: 2 });
    buckets.take("idle");
    buckets.take("busy");
    buckets.take("busy");
    t = 1_000; // idle is full again, busy has one token
    buckets.take("new");
    expect(buckets.size()).toBe(2);
    // busy kept its state: one token left, not a fresh bucket of two.
    expect([buckets.take("busy").allowed, buckets.take("busy").allowed]).toEqual([true, false]);
  });
});

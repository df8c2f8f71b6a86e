import { expect, it } from "vitest";
import { createAttemptLimiter } from "./attempts";

it("allows max attempts per key in the window, then refuses until it slides", () => {
  let clock = 0;
  const limiter = createAttemptLimiter({ max: 3, windowMs: 1000, now: () => clock });
  expect([1, 2, 3, 4].map(() => limiter.hit("a@example.org"))).toEqual([true, true, true, false]);
  expect(limiter.hit("b@example.org")).toBe(true);
  clock = 999;
  expect(limiter.hit("a@example.org")).toBe(false);
  clock = 1001;
  expect(limiter.hit("a@example.org")).toBe(true);
});

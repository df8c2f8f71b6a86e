import { describe, expect, it } from "vitest";
import { eventDateLocks } from "./similar-events";

const shared = (a: string, b: string, precision: "day" | "month" | "year" = "day") => {
  const first = new Set(eventDateLocks([{ date: a, datePrecision: precision }]));
  return eventDateLocks([{ date: b, datePrecision: "day" }]).some((key) => first.has(key));
};

describe("eventDateLocks", () => {
  it("gives events that may be paired (three days apart at most) a key in common, whatever the weekday", () => {
    for (let day = 1; day <= 14; day++) {
      const a = `2026-03-${String(day).padStart(2, "0")}`;
      const b = `2026-03-${String(day + 3).padStart(2, "0")}`;
      expect(shared(a, b)).toBe(true);
      expect(shared(b, a)).toBe(true);
    }
  });

  it("keeps events weeks apart, and undated ones, out of each other's way", () => {
    expect(shared("2026-03-02", "2026-03-20")).toBe(false);
    expect(eventDateLocks([{ date: undefined, datePrecision: "unknown" }])).toEqual([]);
  });

  it("covers a month or a year by its weeks, so a day inside or just beside it meets it", () => {
    expect(shared("2026-03", "2026-04-02", "month")).toBe(true);
    expect(shared("2026", "2026-07-15", "year")).toBe(true);
    expect(eventDateLocks([{ date: "2026", datePrecision: "year" }]).length).toBeLessThanOrEqual(54);
  });
});

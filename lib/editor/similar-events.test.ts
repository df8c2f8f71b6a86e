import { describe, expect, it } from "vitest";
import { eventDateLocks } from "./similar-events";

type Precision = "day" | "week" | "month" | "quarter" | "year";
/** Whether publishes of these two events take turns: a key in common that one of them holds exclusive. */
const shared = (a: string, b: string, precision: Precision = "day", precisionB: Precision = "day") => {
  const first = new Map(eventDateLocks([{ date: a, datePrecision: precision }]).map((l) => [l.key, l.shared]));
  return eventDateLocks([{ date: b, datePrecision: precisionB }]).some((l) => first.has(l.key) && !(l.shared && first.get(l.key)));
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

  it("locks a month by its months and a year by its years, so a day inside or just beside it meets it", () => {
    expect(shared("2026-03", "2026-04-02", "month")).toBe(true);
    expect(shared("2026-03", "2026-02-27", "month")).toBe(true);
    expect(shared("2026-03", "2026-05-20", "month")).toBe(false);
    expect(shared("2026", "2026-07-15", "year")).toBe(true);
    expect(shared("2026", "2027-01-02", "year")).toBe(true);
    expect(shared("2026", "2026-03", "year", "month")).toBe(true);
    expect(shared("2026", "2025-06-01", "year")).toBe(false);
    // A handful of keys, not the year's 53 weeks.
    expect(eventDateLocks([{ date: "2026", datePrecision: "year" }]).length).toBeLessThanOrEqual(8);
    expect(eventDateLocks([{ date: "2026-03-10", datePrecision: "day" }]).length).toBeLessThanOrEqual(6);
  });

  it("lets days of one month or year far apart go side by side: they share their month and year, not exclusive", () => {
    expect(shared("2026-03-02", "2026-03-25")).toBe(false);
    expect(shared("2026-02-10", "2026-09-10")).toBe(false);
  });

  it("pairs every day of a year with the year, and every day near a month with the month", () => {
    for (let day = Date.UTC(2025, 11, 25); day <= Date.UTC(2027, 0, 6); day += 86_400_000) {
      const date = new Date(day).toISOString().slice(0, 10);
      const near = date >= "2025-12-29" && date <= "2027-01-03";
      if (near) expect(shared("2026", date, "year")).toBe(true);
      if (date >= "2026-05-29" && date <= "2026-07-03") expect(shared("2026-06", date, "month")).toBe(true);
      for (const offset of [0, 1, 2, 3]) {
        const other = new Date(day + offset * 86_400_000).toISOString().slice(0, 10);
        expect(shared(date, other)).toBe(true);
      }
    }
  });
});

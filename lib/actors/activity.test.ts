import { describe, expect, it } from "vitest";
import { monthlyActivity } from "./activity";

describe("monthlyActivity", () => {
  it("fills the months between the first and last activity with zeros, across a year end", () => {
    const points = monthlyActivity([{ month: "2024-11", count: 2 }], [{ month: "2025-02", count: 5 }, { month: "2024-11", count: 1 }]);
    expect(points).toEqual([
      { month: "2024-11", label: "Nov 2024", statements: 2, mentions: 1, events: 0, spread: 0 },
      { month: "2024-12", label: "Dec 2024", statements: 0, mentions: 0, events: 0, spread: 0 },
      { month: "2025-01", label: "Jan 2025", statements: 0, mentions: 0, events: 0, spread: 0 },
      { month: "2025-02", label: "Feb 2025", statements: 0, mentions: 5, events: 0, spread: 0 },
    ]);
  });

  it("is empty without activity and keeps only the most recent months", () => {
    expect(monthlyActivity([], [])).toEqual([]);
    const points = monthlyActivity([{ month: "2020-01", count: 1 }, { month: "2025-01", count: 1 }], [], 12);
    expect(points).toHaveLength(12);
    expect(points[0].month).toBe("2024-02");
    expect(points.at(-1)).toMatchObject({ month: "2025-01", statements: 1 });
  });

  it("spreads a statement dated only to a year over its months instead of plotting it in January, and counts events", () => {
    const points = monthlyActivity([{ month: "2024-03", count: 1 }], [], 36, {
      events: [{ month: "2024-02", count: 2 }],
      spans: [{ first: "2024-01", last: "2024-12", count: 1 }],
    });
    expect(points).toHaveLength(12);
    expect(points[0]).toMatchObject({ month: "2024-01", statements: 0, events: 0, spread: 1 });
    expect(points[1]).toMatchObject({ month: "2024-02", events: 2, spread: 1 });
    expect(points.every((p) => p.spread === 1)).toBe(true);
  });

  it("counts in each month's band every span that covers it (overlapping, one-month and inverted spans)", () => {
    const spans = [
      { first: "2023-11", last: "2024-02", count: 3 },
      { first: "2024-01", last: "2024-01", count: 2 },
      { first: "2024-01", last: "2024-03", count: 5 },
      { first: "2024-02", last: "2023-12", count: 7 },
    ];
    const points = monthlyActivity([], [], 36, { spans });
    const covering = (month: string) => spans.filter((x) => x.first <= month && month <= x.last).reduce((sum, x) => sum + x.count, 0);
    expect(points.map((p) => p.month)).toEqual(["2023-11", "2023-12", "2024-01", "2024-02", "2024-03"]);
    expect(points.map((p) => p.spread)).toEqual(points.map((p) => covering(p.month)));
    expect(points.map((p) => p.spread)).toEqual([3, 3, 10, 8, 5]);
  });
});

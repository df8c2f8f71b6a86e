import { describe, expect, it } from "vitest";
import { parseTimelineFilters } from "./filters";
import { barCounts, shapeChart, type DayCount } from "./chart";
import { drawnBars } from "./chart-bars";

const row = (day: string | null, dayEnd: string | null, n = 1, category: DayCount["category"] = "military"): DayCount => ({ day, dayEnd, category, n });

describe("truthful timeline chart", () => {
  it("draws a month-precision event as a band over every week of its month, not as a spike in the week of the 1st", () => {
    // "July 2025": placed 1 July, may be any day up to 31 July. 1 July is a Tuesday in the week of 30 June.
    const chart = shapeChart([row("2025-07-01", "2025-07-31"), row("2025-07-16", "2025-07-16")], parseTimelineFilters({ from: "2025-06-01", to: "2025-08-31" }));
    const week30June = chart.bars.find((b) => b.key === "2025-06-30")!;
    expect(week30June.total).toBe(0);
    expect(week30June.spread).toBe(1);
    const banded = chart.bars.filter((b) => b.spread > 0).map((b) => b.key);
    expect(banded).toEqual(["2025-06-30", "2025-07-07", "2025-07-14", "2025-07-21", "2025-07-28"]);
    expect(chart.bars.find((b) => b.key === "2025-07-14")!.total).toBe(1);
    expect(chart.spread).toBe(1);
    expect(chart.total).toBe(2);
  });

  it("puts a month-precision event in its month's bar when bars are months", () => {
    const chart = shapeChart([row("2025-07-01", "2025-07-31", 3)], parseTimelineFilters({ group: "month" }));
    expect(chart.bars.map((b) => [b.key, b.total, b.spread])).toEqual([["2025-07-01", 3, 0]]);
    expect(chart.spread).toBe(0);
  });

  it("spans the chosen range, empty bars included", () => {
    const chart = shapeChart([row("2025-03-12", "2025-03-12")], parseTimelineFilters({ from: "2025-01-01", to: "2025-06-30" }));
    expect(chart.bars[0].key).toBe("2024-12-30");
    expect(chart.bars.at(-1)!.key).toBe("2025-06-30");
    expect(chart.bars.reduce((s, b) => s + b.total, 0)).toBe(1);
  });

  it("without a range, runs from the first event to the last day any event may cover", () => {
    const chart = shapeChart([row("2025-01-06", "2025-01-06"), row("2025-01-01", "2025-03-31", 2, "policy")], parseTimelineFilters({}));
    expect(chart.bars[0].key).toBe("2024-12-30");
    expect(chart.bars.at(-1)!.key).toBe("2025-03-31");
    expect(chart.bars.every((b) => b.spread === 2)).toBe(true);
    expect(chart.bars.reduce((s, b) => s + b.total, 0) + chart.spread + chart.unplaced).toBe(chart.total);
  });

  it("leaves events with no date at all off the chart, counted as unplaced", () => {
    const chart = shapeChart([row(null, null, 4), row("2025-05-05", "2025-05-05")], parseTimelineFilters({}));
    expect(chart).toMatchObject({ total: 5, unplaced: 4, spread: 0 });
  });

  it("sends its bars as counts that draw back the same bars, labels and links", () => {
    const rows = [row("2024-12-30", "2025-01-03", 2), row("2025-01-01", "2025-03-31", 3, "policy"), row("2025-02-10", "2025-02-10", 1, "diplomacy"), row("2025-03-20", "2025-03-20", 4, "other")];
    const shapes = [
      {},
      { group: "month" },
      { from: "2025-01-08", to: "2025-03-04" },
      { actor: ["ukraine", "nato"], type: ["airstrike"], place: "Kyiv & Bucha", q: "from=FROM&to=TO \"talks\"", match: "all", view: "table", group: "week" },
      { from: "2024-06-01", to: "2025-12-31", q: "ceasefire" },
    ];
    for (const params of shapes) {
      const filters = parseTimelineFilters(params);
      const chart = shapeChart(rows, filters);
      expect(chart.bars.length).toBeGreaterThan(1);
      expect(drawnBars(barCounts(chart, filters))).toEqual(chart.bars.map(({ key: _key, from: _from, to: _to, ...bar }) => bar));
    }
  });
});

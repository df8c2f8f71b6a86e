import { describe, expect, it } from "vitest";
import { format } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { bucketEnd, bucketLabel, bucketStart, chartIntervalFor, groupEvents, groupOf, nextBucket } from "./buckets";

describe("date buckets", () => {
  it("starts weeks on Monday and months on the 1st, across year ends", () => {
    expect(bucketStart("2025-09-07", "week")).toBe("2025-09-01"); // a Sunday
    expect(bucketStart("2025-09-01", "week")).toBe("2025-09-01");
    expect(bucketStart("2025-01-01", "week")).toBe("2024-12-30");
    expect(bucketEnd("2024-12-30", "week")).toBe("2025-01-05");
    expect(bucketStart("2024-02-29", "month")).toBe("2024-02-01");
    expect(bucketEnd("2024-02-01", "month")).toBe("2024-02-29");
    expect(nextBucket("2025-12-29", "week")).toBe("2026-01-05");
    expect(nextBucket("2025-12-01", "month")).toBe("2026-01-01");
    expect(nextBucket("2024-02-28", "day")).toBe("2024-02-29");
    expect(bucketEnd("2025-12-01", "month")).toBe("2025-12-31");
    expect(bucketStart("2024-03-03", "week")).toBe("2024-02-26"); // across a leap day
    expect(bucketLabel("2025-09-01", "week")).toBe("Week of 1 September 2025");
    expect(bucketLabel("2025-09-01", "month", { short: true })).toBe("Sep 25");
  });

  it("writes every label exactly as date-fns would, on every day of a leap year and a century", () => {
    const patterns = { day: ["d MMM", "EEEE d MMMM yyyy"], week: ["d MMM", "'Week of' d MMMM yyyy"], month: ["MMM yy", "MMMM yyyy"] } as const;
    for (const start of [Date.UTC(2024, 0, 1), Date.UTC(1999, 11, 1)]) {
      for (let i = 0; i < 400; i++) {
        const iso = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
        const date = new UTCDate(`${iso}T00:00:00Z`);
        for (const interval of ["day", "week", "month"] as const) {
          expect(bucketLabel(iso, interval, { short: true })).toBe(format(date, patterns[interval][0]));
          expect(bucketLabel(iso, interval)).toBe(format(date, patterns[interval][1]));
        }
      }
    }
  });

  it("counts days as Date does, every day from 1899 to 2101", () => {
    const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
    const DAY = 86_400_000;
    for (let time = Date.UTC(1899, 0, 1); time <= Date.UTC(2101, 11, 31); time += DAY) {
      const day = iso(time);
      const monday = time - ((new Date(time).getUTCDay() + 6) % 7) * DAY;
      expect(bucketStart(day, "week")).toBe(iso(monday));
      expect(nextBucket(day, "day")).toBe(iso(time + DAY));
      if (day.endsWith("-01")) {
        const next = new Date(time);
        next.setUTCMonth(next.getUTCMonth() + 1);
        expect(nextBucket(day, "month")).toBe(iso(next.getTime()));
        expect(bucketEnd(day, "month")).toBe(iso(next.getTime() - DAY));
      }
      if (time === monday) expect([nextBucket(day, "week"), bucketEnd(day, "week")]).toEqual([iso(time + 7 * DAY), iso(time + 6 * DAY)]);
    }
  });

  it("charts weekly up to about a year, monthly beyond or when grouping by month", () => {
    expect(chartIntervalFor("week", "2025-01-01", "2025-09-07")).toBe("week");
    expect(chartIntervalFor("day", "2024-01-01", "2025-12-31")).toBe("month");
    expect(chartIntervalFor("month", "2025-09-01", "2025-09-07")).toBe("month");
  });

  it("groups an event known only to a coarser precision under its own period", () => {
    const at = (placedOn: string | null, precision: "day" | "week" | "month" | "unknown", startDate = placedOn, endDate: string | null = null) =>
      ({ placedOn, precision, startDate: precision === "unknown" ? null : startDate, endDate });
    expect(groupOf(at("2025-09-05", "day"), "week")).toEqual({ key: "week:2025-09-01", label: "Week of 1 September 2025" });
    expect(groupOf(at("2025-04-01", "month"), "week")).toEqual({ key: "month:2025-04-01:", label: "April 2025" });
    expect(groupOf(at("2025-04-01", "month"), "month")).toEqual({ key: "month:2025-04-01", label: "April 2025" });
    expect(groupOf(at("2025-09-06", "week", "2025-09-06", "2025-09-07"), "day").label).toBe("6–7 Sep 2025");
    expect(groupOf(at("2025-09-07", "unknown"), "day")).toEqual({ key: "day:2025-09-07", label: "Sunday 7 September 2025" });
    expect(groupOf(at(null, "unknown"), "week")).toEqual({ key: "undated", label: "Date unknown" });
    const groups = groupEvents([at("2025-09-07", "day"), at("2025-09-02", "day"), at("2025-08-31", "day")], "week");
    expect(groups.map((g) => [g.key, g.events.length])).toEqual([["week:2025-09-01", 2], ["week:2025-08-25", 1]]);
  });
});

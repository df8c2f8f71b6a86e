import { describe, expect, it } from "vitest";
import { format } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { DATE_PRECISIONS, fitToPrecision, formatPartialDate, isoDay, parseIsoDay, partialDateFromString, precisionMismatch, rangeFor } from "./partial-date";
import { isCalendarDay, isoDayLabel } from "./iso-day";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("partialDateFromString", () => {
  it("keeps the precision the string carries", () => {
    const day = partialDateFromString("2025-09-05");
    expect(day.precision).toBe("day");
    expect(isoDay(day.start!)).toBe("2025-09-05");
    const month = partialDateFromString("2025-04");
    expect(month).toMatchObject({ precision: "month" });
    expect([isoDay(month.start!), isoDay(month.end!)]).toEqual(["2025-04-01", "2025-04-30"]);
    const year = partialDateFromString("2024");
    expect([isoDay(year.start!), isoDay(year.end!), year.precision]).toEqual(["2024-01-01", "2024-12-31", "year"]);
  });

  it("is unknown for null and refuses malformed or impossible dates", () => {
    expect(partialDateFromString(null)).toEqual({ start: null, end: null, precision: "unknown" });
    expect(() => partialDateFromString("Sept 5")).toThrow(/Not a date/);
    expect(() => partialDateFromString("2025-02-30")).toThrow(/calendar/);
    expect(() => partialDateFromString("2025-13")).toThrow(/calendar/);
  });
});

describe("rangeFor", () => {
  it("covers the week from the given day to Sunday, and whole quarters", () => {
    const week = rangeFor(d("2025-09-01"), "week");
    expect([isoDay(week.start!), isoDay(week.end!)]).toEqual(["2025-09-01", "2025-09-07"]);
    const quarter = rangeFor(d("2025-08-15"), "quarter");
    expect([isoDay(quarter.start!), isoDay(quarter.end!)]).toEqual(["2025-07-01", "2025-09-30"]);
  });
});

describe("formatPartialDate", () => {
  it("shows each precision as a reader would say it", () => {
    expect(formatPartialDate(d("2025-09-05"), "day")).toBe("5 Sep 2025");
    expect(formatPartialDate(d("2025-09-01"), "week", { end: d("2025-09-07") })).toBe("week of 1 Sep 2025");
    expect(formatPartialDate(d("2025-09-06"), "week", { end: d("2025-09-07") })).toBe("6–7 Sep 2025");
    expect(formatPartialDate(d("2025-08-31"), "week", { end: d("2025-09-01") })).toBe("31 Aug–1 Sep 2025");
    expect(formatPartialDate(d("2025-09-01"), "month")).toBe("Sep 2025");
    expect(formatPartialDate(d("2025-07-01"), "quarter")).toBe("Q3 2025");
    expect(formatPartialDate(d("2025-01-01"), "year")).toBe("2025");
  });

  it("says when an undated event was reported", () => {
    expect(formatPartialDate(null, "unknown", { reportedOn: d("2025-09-07") })).toBe("date unknown, reported 7 Sep 2025");
    expect(formatPartialDate(null, "unknown")).toBe("date unknown");
  });
});

describe("parseIsoDay", () => {
  it("accepts only real calendar days", () => {
    expect(isoDay(parseIsoDay("2024-02-29")!)).toBe("2024-02-29");
    expect(parseIsoDay("2025-02-29")).toBeNull();
    expect(parseIsoDay("2025-9-5")).toBeNull();
  });
});

describe("formatPartialDate's hand-written labels", () => {
  it("read exactly as date-fns' \"d MMM yyyy\" and \"MMM yyyy\" on every day of two years", () => {
    for (let i = 0; i < 731; i++) {
      const date = new Date(Date.UTC(2023, 11, 1) + i * 86_400_000);
      const utc = new UTCDate(date);
      expect(formatPartialDate(date, "day")).toBe(format(utc, "d MMM yyyy"));
      expect(formatPartialDate(date, "month")).toBe(format(utc, "MMM yyyy"));
      expect(formatPartialDate(null, "unknown", { reportedOn: date })).toBe(`date unknown, reported ${format(utc, "d MMM yyyy")}`);
      const end = new Date(date.getTime() + 2 * 86_400_000);
      const sameMonth = end.getUTCMonth() === date.getUTCMonth();
      expect(formatPartialDate(date, "week", { end })).toBe(`${format(utc, sameMonth ? "d" : "d MMM")}–${format(new UTCDate(end), "d MMM yyyy")}`);
    }
  });
});

describe("isoDayLabel", () => {
  it("writes every day of 1999–2101 as formatPartialDate does", () => {
    for (let t = Date.UTC(1999, 0, 1); t <= Date.UTC(2101, 11, 31); t += 86_400_000) {
      const date = new Date(t);
      expect(isoDayLabel(date.toISOString().slice(0, 10))).toBe(formatPartialDate(date, "day"));
    }
  });
});

describe("isCalendarDay, the one check of a YYYY-MM-DD day", () => {
  it("takes days that exist, the never-active 0001-01-01 included", () => {
    for (const day of ["2025-09-07", "2024-02-29", "0001-01-01", "9999-12-31"]) expect(isCalendarDay(day), day).toBe(true);
    for (const key of ["2025-02-30", "2025-02-29", "2025-13-01", "2025-00-10", "0000-01-01", "2025-9-7", "2025-09-07T00:00:00Z", " 2025-09-07", 20250907, null]) {
      expect(isCalendarDay(key), String(key)).toBe(false);
    }
  });

  it("is what parseIsoDay and partialDateFromString refuse by", () => {
    expect(parseIsoDay("2025-02-30")).toBeNull();
    expect(parseIsoDay("0999-12-31")).toBeNull(); // a filter's or a form's year before 1000 is a typo
    expect(() => partialDateFromString("2025-02-30")).toThrow("Not a calendar date");
    expect(() => partialDateFromString("2025-13")).toThrow("Not a calendar date");
    expect(partialDateFromString("2024-02-29").precision).toBe("day");
  });
});

describe("a date and its precision", () => {
  it("says why a posted pair does not fit, and nothing when it does", () => {
    for (const [value, precision] of [["2026-03-05", "day"], ["2026-03-07", "week"], ["2026-03", "month"], ["2026-04", "quarter"], ["2026", "year"], [undefined, "unknown"], [undefined, "day"]] as const) {
      expect(precisionMismatch(value, precision), `${value} ${precision}`).toBeNull();
    }
    expect(precisionMismatch("2026-03-05", "month")).toBe("A month is written as YYYY-MM, not “2026-03-05”.");
    expect(precisionMismatch("2026-03", "day")).toBe("A day is written as YYYY-MM-DD, not “2026-03”.");
    expect(precisionMismatch("2026-05", "quarter")).toMatch(/first month \(2026-04 for Q2\)/);
    expect(precisionMismatch("2026-03", "year")).toMatch(/A year is written as YYYY/);
    expect(precisionMismatch("2026", "unknown")).toMatch(/precision says unknown/);
  });

  it("fits a proposed pair to each other: cut to the precision, or the date's own precision when it is coarser", () => {
    expect(fitToPrecision("2026-03-05", "month")).toEqual({ date: "2026-03", precision: "month" });
    expect(fitToPrecision("2026-05-20", "quarter")).toEqual({ date: "2026-04", precision: "quarter" });
    expect(fitToPrecision("2026", "quarter")).toEqual({ date: "2026", precision: "year" });
    expect(fitToPrecision("2026-03", "week")).toEqual({ date: "2026-03", precision: "month" });
    expect(fitToPrecision("2026-03", "unknown")).toEqual({ date: "2026-03", precision: "month" });
    expect(fitToPrecision(null, "day")).toEqual({ date: undefined, precision: "unknown" });
    for (const precision of DATE_PRECISIONS) {
      for (const value of ["2026-11-30", "2026-11", "2026"]) {
        const fit = fitToPrecision(value, precision);
        expect(precisionMismatch(fit.date, fit.precision), `${value} ${precision}`).toBeNull();
      }
    }
  });
});

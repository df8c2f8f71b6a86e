import { describe, expect, it } from "vitest";
import { readTypedDate, writeTypedDate } from "./typed-date";

describe("typed dates", () => {
  it("reads month names and abbreviations through date-fns, with or without a dot, in any case", () => {
    for (const typed of ["5 March 2026", "5 mar 2026", "5 Mar. 2026", "March 5, 2026", "MARCH 5 2026", "5 March, 2026"]) {
      expect(readTypedDate(typed), typed).toEqual({ date: "2026-03-05", precision: "day" });
    }
    expect(readTypedDate("Sept. 2026")).toEqual({ date: "2026-09", precision: "month" });
    expect(readTypedDate("2026-3-5")).toEqual({ date: "2026-03-05", precision: "day" });
  });

  it("refuses a month of one or two letters, and years PostgreSQL cannot store", () => {
    for (const typed of ["M 2026", "5 Ma 2026", "0999", "0999-03", "10000"]) expect(readTypedDate(typed), typed).toBeNull();
  });

  it("reads ISO weeks with date-fns' week numbering, across a year's edge", () => {
    expect(readTypedDate("2026-W01")).toEqual({ date: "2025-12-29", precision: "week" });
    expect(readTypedDate("2020-W53")).toEqual({ date: "2020-12-28", precision: "week" });
    expect(readTypedDate("2021-W53")).toBeNull();
    expect(writeTypedDate({ date: "2025-12-29", precision: "week" })).toBe("2026-W01");
    expect(writeTypedDate({ date: "2027-01-01", precision: "week" })).toBe("week of 2027-01-01");
  });
});

import { describe, expect, it } from "vitest";
import { readTypedDate, refusedDateMessage, writeTypedDate } from "./typed-date";

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

  it("reads a date and its precision from one text, in the ways editors write them", () => {
    const reads = {
      "2026-03-05": { date: "2026-03-05", precision: "day" },
      "5 March 2026": { date: "2026-03-05", precision: "day" },
      "Mar 5, 2026": { date: "2026-03-05", precision: "day" },
      "2026-03": { date: "2026-03", precision: "month" },
      " march  2026 ": { date: "2026-03", precision: "month" },
      "Sept 2026": { date: "2026-09", precision: "month" },
      "2026-W10": { date: "2026-03-02", precision: "week" },
      "2026w1": { date: "2025-12-29", precision: "week" },
      "week of 2026-03-04": { date: "2026-03-04", precision: "week" },
      "2026-Q2": { date: "2026-04", precision: "quarter" },
      "Q4 2026": { date: "2026-10", precision: "quarter" },
      "2026": { date: "2026", precision: "year" },
      "": { date: undefined, precision: "unknown" },
      unknown: { date: undefined, precision: "unknown" },
    };
    for (const [typed, pair] of Object.entries(reads)) expect(readTypedDate(typed), typed).toEqual(pair);
  });

  it("refuses what is not a real date", () => {
    for (const bad of ["2026-02-30", "2026-13", "2026-W54", "2026-Q5", "Marchember 2026", "last Tuesday", "0999", "12/03/2026", "2026-03-05; drop table"]) {
      expect(readTypedDate(bad), bad).toBeNull();
    }
    expect(readTypedDate("2026-W53")).not.toBeNull(); // 2026 has 53 ISO weeks
    expect(readTypedDate("2027-W53")).toBeNull();
  });

  it("writes the stored pair back the way it reads, so an unchanged field changes nothing", () => {
    const pairs = [
      { date: "2026-03-05", precision: "day" },
      { date: "2026-03-02", precision: "week" },
      { date: "2026-03", precision: "month" },
      { date: "2026-04", precision: "quarter" },
      { date: "2026", precision: "year" },
    ] as const;
    for (const pair of pairs) expect(readTypedDate(writeTypedDate(pair))).toEqual(pair);
    expect(writeTypedDate({ date: "2026-03-02", precision: "week" })).toBe("2026-W10");
    // A week starting on a Saturday (an engine's weekend) stays on its Saturday.
    expect(writeTypedDate({ date: "2026-03-07", precision: "week" })).toBe("week of 2026-03-07");
    expect(readTypedDate(writeTypedDate({ date: "2026-03-07", precision: "week" }))).toEqual({ date: "2026-03-07", precision: "week" });
    expect(writeTypedDate({ date: "2026-05", precision: "quarter" })).toBe("2026-Q2");
    expect(writeTypedDate({ date: "2026-03-05", precision: "unknown" })).toBe("");
  });

  it("says why a date is refused in one wording, naming the item where a list needs it", () => {
    const formats = "Write 2026-03-05, 5 March 2026, 2026-W10, 2026-03, March 2026, 2026-Q1 or 2026; empty for unknown.";
    expect(refusedDateMessage(" Tuesday   -ish")).toBe(`“Tuesday -ish” is not a date Faultline can read. ${formats}`);
    expect(refusedDateMessage("Tuesday-ish", "“Pier shelled”")).toBe(`The date typed for “Pier shelled”, “Tuesday-ish”, is not a date Faultline can read. ${formats}`);
    // Refused once (kept in a draft) though it reads now: set again, never taken silently.
    expect(refusedDateMessage("2026-03")).toBe("“2026-03” was refused: set it again, or reset it.");
  });
});

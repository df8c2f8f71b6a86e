import { describe, expect, it } from "vitest";
import { candidateYears, yearEvidence } from "./text-years";

describe("what the years a text names say about its own year", () => {
  it("takes years told as past or present as the text's own year or earlier", () => {
    expect(yearEvidence("The ferry line has run since 2023. Traffic doubled in 2024.")).toMatchObject({ latest: 2024, earliestPlan: null });
  });

  it("reads years of plans and budgets as plans, not as the text's year", () => {
    expect(yearEvidence("Last week the assembly approved the 2027 state budget.")).toMatchObject({ latest: null, earliestPlan: 2027 });
    expect(yearEvidence("The port's needs for 2026 and 2027 are estimated at 4 billion euros.")).toMatchObject({ latest: null, earliestPlan: 2026 });
    expect(yearEvidence("The network is to be finished by the end of 2030.")).toMatchObject({ latest: null, earliestPlan: 2030 });
    expect(yearEvidence("Local elections will be held in 2028.")).toMatchObject({ latest: null, earliestPlan: 2028 });
    expect(yearEvidence("Fares stay frozen until March 2029.")).toMatchObject({ latest: null, earliestPlan: 2029 });
  });

  it("knows the text was filed after a month it tells in the past", () => {
    expect(yearEvidence("The coalition took office in December 2025.").notBeforeMonth).toBe(2026 * 12);
    expect(yearEvidence("The coalition took office on 1 December 2025.").notBeforeMonth).toBeNull();
    expect(yearEvidence("The summit will open in December 2026.").notBeforeMonth).toBeNull();
  });

  it("offers five years from the latest past year, less those before a month told in the past", () => {
    expect(candidateYears("Traffic doubled in 2024.", 12)).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(candidateYears("The line opened in 2024. The coalition took office in December 2025.", 12)).toEqual([2026, 2027, 2028, 2029]);
    expect(candidateYears("The line opened in 2024. The coalition took office in December 2025.", 1)).toEqual([2026, 2027, 2028, 2029]);
  });

  it("offers the five years up to the earliest plan when the text names no past year, and none without a year", () => {
    expect(candidateYears("Ministers agreed the budget for 2027.", 9)).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(candidateYears("Ministers met again.", 9)).toEqual([]);
  });
});

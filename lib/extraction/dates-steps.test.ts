import { describe, expect, it } from "vitest";
import { coarsenedToText, formatDate, parseIsoDay, periodHolding, withLeadingWords } from "./dates";

const day = (iso: string) => ({ from: parseIsoDay(iso), to: parseIsoDay(iso), precision: "day" as const });

describe("date phrase steps", () => {
  it("keeps chrono's day only where the text names one", () => {
    expect(formatDate(coarsenedToText(day("2024-03-31"), "the end of March"))).toBe("2024-03");
    expect(coarsenedToText(day("2024-03-12"), "three weeks ago").precision).toBe("week");
    expect(formatDate(coarsenedToText(day("2024-01-12"), "two months ago"))).toBe("2024-01");
    expect(formatDate(coarsenedToText(day("2021-06-12"), "three years ago"))).toBe("2021");
    expect(coarsenedToText(day("2024-03-09"), "three days ago")).toEqual(day("2024-03-09"));
  });

  it("joins a preposition and a part of day to the phrase, not the preposition of a possessive", () => {
    const text = "The ferry sank in the early hours of Sunday near the coast.";
    const at = text.indexOf("Sunday");
    expect(text.slice(withLeadingWords(text, at, at + 6, "Sunday"))).toMatch(/^in the early hours of Sunday/);
    const said = "The envoy left after Friday's vote.";
    const friday = said.indexOf("Friday");
    expect(withLeadingWords(said, friday, friday + 6, "Friday")).toBe(friday);
    const spoke = "They spoke during Tuesday night.";
    const tuesday = spoke.indexOf("Tuesday");
    expect(spoke.slice(withLeadingWords(spoke, tuesday, tuesday + 7, "Tuesday"))).toMatch(/^during Tuesday/);
  });

  it("widens a day to the week, month or year holding it, and leaves vaguer dates alone", () => {
    expect(periodHolding(day("2024-05-16"), "week")).toEqual({ from: parseIsoDay("2024-05-13"), to: parseIsoDay("2024-05-19"), precision: "week" });
    expect(formatDate(periodHolding(day("2024-05-16"), "month")!)).toBe("2024-05");
    expect(formatDate(periodHolding(day("2024-05-16"), "year")!)).toBe("2024");
    const year = { from: parseIsoDay("2024-01-01"), to: parseIsoDay("2024-12-31"), precision: "year" as const };
    expect(periodHolding(year, "month")).toBeNull();
    const twoYears = { ...year, to: parseIsoDay("2025-12-31") };
    expect(periodHolding(twoYears, "year")).toBeNull();
  });
});

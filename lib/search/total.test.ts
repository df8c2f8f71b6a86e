import { describe, expect, it } from "vitest";
import { roughly, totalLabel } from "./total";

describe("search totals", () => {
  it("rounds an estimate to two significant digits", () => {
    expect([7, 99, 100, 1_049, 3_097, 86_704, 133_402, 995_000].map(roughly)).toEqual([7, 99, 100, 1_000, 3_100, 87_000, 130_000, 1_000_000]);
  });

  it("labels an exact count as is, a capped one with +, an estimate with about", () => {
    expect(totalLabel({ total: 999, totalKind: "exact" })).toBe("999");
    expect(totalLabel({ total: 1_000, totalKind: "atLeast" })).toBe("1,000+");
    expect(totalLabel({ total: 87_000, totalKind: "estimate" })).toBe("about 87,000");
    expect(totalLabel({ total: 0, totalKind: "exact" })).toBe("0");
  });
});

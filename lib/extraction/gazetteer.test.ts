import { describe, expect, it } from "vitest";
import { isStateName } from "./gazetteer";

describe("isStateName", () => {
  it("knows a state's name in any case, or only as written when told to", () => {
    expect(isStateName("POLAND")).toBe(true);
    expect(isStateName("us")).toBe(true);
    expect(isStateName("Us", true)).toBe(false);
    expect(isStateName("US", true)).toBe(true);
    expect(isStateName("Harbourland")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { regionalBodies } from "./regional-bodies";
import { Registry } from "./registry";

describe("regionalBodies", () => {
  it("names a region's or county's authorities printed with 'region' or 'county'", () => {
    const r = new Registry("Belgorod region authorities said a depot burned. The Zwoleń county authorities closed two roads.");
    regionalBodies(r);
    expect(r.byForm.get("Belgorod region authorities")?.kind).toBe("government");
    expect(r.byForm.get("Zwoleń county authorities")?.kind).toBe("government");
  });
});

import { describe, expect, it } from "vitest";
import { bareNationalBodies } from "./national-bodies";
import { datelineState, homeState } from "./home-state";
import { Registry } from "./registry";

describe("home state", () => {
  it("reads a dateline's capital or state, with or without its marks", () => {
    const r = new Registry("Talks resumed.");
    expect(datelineState(r, "Rīga")).toBe("Latvia");
    expect(datelineState(r, "Kyiv")).toBe("Ukraine");
    expect(datelineState(r, "Ruritania City")).toBeNull();
    expect(datelineState(r, null)).toBeNull();
  });

  it("is the dateline's state, else the state the article names most", () => {
    const r = new Registry("Russia fired drones at Russia's neighbour. Russia denied it. Estonia protested.");
    expect(homeState(r, "Tallinn")).toBe("Estonia");
    expect(homeState(r, null)).toBe("Russia");
  });

  it("gives a bare body with no state near it the dateline's state", () => {
    const r = new Registry("Russia fired drones overnight. Russia denied it.\n\nThe Interior Ministry said two men were held.");
    bareNationalBodies(r, homeState(r, "Vilnius"));
    expect(r.byForm.get("Interior Ministry")?.name).toBe("Lithuanian Interior Ministry");
  });
});

import { describe, expect, it } from "vitest";
import { bareRegionalBodies, regionalBodies } from "./regional-bodies";
import { Registry } from "./registry";

describe("regionalBodies", () => {
  it("names a region's or county's authorities printed with 'region' or 'county'", () => {
    const r = new Registry("Belgorod region authorities said a depot burned. The Zwoleń county authorities closed two roads.");
    regionalBodies(r);
    expect(r.byForm.get("Belgorod region authorities")?.kind).toBe("government");
    expect(r.byForm.get("Zwoleń county authorities")?.kind).toBe("government");
  });

  it("keeps the region's police apart from its administration ('the regional police' after 'the Sumy regional administration')", () => {
    const r = new Registry("Drones hit the Sumy region, the Sumy regional administration said. Later the regional police said a man was detained.");
    regionalBodies(r);
    bareRegionalBodies(r);
    expect([...r.actors.values()].map((a) => a.name)).toEqual(["Sumy regional administration", "Sumy regional police"]);
  });

  it("serves the place a sentence opens with ('In Rivne, …, according to the regional administration'), not a region named elsewhere", () => {
    const r = new Registry("Drones hit the Sumy region overnight.\nIn Rivne, a substation was damaged, according to the regional administration. In March, the regional police said little.");
    regionalBodies(r);
    bareRegionalBodies(r);
    expect([...r.actors.values()].map((a) => a.name)).toEqual(["Rivne regional administration", "Sumy regional police"]);
  });
});

describe("bareRegionalBodies, more bodies", () => {
  it("names the region's government and prosecutor's office printed without it (not 'regional authorities', which may be several regions)", () => {
    const r = new Registry("Shelling hit the Kursk region on Friday, according to the regional government. Fires spread, the regional authorities said. The regional prosecutor's office opened a case.");
    bareRegionalBodies(r);
    expect([...r.actors.values()].map((a) => a.name)).toEqual(["Kursk regional government", "Kursk regional prosecutor's office"]);
  });

  it("serves the city a sentence opens with ('In Mykolaiv city, …') before a region named in an earlier paragraph", () => {
    const r = new Registry("Troops were moved from the Donetsk region.\nIn Mykolaiv city, a depot burned, the regional police said. The head of the regional administration, Ivan Petrenko, arrived.");
    bareRegionalBodies(r);
    expect([...r.actors.values()].map((a) => a.name)).toEqual(["Mykolaiv regional police"]);
  });
});

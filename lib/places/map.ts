import { geoMercator, geoPath } from "d3-geo";
import type { EventCategory } from "@/lib/events/codebook";
import { countriesWithin } from "./atlas";

// The map's geometry, computed on the server: a Mercator projection fitted to the places shown,
// country outlines clipped to the frame, and places grouped into clusters that do not overlap.
// Output is plain data in viewBox units and percentages, so the component only draws. The outlines
// are not inlined in pages: they are a separate, immutable SVG (baseMapSvg, served at baseMapUrl) that
// browsers fetch once per frame, while each page carries only its markers.

export type MapPlace = {
  slug: string;
  name: string;
  latitude: number;
  longitude: number;
  total: number;
  byCategory: Partial<Record<EventCategory, number>>;
};

export type MapCluster = {
  x: number;
  y: number;
  /** Position in % of the frame, for the HTML layer over the SVG. */
  left: number;
  top: number;
  r: number;
  total: number;
  byCategory: Partial<Record<EventCategory, number>>;
  places: MapPlace[];
};

/** `base`: the address of the frame's country outlines (an SVG of the same width and height). */
export type MapLayout = { width: number; height: number; base: string; clusters: MapCluster[]; outside: MapPlace[] };

/** Places a marker's popup asks for events at, at most (its biggest first): the address stays well under the proxy's limit. */
export const PLACES_PER_REQUEST = 60;

const PAD = 28;
/** Smallest span shown, in degrees, so one town still shows its region. */
const MIN_SPAN = { lon: 14, lat: 8 };
const CLUSTER_DISTANCE = 26;
/** Pixels kept between two circles' edges. */
const CLUSTER_GAP = 2;

type Frame = { west: number; east: number; south: number; north: number };

/** The value below which `share` of the events lie, along one axis. */
function quantile(places: MapPlace[], axis: (p: MapPlace) => number, share: number): number {
  const sorted = [...places].sort((a, b) => axis(a) - axis(b));
  const total = sorted.reduce((s, p) => s + p.total, 0);
  let seen = 0;
  for (const p of sorted) {
    seen += p.total;
    if (seen >= total * share) return axis(p);
  }
  return axis(sorted[sorted.length - 1]);
}

/**
 * The places the frame is fitted to: those near where most events are (the middle 80 % on each axis,
 * widened by half its span and at least 10°). A lone summit in Washington does not shrink the front
 * to a dot; it is listed as outside the view instead.
 */
function core(places: MapPlace[]): MapPlace[] {
  if (places.length < 4) return places;
  const lon = [quantile(places, (p) => p.longitude, 0.1), quantile(places, (p) => p.longitude, 0.9)];
  const lat = [quantile(places, (p) => p.latitude, 0.1), quantile(places, (p) => p.latitude, 0.9)];
  const padLon = Math.max(10, (lon[1] - lon[0]) / 2);
  const padLat = Math.max(6, (lat[1] - lat[0]) / 2);
  return places.filter((p) => p.longitude >= lon[0] - padLon && p.longitude <= lon[1] + padLon && p.latitude >= lat[0] - padLat && p.latitude <= lat[1] + padLat);
}

/** The area to show, in whole degrees (so similar lists share one outline in the memo). */
function frame(all: MapPlace[]): Frame {
  if (!all.length) return { west: 22, east: 40, south: 44, north: 53 }; // Ukraine and its neighbours
  const places = core(all);
  let west = Math.min(...places.map((p) => p.longitude));
  let east = Math.max(...places.map((p) => p.longitude));
  let south = Math.min(...places.map((p) => p.latitude));
  let north = Math.max(...places.map((p) => p.latitude));
  if (east - west < MIN_SPAN.lon) [west, east] = [(west + east) / 2 - MIN_SPAN.lon / 2, (west + east) / 2 + MIN_SPAN.lon / 2];
  if (north - south < MIN_SPAN.lat) [south, north] = [(south + north) / 2 - MIN_SPAN.lat / 2, (south + north) / 2 + MIN_SPAN.lat / 2];
  return { west: Math.floor(west), east: Math.ceil(east), south: Math.max(Math.floor(south), -75), north: Math.min(Math.ceil(north), 80) };
}

const outlines = new Map<string, string>();

/** Country outlines for a projection, memoised by frame (a page's map is drawn for every render). */
function outlineFor(frame: Frame, projection: ReturnType<typeof geoMercator>, width: number, height: number): string {
  const key = [width, height, frame.west, frame.east, frame.south, frame.north].join(",");
  const cached = outlines.get(key);
  if (cached !== undefined) return cached;
  // Wide frames get the coarser atlas and whole-pixel coordinates: the outline stays a few tens of KB.
  const wide = frame.east - frame.west > 40 || frame.north - frame.south > 25;
  // Mercator maps straight segments to straight segments: no adaptive resampling needed.
  const path = geoPath(projection.precision(0)).digits(wide ? 0 : 1);
  // What the frame shows, plus the margin the padding reveals.
  const margin = { west: frame.west - 10, east: frame.east + 10, south: frame.south - 8, north: frame.north + 8 };
  const d = countriesWithin(margin, wide ? "110m" : "50m").map((f) => path(f) ?? "").join("");
  if (outlines.size > 200) outlines.delete(outlines.keys().next().value!);
  outlines.set(key, d);
  return d;
}

function projectionFor({ west, east, south, north }: Frame, width: number, height: number) {
  const corners = { type: "MultiPoint" as const, coordinates: [[west, south], [east, north], [west, north], [east, south]] };
  return geoMercator().fitExtent([[PAD, PAD], [width - PAD, height - PAD]], corners).clipExtent([[0, 0], [width, height]]);
}

// Bump when the outlines drawn for a key change (atlas, projection, rounding): browsers keep them for a year.
const BASE_VERSION = "v1";
const KEY = new RegExp(`^${BASE_VERSION}_(\\d{2,4})_(\\d{2,4})_(-?\\d{1,3})_(-?\\d{1,3})_(-?\\d{1,2})_(-?\\d{1,2})$`);

/** The address of a frame's outlines: every number the drawing depends on is in it. */
export function baseMapUrl(area: Frame, width: number, height: number): string {
  return `/map-base/${[BASE_VERSION, Math.round(width), Math.round(height), area.west, area.east, area.south, area.north].join("_")}`;
}

/** The country outlines of the frame a baseMapUrl key names, as a standalone SVG; null for a key no map makes. */
export function baseMapSvg(key: string): string | null {
  const m = KEY.exec(key);
  if (!m) return null;
  const [width, height, west, east, south, north] = m.slice(1).map(Number);
  const valid = width >= 100 && width <= 2000 && height >= 100 && height <= 2000 && west >= -180 && east <= 180 && west < east && south >= -75 && north <= 80 && south < north;
  if (!valid) return null;
  const area = { west, east, south, north };
  const d = outlineFor(area, projectionFor(area, width, height), width, height);
  // Colours as in Map.module.css; an image cannot read the page's variables, so dark mode is its own.
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<style>path{fill:#f7f4ec;stroke:#b9b2a3;stroke-width:.6;stroke-linejoin:round}@media (prefers-color-scheme:dark){path{fill:#262b32;stroke:#4b535d}}</style>` +
    `<path d="${d}"/></svg>`;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const layouts = new Map<string, MapLayout>();

/**
 * The map of `places` in a frame of `width` × `height`, memoised by its input (treat it as read-only): every
 * cold page of the same filters (another page, view or grouping) draws the same map, and clustering a few
 * hundred places costs about a millisecond.
 */
export function layoutMap(places: MapPlace[], { width = 640, height = 420 } = {}): MapLayout {
  const key = `${width}x${height}${JSON.stringify(places)}`;
  const cached = layouts.get(key);
  if (cached) return cached;
  const layout = computeLayout(places, width, height);
  if (layouts.size >= 100) layouts.delete(layouts.keys().next().value!);
  layouts.set(key, layout);
  return layout;
}

function computeLayout(places: MapPlace[], width: number, height: number): MapLayout {
  const area = frame(places);
  const projection = projectionFor(area, width, height);

  let clusters: MapCluster[] = [];
  const outside: MapPlace[] = [];
  for (const place of [...places].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name))) {
    const point = projection([place.longitude, place.latitude]);
    if (!point || point[0] < 0 || point[0] > width || point[1] < 0 || point[1] > height) {
      outside.push(place);
      continue;
    }
    const [x, y] = point;
    const near = clusters.find((c) => Math.hypot(c.x - x, c.y - y) < CLUSTER_DISTANCE);
    const own: MapCluster = { x, y, left: 0, top: 0, r: 0, total: place.total, byCategory: { ...place.byCategory }, places: [place] };
    if (near) absorb(near, own);
    else clusters.push(own);
  }
  clusters = withoutOverlaps(clusters);
  for (const c of clusters) {
    c.left = round2((c.x / width) * 100);
    c.top = round2((c.y / height) * 100);
    c.x = Math.round(c.x * 10) / 10;
    c.y = Math.round(c.y * 10) / 10;
  }
  // Big clusters drawn first, small ones on top where they touch.
  clusters.sort((a, b) => b.total - a.total);
  return { width, height, base: baseMapUrl(area, width, height), clusters, outside };
}

/** Adds `other`'s places and counts to `into`, which keeps its position. */
function absorb(into: MapCluster, other: MapCluster) {
  into.places.push(...other.places);
  into.total += other.total;
  for (const [category, n] of Object.entries(other.byCategory) as [EventCategory, number][]) into.byCategory[category] = (into.byCategory[category] ?? 0) + n;
}

/**
 * Sizes the circles by their share of the biggest, then lets each circle, biggest first, take in the smaller ones
 * that would overlap it; repeated until a pass merges nothing (merging grows a circle, so it is sized again).
 * With many places, circles set only CLUSTER_DISTANCE apart covered each other's counts.
 */
function withoutOverlaps(clusters: MapCluster[]): MapCluster[] {
  let list = [...clusters];
  for (;;) {
    const biggest = Math.max(1, ...list.map((c) => c.total));
    for (const c of list) c.r = Math.round(7 + 13 * Math.sqrt(c.total / biggest));
    list.sort((a, b) => b.total - a.total);
    const taken = new Set<MapCluster>();
    for (const [i, keep] of list.entries()) {
      if (taken.has(keep)) continue;
      for (const other of list.slice(i + 1))
        if (!taken.has(other) && Math.hypot(keep.x - other.x, keep.y - other.y) < keep.r + other.r + CLUSTER_GAP) (absorb(keep, other), taken.add(other));
    }
    if (!taken.size) return list;
    list = list.filter((c) => !taken.has(c));
  }
}

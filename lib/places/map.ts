import { geoMercator, geoPath } from "d3-geo";
import type { EventCategory } from "@/lib/events/codebook";
import { countriesWithin } from "./atlas";

// The map's geometry, computed on the server: a Mercator projection fitted to the places shown,
// country outlines clipped to the frame, and places grouped into clusters that do not overlap.
// Output is plain data in viewBox units and percentages, so the component only draws.

export type MapPlace = {
  slug: string;
  name: string;
  latitude: number;
  longitude: number;
  total: number;
  byCategory: Partial<Record<EventCategory, number>>;
  /** The newest events there, newest first (a few). */
  events: { id: string; title: string; date: string; category: EventCategory }[];
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
  events: MapPlace["events"];
};

export type MapLayout = { width: number; height: number; outline: string; clusters: MapCluster[] };

const PAD = 28;
/** Smallest span shown, in degrees, so one town still shows its region. */
const MIN_SPAN = { lon: 14, lat: 8 };
const CLUSTER_DISTANCE = 26;
const EVENTS_PER_CLUSTER = 6;

type Frame = { west: number; east: number; south: number; north: number };

/** The area to show, in whole degrees (so similar lists share one outline in the memo). */
function frame(places: MapPlace[]): Frame {
  if (!places.length) return { west: 22, east: 40, south: 44, north: 53 }; // Ukraine and its neighbours
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
  // Mercator maps straight segments to straight segments: no adaptive resampling needed.
  const path = geoPath(projection.precision(0)).digits(1);
  // What the frame shows, plus the margin the padding reveals.
  const margin = { west: frame.west - 10, east: frame.east + 10, south: frame.south - 8, north: frame.north + 8 };
  const d = countriesWithin(margin).map((f) => path(f) ?? "").join("");
  if (outlines.size > 200) outlines.delete(outlines.keys().next().value!);
  outlines.set(key, d);
  return d;
}

export function layoutMap(places: MapPlace[], { width = 640, height = 420 } = {}): MapLayout {
  const area = frame(places);
  const { west, east, south, north } = area;
  const corners = { type: "MultiPoint" as const, coordinates: [[west, south], [east, north], [west, north], [east, south]] };
  const projection = geoMercator().fitExtent([[PAD, PAD], [width - PAD, height - PAD]], corners).clipExtent([[0, 0], [width, height]]);
  const outline = outlineFor(area, projection, width, height);

  const clusters: MapCluster[] = [];
  for (const place of [...places].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name))) {
    const point = projection([place.longitude, place.latitude]);
    if (!point) continue;
    const [x, y] = point;
    const near = clusters.find((c) => Math.hypot(c.x - x, c.y - y) < CLUSTER_DISTANCE);
    if (near) {
      near.places.push(place);
      near.total += place.total;
      for (const [category, n] of Object.entries(place.byCategory) as [EventCategory, number][]) near.byCategory[category] = (near.byCategory[category] ?? 0) + n;
      near.events = [...near.events, ...place.events].sort((a, b) => b.date.localeCompare(a.date)).slice(0, EVENTS_PER_CLUSTER);
    } else {
      clusters.push({ x, y, left: 0, top: 0, r: 0, total: place.total, byCategory: { ...place.byCategory }, places: [place], events: place.events.slice(0, EVENTS_PER_CLUSTER) });
    }
  }
  const biggest = Math.max(1, ...clusters.map((c) => c.total));
  for (const c of clusters) {
    c.r = 7 + 13 * Math.sqrt(c.total / biggest);
    c.left = (c.x / width) * 100;
    c.top = (c.y / height) * 100;
    c.x = Math.round(c.x * 10) / 10;
    c.y = Math.round(c.y * 10) / 10;
  }
  // Big clusters drawn first, small ones on top where they touch.
  clusters.sort((a, b) => b.total - a.total);
  return { width, height, outline, clusters };
}

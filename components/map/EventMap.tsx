import { CATEGORIES } from "@/lib/events/chart";
import { layoutMap, PLACES_PER_REQUEST, type MapCluster, type MapPlace } from "@/lib/places/map";
import { formatCount } from "./count";
import { MapMarkers, type MapHit } from "./MapMarkers";
import { PlaceList } from "./PlaceList";
import styles from "./Map.module.css";

// A map of events by place, laid out on the server: country outlines (a cached image shared by every map
// of the same frame) and one marker per cluster of nearby places, a ring coloured by event category sized
// by the number of events. Pointing at (or tabbing to) a marker shows the places under it and, asked for
// then from `eventsUrl`, the newest events there. MapMarkers draws both from plain data (the one small
// script); no tiles. Its links are plain <a> (no next/link to render per link on every cold render).

type Props = {
  places: MapPlace[];
  /** Named and counted below the map: places without coordinates. */
  unresolved?: { slug: string; name: string; total: number }[];
  withoutPlace?: number;
  /** Where a popup asks for the newest matching events at its places (getMapData's); none: popups list places only. */
  eventsUrl?: string;
  title?: string;
  width?: number;
  height?: number;
};

const SERIES = CATEGORIES.map(({ key, color }) => ({ key, color }));
/** Popups list a marker's first places, and say how many more. */
const PLACES_LISTED = 6;

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** A marker as the client layer's few numbers and strings: links, label and popup are drawn there from them. */
function hitOf(c: MapCluster): MapHit {
  const hit: MapHit = {
    key: c.places[0].slug,
    x: c.x,
    y: c.y,
    r: c.r,
    total: c.total,
    counts: CATEGORIES.map(({ key }) => c.byCategory[key] ?? 0),
    left: c.left,
    top: c.top,
    places: c.places.slice(0, PLACES_LISTED).map((p) => [p.slug, p.name, p.total]),
    more: Math.max(0, c.places.length - PLACES_LISTED),
  };
  if (hit.more) hit.at = (c.places.length > PLACES_PER_REQUEST ? [...c.places].sort((a, b) => b.total - a.total).slice(0, PLACES_PER_REQUEST) : c.places).map((p) => p.slug);
  return hit;
}

/** A caption's list of places: the first dozen as [slug, name, events], and how many more. */
const listed = (places: { slug: string; name: string; total: number }[]) => ({
  places: places.slice(0, 12).map((p): [string, string, number] => [p.slug, p.name, p.total]),
  more: Math.max(0, places.length - 12),
});

export function EventMap({ places, unresolved = [], withoutPlace = 0, eventsUrl, title = "Map of these events", width = 640, height = 420 }: Props) {
  const layout = layoutMap(places, { width, height });
  const shown = places.reduce((s, p) => s + p.total, 0);
  return (
    <figure className={styles.map} aria-label={title}>
      <div className={styles.stage} style={{ aspectRatio: `${width} / ${height}` }}>
        <MapMarkers base={layout.base} width={width} height={height} series={SERIES} eventsUrl={eventsUrl} hits={layout.clusters.map(hitOf)} />
      </div>
      <figcaption className={styles.caption}>
        <span className={styles.legend}>
          {CATEGORIES.map((c) => <span key={c.key}><span className={styles.dot} style={{ background: c.color }} aria-hidden="true" />{c.label}</span>)}
        </span>
        <span>{plural(shown, "event")} at {plural(places.length, "place")}{withoutPlace ? `; ${plural(withoutPlace, "event")} name no place` : ""}.</span>
        {layout.outside.length > 0 && <PlaceList intro="Outside this view:" {...listed(layout.outside)} />}
        {unresolved.length > 0 && <PlaceList intro="Not on the map (place not found in the gazetteer):" {...listed(unresolved)} />}
      </figcaption>
    </figure>
  );
}

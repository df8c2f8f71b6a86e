import Link from "next/link";
import { CATEGORIES } from "@/lib/events/chart";
import type { EventCategory } from "@/lib/events/codebook";
import { layoutMap, type MapCluster, type MapPlace } from "@/lib/places/map";
import styles from "./Map.module.css";

// A server-rendered map of events by place: country outlines and one marker per cluster of nearby
// places, a ring coloured by event category sized by the number of events. Pointing at (or tabbing to)
// a marker shows the places and the newest events under it; no script, no tiles.

type Props = {
  places: MapPlace[];
  /** Named and counted below the map: places without coordinates. */
  unresolved?: { slug: string; name: string; total: number }[];
  withoutPlace?: number;
  title?: string;
  width?: number;
  height?: number;
  /** Where a marker with one place links: its place page by default. */
  placeHref?: (place: MapPlace) => string;
};

const COLOR: Record<EventCategory, string> = Object.fromEntries(CATEGORIES.map((c) => [c.key, c.color])) as Record<EventCategory, string>;

function Ring({ cluster }: { cluster: MapCluster }) {
  const width = Math.max(4, cluster.r * 0.45);
  const radius = cluster.r - width / 2;
  const circumference = 2 * Math.PI * radius;
  let offset = 0;
  const arcs = CATEGORIES.flatMap(({ key }) => {
    const n = cluster.byCategory[key] ?? 0;
    if (!n) return [];
    const length = (n / cluster.total) * circumference;
    const arc = <circle key={key} r={radius} fill="none" stroke={COLOR[key]} strokeWidth={width} strokeDasharray={`${length} ${circumference - length}`} strokeDashoffset={-offset} transform="rotate(-90)" />;
    offset += length;
    return [arc];
  });
  return (
    <g transform={`translate(${cluster.x} ${cluster.y})`}>
      <circle r={cluster.r} className={styles.markerFill} />
      {arcs}
      <text className={styles.count} dy="0.35em" fontSize={cluster.r < 11 ? 9 : 11}>{cluster.total > 999 ? `${Math.round(cluster.total / 1000)}k` : cluster.total}</text>
    </g>
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

export function EventMap({ places, unresolved = [], withoutPlace = 0, title = "Map of these events", width = 640, height = 420, placeHref = (p) => `/places/${p.slug}` }: Props) {
  const layout = layoutMap(places, { width, height });
  const shown = places.reduce((s, p) => s + p.total, 0);
  return (
    <figure className={styles.map} aria-label={title}>
      <div className={styles.stage} style={{ aspectRatio: `${width} / ${height}` }}>
        <svg viewBox={`0 0 ${width} ${height}`} className={styles.svg} aria-hidden="true" focusable="false">
          <rect width={width} height={height} className={styles.sea} />
          <path d={layout.outline} className={styles.land} />
          {layout.clusters.map((c) => <Ring key={c.places[0].slug} cluster={c} />)}
        </svg>
        <ul className={styles.hits}>
          {layout.clusters.map((c) => {
            const single = c.places.length === 1;
            const label = `${single ? c.places[0].name : `${c.places[0].name} and ${plural(c.places.length - 1, "place")} nearby`}: ${plural(c.total, "event")}`;
            return (
              <li key={c.places[0].slug} className={styles.hit} style={{ left: `${c.left}%`, top: `${c.top}%`, width: c.r * 2, height: c.r * 2 }}>
                <Link href={placeHref(c.places[0])} className={styles.target} aria-label={label} />
                <div className={`${styles.popup} ${c.left > 60 ? styles.popupLeft : ""} ${c.top > 55 ? styles.popupUp : ""}`}>
                  <p className={styles.popupHead}>
                    {c.places.slice(0, 6).map((p, i) => (
                      <span key={p.slug}>{i > 0 && ", "}<Link href={placeHref(p)}>{p.name}</Link> <span className="muted">{p.total.toLocaleString("en-GB")}</span></span>
                    ))}
                    {c.places.length > 6 && <span className="muted">, {plural(c.places.length - 6, "more place")}</span>}
                  </p>
                  <ul className={styles.popupEvents}>
                    {c.events.map((e) => (
                      <li key={e.id}>
                        <span className={styles.dot} style={{ background: COLOR[e.category] }} aria-hidden="true" />
                        <Link href={`/events/${e.id}`}>{e.title}</Link> <span className="muted">{e.date}</span>
                      </li>
                    ))}
                  </ul>
                  {c.total > c.events.length && <p className="small muted">Newest {c.events.length} of {plural(c.total, "event")}</p>}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
      <figcaption className={styles.caption}>
        <span className={styles.legend}>
          {CATEGORIES.map((c) => <span key={c.key}><span className={styles.dot} style={{ background: c.color }} aria-hidden="true" />{c.label}</span>)}
        </span>
        <span>{plural(shown, "event")} at {plural(places.length, "place")}{withoutPlace ? `; ${plural(withoutPlace, "event")} name no place` : ""}.</span>
        {layout.outside.length > 0 && (
          <span>
            Outside this view:{" "}
            {layout.outside.slice(0, 12).map((p, i) => (
              <span key={p.slug}>{i > 0 && ", "}<Link href={placeHref(p)}>{p.name}</Link> ({p.total.toLocaleString("en-GB")})</span>
            ))}
            {layout.outside.length > 12 && `, and ${plural(layout.outside.length - 12, "more place")}`}.
          </span>
        )}
        {unresolved.length > 0 && (
          <span>
            Not on the map (place not found in the gazetteer):{" "}
            {unresolved.slice(0, 12).map((u, i) => (
              <span key={u.slug}>{i > 0 && ", "}<Link href={`/places/${u.slug}`}>{u.name}</Link> ({u.total.toLocaleString("en-GB")})</span>
            ))}
            {unresolved.length > 12 && `, and ${plural(unresolved.length - 12, "more place")}`}.
          </span>
        )}
      </figcaption>
    </figure>
  );
}

"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { formatCount } from "./count";
import styles from "./Map.module.css";

// The map's drawn layer: the country outlines (an image), a ring per marker coloured by event category,
// and over it one link per marker with its popup (the places under it and their newest events), drawn
// only while the marker is pointed at or focused. A client component so that the page's payload carries
// each marker as a few numbers and strings, not as an SVG tree sent twice (HTML and payload); without
// script the rings are still in the HTML and the markers still link to their place. The newest events
// are asked for when a popup first opens (`eventsUrl`), not carried by the page for every marker.

export type MapHit = {
  /** The slug of its biggest place: the marker links to that place. */
  key: string;
  /** Centre and radius in viewBox units, for the ring. */
  x: number;
  y: number;
  r: number;
  total: number;
  /** Events per category, in the order of the map's `series`. */
  counts: number[];
  /** Centre in % of the frame, for the link over it. */
  left: number;
  top: number;
  /** Its first places (the popup lists them): slug, name, events there. */
  places: [slug: string, name: string, total: number][];
  /** How many places under it are not in `places`. */
  more: number;
  /** Slugs of the places its newest events are asked for (its biggest, up to a limit), when not just `places`'. */
  at?: string[];
};

const placeHref = (slug: string) => `/places/${slug}`;
const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** What the marker's link says: its place (and how many more nearby) and its events. */
function labelOf(hit: MapHit): string {
  const others = hit.places.length - 1 + hit.more;
  return `${others ? `${hit.places[0][1]} and ${plural(others, "place")} nearby` : hit.places[0][1]}: ${plural(hit.total, "event")}`;
}

type Series = { key: string; color: string };
type MarkerEvent = { id: string; title: string; date: string; category: string };
/** A popup's events: not asked yet (undefined), on their way, there, or not to be had. */
type Loaded = "loading" | "failed" | MarkerEvent[];

function Popup({ hit, events, series }: { hit: MapHit; events: Loaded | undefined; series: Series[] }) {
  const color = (category: string) => series.find((s) => s.key === category)?.color;
  return (
    // Markers near the right or bottom edge open towards the left / upwards.
    <div className={`${styles.popup} ${hit.left > 60 ? styles.popupLeft : ""} ${hit.top > 55 ? styles.popupUp : ""}`}>
      <p className={styles.popupHead}>
        {hit.places.map(([slug, name, total], i) => (
          <span key={slug}>{i > 0 && ", "}<Link href={placeHref(slug)}>{name}</Link> <span className="muted">{formatCount(total)}</span></span>
        ))}
        {hit.more > 0 && <span className="muted">, {plural(hit.more, "more place")}</span>}
      </p>
      {events === "loading" && <p className="small muted" role="status">Loading the newest events…</p>}
      {events === "failed" && <p className="small muted" role="status">The newest events could not be loaded: the place links above list them.</p>}
      {Array.isArray(events) && (
        <>
          <ul className={styles.popupEvents}>
            {events.map((e) => (
              <li key={e.id}>
                <span className={styles.dot} style={{ background: color(e.category) }} aria-hidden="true" />
                <Link href={`/events/${e.id}`}>{e.title}</Link> <span className="muted">{e.date}</span>
              </li>
            ))}
          </ul>
          {hit.total > events.length && <p className="small muted">{`Newest ${events.length} of ${formatCount(hit.total)} events`}</p>}
        </>
      )}
    </div>
  );
}

/** The newest events at each opened marker's places, asked for once per marker (kept while the page is open). */
function useMarkerEvents(eventsUrl: string | undefined) {
  const [loaded, setLoaded] = useState<Record<string, Loaded>>({});
  const asked = useRef(new Set<string>());
  const ask = (hit: MapHit) => {
    if (!eventsUrl || asked.current.has(hit.key)) return;
    asked.current.add(hit.key);
    const set = (value: Loaded) => setLoaded((current) => ({ ...current, [hit.key]: value }));
    set("loading");
    const url = new URL(eventsUrl, window.location.href);
    for (const slug of hit.at ?? hit.places.map(([slug]) => slug)) url.searchParams.append("at", slug);
    fetch(url)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((body: { events: MarkerEvent[] }) => set(body.events))
      .catch(() => {
        asked.current.delete(hit.key); // the next opening tries again
        set("failed");
      });
  };
  return { loaded, ask };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A ring split into arcs, one per category in proportion to its events, with the count inside. */
function Ring({ hit, series }: { hit: MapHit; series: Series[] }) {
  const width = Math.max(4, hit.r * 0.45);
  const radius = hit.r - width / 2;
  const circumference = 2 * Math.PI * radius;
  let offset = 0;
  const arcs = series.flatMap(({ key, color }, i) => {
    const n = hit.counts[i];
    if (!n) return [];
    const length = (n / hit.total) * circumference;
    // A tenth of a pixel is finer than a screen draws.
    const arc = <circle key={key} r={round(radius)} fill="none" stroke={color} strokeWidth={round(width)} strokeDasharray={`${round(length)} ${round(circumference - length)}`} strokeDashoffset={round(-offset)} transform="rotate(-90)" />;
    offset += length;
    return [arc];
  });
  return (
    <g transform={`translate(${hit.x} ${hit.y})`}>
      <circle r={hit.r} className={styles.markerFill} />
      {arcs}
      <text className={styles.count} dy="0.35em" fontSize={hit.r < 11 ? 9 : 11}>{hit.total > 999 ? `${Math.round(hit.total / 1000)}k` : hit.total}</text>
    </g>
  );
}

type Props = { base: string; width: number; height: number; series: Series[]; hits: MapHit[]; eventsUrl?: string };

export function MapMarkers({ base, width, height, series, hits, eventsUrl }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const { loaded, ask } = useMarkerEvents(eventsUrl);
  const show = (hit: MapHit) => {
    setOpen(hit.key);
    ask(hit);
  };
  const close = (key: string) => setOpen((current) => (current === key ? null : current));
  return (
    <>
      <svg viewBox={`0 0 ${width} ${height}`} className={styles.svg} aria-hidden="true" focusable="false">
        <rect width={width} height={height} className={styles.sea} />
        <image href={base} width={width} height={height} />
        {hits.map((hit) => <Ring key={hit.key} hit={hit} series={series} />)}
      </svg>
      <ul className={styles.hits}>
        {hits.map((hit) => (
          <li
            key={hit.key}
            className={styles.hit}
            style={{ left: `${hit.left}%`, top: `${hit.top}%`, width: hit.r * 2, height: hit.r * 2 }}
            onMouseEnter={() => show(hit)}
            onMouseLeave={() => close(hit.key)}
            onFocus={() => show(hit)}
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close(hit.key);
            }}
          >
            {/* A plain link: no next/link (a component with hooks) to render per marker on the server. */}
            <a href={placeHref(hit.key)} className={styles.target} aria-label={labelOf(hit)} />
            {open === hit.key && <Popup hit={hit} events={loaded[hit.key]} series={series} />}
          </li>
        ))}
      </ul>
    </>
  );
}

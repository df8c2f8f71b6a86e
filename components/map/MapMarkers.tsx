"use client";

import Link from "next/link";
import { useState } from "react";
import styles from "./Map.module.css";

// The map's drawn layer: the country outlines (an image), a ring per marker coloured by event category,
// and over it one link per marker with its popup (the places and newest events under it), drawn only
// while the marker is pointed at or focused. A client component so that the page's payload carries
// each marker as a few numbers and strings, not as an SVG tree sent twice (HTML and payload); without
// script the rings are still in the HTML and the markers still link to their place.

export type MapHit = {
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
  size: number;
  href: string;
  label: string;
  /** Open towards the left / upwards (markers near the right or bottom edge). */
  flipX: boolean;
  flipY: boolean;
  places: { href: string; name: string; total: string }[];
  morePlaces: string | null;
  events: { id: string; title: string; date: string; color: string }[];
  /** "Newest 6 of 1,234 events" when the list is cut. */
  more: string | null;
};

function Popup({ hit }: { hit: MapHit }) {
  return (
    <div className={`${styles.popup} ${hit.flipX ? styles.popupLeft : ""} ${hit.flipY ? styles.popupUp : ""}`}>
      <p className={styles.popupHead}>
        {hit.places.map((p, i) => (
          <span key={p.href}>{i > 0 && ", "}<Link href={p.href}>{p.name}</Link> <span className="muted">{p.total}</span></span>
        ))}
        {hit.morePlaces && <span className="muted">, {hit.morePlaces}</span>}
      </p>
      <ul className={styles.popupEvents}>
        {hit.events.map((e) => (
          <li key={e.id}>
            <span className={styles.dot} style={{ background: e.color }} aria-hidden="true" />
            <Link href={`/events/${e.id}`}>{e.title}</Link> <span className="muted">{e.date}</span>
          </li>
        ))}
      </ul>
      {hit.more && <p className="small muted">{hit.more}</p>}
    </div>
  );
}

type Series = { key: string; color: string };

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

export function MapMarkers({ base, width, height, series, hits }: { base: string; width: number; height: number; series: Series[]; hits: MapHit[] }) {
  const [open, setOpen] = useState<string | null>(null);
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
            style={{ left: `${hit.left}%`, top: `${hit.top}%`, width: hit.size, height: hit.size }}
            onMouseEnter={() => setOpen(hit.key)}
            onMouseLeave={() => close(hit.key)}
            onFocus={() => setOpen(hit.key)}
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close(hit.key);
            }}
          >
            <Link href={hit.href} className={styles.target} aria-label={hit.label} />
            {open === hit.key && <Popup hit={hit} />}
          </li>
        ))}
      </ul>
    </>
  );
}

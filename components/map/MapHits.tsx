"use client";

import Link from "next/link";
import { useState } from "react";
import styles from "./Map.module.css";

// The map's HTML layer: one link per marker, and its popup (the places and newest events under it)
// drawn only while the marker is pointed at or focused. The popups' contents come as compact data
// instead of markup in every cached page; without script the markers still link to their place.

export type MapHit = {
  key: string;
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

export function MapHits({ hits }: { hits: MapHit[] }) {
  const [open, setOpen] = useState<string | null>(null);
  const close = (key: string) => setOpen((current) => (current === key ? null : current));
  return (
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
  );
}

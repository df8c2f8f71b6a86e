"use client";

import { VerifiedBadge } from "@/components/ui/VerifiedBadge";
import styles from "./ActorProfile.module.css";

/** One event of an actor's profile as plain data (ActorEvents shapes it on the server). */
export type ActorEventRow = { id: string; title: string; when: string; role: string; type: string; place: string | null; verified: boolean };

/**
 * The profile's events list. A client component so that its rows reach the browser once, as data: drawn
 * by server components, the RSC payload carried every row's element tree (670 bytes a row) beside the
 * same markup in the HTML. The server still renders it: the list reads without scripts. Plain <a> links (no
 * next/link to render per row).
 */
export function ActorEventList({ rows }: { rows: ActorEventRow[] }) {
  return (
    <ol className={styles.events}>
      {rows.map((e) => (
        <li key={e.id}>
          <div className={styles.eventDate}>{e.when}</div>
          <div><a href={`/events/${e.id}`}>{e.title}</a></div>
          <div className="meta">
            <span className={`badge ${styles[`role--${e.role}`]}`}>{e.role}</span>
            <span className="badge badge--type">{e.type}</span>
            {e.place && <span>{e.place}</span>}
            <VerifiedBadge verified={e.verified} />
          </div>
        </li>
      ))}
    </ol>
  );
}

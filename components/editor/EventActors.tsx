"use client";

import { EVENT_ROLES, type ReviewActor, type ReviewEvent } from "@/lib/editor/schemas";
import styles from "./EventActors.module.css";

type Role = (typeof EVENT_ROLES)[number];
type Link = ReviewEvent["actors"][number];


/** The event's links with one actor's role set, or the actor taken out (role ""). Order of the other links is kept. */
export function withRole(links: Link[], key: string, role: Role | ""): Link[] {
  if (!role) return links.filter((l) => l.key !== key);
  return links.some((l) => l.key === key) ? links.map((l) => (l.key === key ? { ...l, role } : l)) : [...links, { key, role }];
}

type Props = {
  id: string;
  event: ReviewEvent;
  /** Actors still in the review, those named in the event's passage first. */
  actors: ReviewActor[];
  error?: string;
  onChange: (actors: Link[]) => void;
};

/** Who took part: per actor, its role as one click (the pressed role again takes the actor out). */
export function EventActors({ id, event, actors, error, onChange }: Props) {
  return (
    <fieldset className={styles.picks} aria-describedby={error ? `${id}-actors-error` : undefined}>
      <legend className="small">Who took part: click a role to add an actor, again to take it out (initiator did it, target had it done to them)</legend>
      {actors.map((a) => {
        const role = event.actors.find((x) => x.key === a.key)?.role;
        return (
          <div key={a.key} className={styles.pick} role="group" aria-label={`Role of ${a.name}`}>
            <span className={role ? `${styles.name} ${styles.linked}` : `${styles.name} muted`} title={a.name}>{a.name || "(unnamed)"}</span>
            <span className={styles.roles}>
              {EVENT_ROLES.map((r) => (
                <button key={r} type="button" className={styles.role} aria-pressed={role === r} onClick={() => onChange(withRole(event.actors, a.key, role === r ? "" : r))}>{r}</button>
              ))}
            </span>
          </div>
        );
      })}
      {error && <p id={`${id}-actors-error`} className={`field-error ${styles.error}`}>{error}</p>}
    </fieldset>
  );
}

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

/** Who took part: one choice per actor, its role or "not in it", so linking an actor and giving its role is one action. */
export function EventActors({ id, event, actors, error, onChange }: Props) {
  return (
    <fieldset className={styles.picks} aria-describedby={error ? `${id}-actors-error` : undefined}>
      <legend className="small">Who took part: choose a role to add an actor (initiator did it, target had it done to them, participant took part)</legend>
      {actors.map((a) => {
        const link = event.actors.find((x) => x.key === a.key);
        return (
          <label key={a.key} className={styles.pick}>
            <span className={link ? `${styles.name} ${styles.linked}` : `${styles.name} muted`} title={a.name}>{a.name || "(unnamed)"}</span>
            <select aria-label={`Role of ${a.name}`} value={link?.role ?? ""} onChange={(x) => onChange(withRole(event.actors, a.key, x.target.value as Role | ""))}>
              <option value="">—</option>
              {EVENT_ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
            </select>
          </label>
        );
      })}
      {error && <p id={`${id}-actors-error`} className={`field-error ${styles.error}`}>{error}</p>}
    </fieldset>
  );
}

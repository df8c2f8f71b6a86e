"use client";

import { EditLink } from "@/components/ui/EditLink";
import { UnnamedSourceBadge } from "@/components/ui/UnnamedSourceBadge";
import { VerifiedBadge } from "@/components/ui/VerifiedBadge";
import { isoDayLabel } from "@/lib/dates/iso-day";
import type { EventCategory } from "@/lib/events/codebook";
import type { EventRole } from "@/lib/generated/prisma/enums";
import styles from "./Timeline.module.css";

/**
 * What a card shows, and nothing else: the data the page sends for it. What a card lacks (no place, no
 * toll, not verified, no date as written, no actors) is left out rather than sent as null, false or [].
 */
export type EventCard = {
  id: string;
  title: string;
  category: EventCategory;
  typeLabel: string;
  dateLabel: string;
  placedOn?: string;
  /** The date as the article wrote it, when the event is not known to the day. */
  asWritten?: string;
  place?: string;
  fatalities?: number;
  verified?: true;
  actors?: { slug: string; name: string; role: EventRole; unnamed?: true }[];
  sources: { slug: string; title: string; publishedOn: string; excerpt: string }[];
};

// A client component only so that a page's payload carries each card as its data, once: a server
// component's card travels as its whole element tree (every tag, class and attribute) in the RSC payload
// beside the same card in the HTML — ~2 KiB a card, half of it markup. Its HTML is the same either way,
// so it reads and works without script. Plain <a> links (no Link to render per link) and text joined
// into one string (no split text nodes).
export function EventItem({ event, editable = false }: { event: EventCard; editable?: boolean }) {
  return (
    <li id={`e-${event.id}`} className={`${styles.event} ${styles[event.category]}`}>
      <p className={styles.date}>
        <time dateTime={event.placedOn}>{event.dateLabel}</time>
        {event.asWritten && <span className={styles.asWritten}>{` · “${event.asWritten}”`}</span>}
      </p>
      <h3 className={styles.title}><a href={`/events/${event.id}`}>{event.title}</a></h3>
      <div className="meta">
        <span className="badge badge--type">{event.typeLabel}</span>
        {event.place && <span>{event.place}</span>}
        {event.fatalities != null && <span>{event.fatalities === 1 ? "1 killed" : `${event.fatalities} killed`}</span>}
        <VerifiedBadge verified={event.verified === true} />
        {editable && <EditLink href={`/editor/events/${event.id}`} label={`Edit event: ${event.title}`} />}
      </div>
      {event.actors && (
        <ul className={styles.actors} aria-label="Actors">
          {event.actors.map((a) => (
            <li key={a.slug}>
              <a href={`/actors/${a.slug}`}>{a.name}</a>
              {a.unnamed && <> <UnnamedSourceBadge /></>}
              {a.role !== "participant" && <span className={styles.role}>{` (${a.role})`}</span>}
            </li>
          ))}
        </ul>
      )}
      {event.sources.length > 0 && (
        <ul className={styles.sources} aria-label="Sources">
          {event.sources.map((s) => (
            <li key={s.slug}>
              <blockquote className={styles.excerpt}>{s.excerpt}</blockquote>
              <p className={styles.cite}>
                <a href={`/articles/${s.slug}`}>{s.title}</a>, <time dateTime={s.publishedOn}>{isoDayLabel(s.publishedOn)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** One group's cards, in order. */
export function EventItems({ events, editable }: { events: EventCard[]; editable: boolean }) {
  return (
    <ol className={styles.events}>
      {events.map((event) => <EventItem key={event.id} event={event} editable={editable} />)}
    </ol>
  );
}

import { EditLink } from "@/components/ui/EditLink";
import { VerifiedBadge } from "@/components/ui/VerifiedBadge";
import type { TimelineEvent } from "@/lib/events/queries";
import { formatPartialDate } from "@/lib/dates/partial-date";
import styles from "./Timeline.module.css";

const day = (iso: string) => formatPartialDate(new Date(`${iso}T00:00:00Z`), "day");

// Plain <a> links (no client component to render per link) and text joined into one string (no split
// text nodes): a list page renders fifty cards, each twice, as HTML and as the RSC payload.
export function EventItem({ event, editable = false }: { event: TimelineEvent; editable?: boolean }) {
  return (
    <li id={`e-${event.id}`} className={`${styles.event} ${styles[event.category]}`}>
      <p className={styles.date}>
        <time dateTime={event.placedOn ?? undefined}>{event.dateLabel}</time>
        {event.dateText && event.precision !== "day" && <span className={styles.asWritten}>{` · “${event.dateText}”`}</span>}
      </p>
      <h3 className={styles.title}><a href={`/events/${event.id}`}>{event.title}</a></h3>
      <div className="meta">
        <span className="badge badge--type">{event.typeLabel}</span>
        {event.place && <span>{event.place}</span>}
        {event.fatalities != null && <span>{event.fatalities === 1 ? "1 killed" : `${event.fatalities} killed`}</span>}
        <VerifiedBadge verified={event.verified} />
        {editable && <EditLink href={`/editor/events/${event.id}`} label={`Edit event: ${event.title}`} />}
      </div>
      {event.actors.length > 0 && (
        <ul className={styles.actors} aria-label="Actors">
          {event.actors.map((a) => (
            <li key={a.slug}>
              <a href={`/actors/${a.slug}`}>{a.name}</a>
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
                <a href={`/articles/${s.slug}`}>{s.title}</a>, <time dateTime={s.publishedOn}>{day(s.publishedOn)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

import Link from "next/link";
import { format } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { StatementList } from "@/components/statements/StatementItem";
import { EditLink } from "@/components/ui/EditLink";
import { UnnamedSourceBadge } from "@/components/ui/UnnamedSourceBadge";
import { VerifiedBadge } from "@/components/ui/VerifiedBadge";
import type { EventPage } from "@/lib/events/detail";
import { EventPlace } from "./EventPlace";
import styles from "./Event.module.css";

const PRECISION: Record<EventPage["precision"], string> = {
  day: "known to the day",
  week: "known to the week",
  month: "known only to the month",
  quarter: "known only to the quarter",
  year: "known only to the year",
  unknown: "date not reported",
};

const day = (iso: string) => format(new UTCDate(`${iso}T00:00:00Z`), "d MMMM yyyy");

/** One event: what, when (at its precision, and as written), where, who, and every source. */
export function EventView({ event }: { event: EventPage }) {
  const [first] = event.sources;
  return (
    <article>
      <header className={styles.head}>
        <p className={styles.kicker}>
          <Link className="badge badge--type" href={`/timeline?type=${event.type}`}>{event.typeLabel}</Link>
          <VerifiedBadge verified={event.verified} />
          <EditLink href={`/editor/events/${event.id}`} label={`Edit event: ${event.title}`} />
        </p>
        <h1 className={styles.title}>{event.title}</h1>
        <p className={styles.when}>
          <time dateTime={event.startDate ?? undefined}><strong>{event.dateLabel}</strong></time>
          {event.precision !== "unknown" && <>{" · "}{PRECISION[event.precision]}</>}
          {event.dateText && <> · written “{event.dateText}”</>}
        </p>
        {first && (
          <p className="small muted">
            First reported {day(first.publishedOn)} by {first.publication ?? "an unnamed outlet"}
            {first.authors.length > 0 && <> ({first.authors.join(", ")})</>}
            {event.sources.length > 1 && <>; {event.sources.length} articles report it</>}.
          </p>
        )}
      </header>

      <div className={styles.layout}>
        <div>
          {event.description && <p>{event.description}</p>}
          <section className={styles.section} aria-labelledby="sources">
            <h2 id="sources">Reported in {event.sources.length === 1 ? "1 article" : `${event.sources.length} articles`}</h2>
            {event.sources.length === 0 ? (
              <p className="muted small">Entered by an editor without a source article.</p>
            ) : (
              <ol className={styles.sources}>
                {event.sources.map((s, i) => (
                  <li key={s.slug}>
                    <blockquote className={`${styles.sentence} ${i === 0 ? styles.first : ""}`}>{s.sentence}</blockquote>
                    <p className="meta">
                      {i === 0 && <strong>First report</strong>}
                      <Link href={`/articles/${s.slug}`}>{s.title}</Link>
                      {s.publication && <span>{s.publication}</span>}
                      {s.authors.length > 0 && <span>By {s.authors.join(", ")}</span>}
                      <time dateTime={s.publishedOn}>{day(s.publishedOn)}</time>
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </section>

          <section className={styles.section} aria-labelledby="said">
            <h2 id="said">Statements about it</h2>
            {event.statements.length === 0 ? (
              <p className="muted small">No statement was recorded beside this event in its articles.</p>
            ) : (
              <StatementList statements={event.statements} />
            )}
          </section>

          <section className={styles.section} aria-labelledby="related">
            <h2 id="related">Related events</h2>
            <p className="small muted">Same actors, within a week.</p>
            {event.related.length === 0 ? (
              <p className="muted small">None found.</p>
            ) : (
              <ol className={styles.related}>
                {event.related.map((r) => (
                  <li key={r.id} className={styles[r.category]}>
                    <Link href={`/events/${r.id}`}>{r.title}</Link>
                    <div className="meta">
                      <span>{r.dateLabel}</span>
                      <span>{r.typeLabel}</span>
                      {r.place && <span>{r.place}</span>}
                      <span>{r.shared === 1 ? "1 shared actor" : `${r.shared} shared actors`}</span>
                    </div>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>

        <aside>
          <section className={styles.section} aria-labelledby="where">
            <h2 id="where">Where</h2>
            <EventPlace place={event.place} placeRef={event.placeRef} />
          </section>
          <section className={styles.section} aria-labelledby="who">
            <h2 id="who">Actors</h2>
            {event.actors.length === 0 ? (
              <p className="muted small">No actor recorded.</p>
            ) : (
              <ul className={styles.actors}>
                {event.actors.map((a) => (
                  <li key={a.slug}>
                    <Link href={`/actors/${a.slug}`}>{a.name}</Link> {a.unnamed && <><UnnamedSourceBadge />{" "}</>}<span className={styles.role}>{a.role}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {event.fatalities != null && (
            <section className={styles.section} aria-labelledby="toll">
              <h2 id="toll">Reported toll</h2>
              <p>{event.fatalities === 1 ? "1 killed" : `${event.fatalities} killed`}</p>
            </section>
          )}
        </aside>
      </div>
    </article>
  );
}

import type { TimelineEvent } from "@/lib/events/queries";
import styles from "./EventTable.module.css";
import { UnnamedSourceBadge } from "@/components/ui/UnnamedSourceBadge";

// The dense view of events: one row each, date | type | title | actors | place | sources.
// Rows keep the order they are given (the list's keyset order); the caption says which.

/** `showPlace={false}` where every row has the same place (a place's own page): the column would only repeat it. */
export function EventTable({ events, caption, placeHref, showPlace = true }: { events: TimelineEvent[]; caption: string; placeHref?: (place: string) => string; showPlace?: boolean }) {
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Type</th>
            <th scope="col">Event</th>
            <th scope="col">Actors</th>
            {showPlace && <th scope="col">Place</th>}
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} id={`event-${e.id}`} className={styles[e.category]}>
              <td className={styles.date}>{e.dateLabel}</td>
              <td>{e.typeLabel}</td>
              <td className={styles.title}><a href={`/events/${e.id}`}>{e.title}</a></td>
              <td>
                {e.actors.map((a, i) => (
                  <span key={a.slug}>{i > 0 && ", "}<a href={`/actors/${a.slug}`}>{a.name}</a>{a.unnamed && <UnnamedSourceBadge form="text" />}</span>
                ))}
              </td>
              {showPlace && <td>{e.place ? (placeHref ? <a href={placeHref(e.place)}>{e.place}</a> : e.place) : <span className="muted">—</span>}</td>}
              <td className={styles.sources}>
                {e.sources.map((s, i) => (
                  <span key={s.slug}>{i > 0 && " · "}<a href={`/articles/${s.slug}`} title={s.title}>{s.publishedOn}</a></span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

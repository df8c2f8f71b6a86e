import { groupEvents } from "@/lib/events/buckets";
import type { Grouping } from "@/lib/events/filters";
import type { TimelineEvent } from "@/lib/events/queries";
import { EventItem } from "./EventItem";
import styles from "./Timeline.module.css";

export function TimelineList({ events, grouping, editable = false }: { events: TimelineEvent[]; grouping: Grouping; editable?: boolean }) {
  return (
    <div className={styles.groups}>
      {groupEvents(events, grouping).map((group) => (
        <section key={group.key} aria-labelledby={`g-${group.key}`} className={styles.group}>
          <h2 id={`g-${group.key}`} className={styles.groupHeading}>
            {group.label} <span className={styles.groupCount}>{group.events.length === 1 ? "1 event" : `${group.events.length} events`}</span>
          </h2>
          <ol className={styles.events}>
            {group.events.map((event) => <EventItem key={event.id} event={event} editable={editable} />)}
          </ol>
        </section>
      ))}
    </div>
  );
}

import { groupEvents } from "@/lib/events/buckets";
import type { Grouping } from "@/lib/events/filters";
import type { TimelineEvent } from "@/lib/events/queries";
import { EventItems, type EventCard } from "./EventItem";
import styles from "./Timeline.module.css";

/** The card's data (see EventItem): what it shows, the event's date already written out. */
function cardOf(e: TimelineEvent): EventCard {
  return {
    id: e.id, title: e.title, category: e.category, typeLabel: e.typeLabel, dateLabel: e.dateLabel, placedOn: e.placedOn,
    place: e.place, fatalities: e.fatalities, verified: e.verified, actors: e.actors,
    asWritten: e.dateText && e.precision !== "day" ? e.dateText : null,
    sources: e.sources,
  };
}

export function TimelineList({ events, grouping, editable = false }: { events: TimelineEvent[]; grouping: Grouping; editable?: boolean }) {
  return (
    <div className={styles.groups}>
      {groupEvents(events, grouping).map((group) => (
        <section key={group.key} aria-labelledby={`g-${group.key}`} className={styles.group}>
          <h2 id={`g-${group.key}`} className={styles.groupHeading}>
            {group.label} <span className={styles.groupCount}>{group.events.length === 1 ? "1 event" : `${group.events.length} events`}</span>
          </h2>
          <EventItems events={group.events.map(cardOf)} editable={editable} />
        </section>
      ))}
    </div>
  );
}

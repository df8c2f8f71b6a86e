import { groupEvents } from "@/lib/events/buckets";
import type { Grouping } from "@/lib/events/filters";
import type { TimelineEvent } from "@/lib/events/queries";
import { EventItems, type EventCard } from "./EventItem";
import styles from "./Timeline.module.css";

/** The card's data (see EventItem): what it shows, the event's date already written out, nothing empty. */
function cardOf(e: TimelineEvent): EventCard {
  const card: EventCard = { id: e.id, title: e.title, category: e.category, typeLabel: e.typeLabel, dateLabel: e.dateLabel, sources: e.sources };
  if (e.placedOn) card.placedOn = e.placedOn;
  if (e.dateText && e.precision !== "day") card.asWritten = e.dateText;
  if (e.place) card.place = e.place;
  if (e.fatalities != null) card.fatalities = e.fatalities;
  if (e.verified) card.verified = true;
  if (e.actors.length) card.actors = e.actors;
  return card;
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

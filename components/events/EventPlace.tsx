import Link from "next/link";
import styles from "./Event.module.css";

/**
 * Where an event happened. A placeholder for the map: the analyst-map branch replaces the body with
 * its server-rendered SVG map of this place; the props stay as they are (the place as written).
 */
export function EventPlace({ place }: { place: string | null }) {
  return (
    <div className={styles.place} data-testid="event-place">
      {place ? (
        <>
          <p className={styles.placeName}>{place}</p>
          <Link className="small" href={`/timeline?place=${encodeURIComponent(place)}`}>Other events in {place}</Link>
        </>
      ) : (
        <p className="muted small">Place not reported.</p>
      )}
    </div>
  );
}

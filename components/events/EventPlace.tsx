import Link from "next/link";
import { PlaceMap } from "@/components/map/PlaceMap";
import type { EventPlaceRef } from "@/lib/events/detail";
import styles from "./Event.module.css";

/**
 * Where an event happened: the place as written, on a small map when it was resolved to coordinates
 * (an unresolved place says so instead of being guessed), with links to its place page and timeline.
 */
export function EventPlace({ place, placeRef }: { place: string | null; placeRef: EventPlaceRef | null }) {
  return (
    <div className={styles.place} data-testid="event-place">
      {place ? (
        <>
          <p className={styles.placeName}>{place}</p>
          {placeRef ? (
            <>
              <PlaceMap place={placeRef} />
              <p className="small">
                <Link href={`/places/${placeRef.slug}`}>Events and actors in {placeRef.name}</Link>
              </p>
            </>
          ) : (
            <p className="small muted">Not matched to a known place yet: not on the map.</p>
          )}
          <Link className="small" href={`/timeline?place=${encodeURIComponent(place)}`}>Other events in {place}</Link>
        </>
      ) : (
        <p className="muted small">Place not reported.</p>
      )}
    </div>
  );
}

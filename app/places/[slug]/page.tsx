import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EventMap } from "@/components/map/EventMap";
import { EventTable } from "@/components/timeline/EventTable";
import { EmptyState } from "@/components/ui/EmptyState";
import { tagPage, tags } from "@/lib/cache/tags";
import { parseTimelineFilters } from "@/lib/events/filters";
import { getMapData, getPlace, getPlaceActivity } from "@/lib/places/queries";
import styles from "@/components/map/Place.module.css";

// Cached whole by Next.js (see lib/cache), like the article page: rendered on first request, then
// served until an editorial write expires "events" (every event write does) or this place's tag.
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const place = await getPlace((await params).slug);
  return { title: place ? place.name : "Place not found" };
}

export default async function PlacePage({ params }: Props) {
  const { slug } = await params;
  await tagPage(["events"], [tags.place(slug)]);
  const place = await getPlace(slug);
  if (!place) notFound();
  const [activity, map] = await Promise.all([getPlaceActivity(place.id), getMapData(parseTimelineFilters({ place: place.name }))]);
  await tagPage([], activity.actors.map((a) => tags.actor(a.slug)));
  const located = place.latitude !== null && place.longitude !== null;

  return (
    <>
      <header className={styles.head}>
        <p className="small muted"><Link href="/timeline">Timeline</Link> › Place</p>
        <h1>{place.name}</h1>
        <p className={styles.facts}>
          {activity.total >= 10_000 ? "More than 10,000 events" : activity.total === 1 ? "1 event" : `${activity.total.toLocaleString("en-GB")} events`} here
          {located ? ` · ${place.latitude!.toFixed(3)}°, ${place.longitude!.toFixed(3)}°${place.countryCode ? ` · ${place.countryCode}` : ""}` : " · not located yet (no match in the gazetteer; editors can set it)"}
          {place.source === "editor" ? " · placed by an editor" : place.source === "gazetteer" ? " · from GeoNames" : ""}
        </p>
      </header>

      <div className={styles.layout}>
        <section aria-labelledby="place-events" className={styles.events}>
          <h2 id="place-events">Events here</h2>
          {activity.events.length === 0 ? (
            <EmptyState title="No events here yet"><p>Events that name this place appear once their article is published.</p></EmptyState>
          ) : (
            <EventTable events={activity.events} caption={activity.total > activity.events.length ? `The newest ${activity.events.length} events, newest first` : "Newest first"} showPlace={false} />
          )}
          <p className="small"><Link href={`/timeline?place=${encodeURIComponent(place.name)}`}>These events on the timeline</Link> (matches any place whose name contains “{place.name}”)</p>
        </section>
        <aside className={styles.aside}>
          <section aria-labelledby="place-map">
            <h2 id="place-map">Map</h2>
            {located ? <EventMap {...map} title={`Map of events at ${place.name} and places named like it`} width={360} height={280} /> : <p className="muted small">No coordinates yet.</p>}
          </section>
          <section aria-labelledby="place-actors">
            <h2 id="place-actors">Actors active here</h2>
            {activity.actors.length === 0 ? (
              <p className="muted small">None recorded.</p>
            ) : (
              <ul className="chips">
                {activity.actors.map((a) => (
                  <li key={a.slug}><Link className="chip" href={`/actors/${a.slug}`}>{a.name}<span className="chip__count">{a.events}</span></Link></li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
    </>
  );
}

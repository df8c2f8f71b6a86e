import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { EventView } from "@/components/events/EventView";
import { tagPage, tags } from "@/lib/cache/tags";
import { getEventPage, resolveEvent } from "@/lib/events/detail";

// Cached whole by Next.js (see lib/cache): rendered on first request, then served from the cache until
// a write expires one of its tags (lib/cache/affected.ts: the event, its articles, its actors); hourly
// at most as a safety net.
export const revalidate = 3600;
export const dynamic = "error";
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getEventPage((await params).id);
  return { title: event?.title ?? "Event not found" };
}

export default async function EventPage({ params }: Props) {
  const { id } = await params;
  // Tagged before the lookup, so even a cached "not found" or redirect goes when the event is published or merged.
  await tagPage([], [tags.event(id)]);
  const found = await resolveEvent(id);
  if (found.status === "merged") {
    await tagPage([], [tags.event(found.id)]);
    permanentRedirect(`/events/${found.id}`);
  }
  const event = await getEventPage(id);
  if (!event) notFound();
  // What else the page names: its articles (a statement's edit expires the article tag), actors and related events.
  await tagPage([], [
    ...event.sources.map((s) => tags.article(s.slug)),
    ...event.actors.map((a) => tags.actor(a.slug)),
    ...event.statements.flatMap((s) => [tags.actor(s.speaker.slug), ...(s.addressee ? [tags.actor(s.addressee.slug)] : [])]),
    ...event.related.map((r) => tags.event(r.id)),
    ...(event.placeRef ? [tags.place(event.placeRef.slug)] : []),
  ]);
  return <EventView event={event} />;
}

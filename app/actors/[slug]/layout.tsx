import { notFound, permanentRedirect } from "next/navigation";
import { getActor, resolveActor } from "@/lib/actors/queries";
import { tagPage, tags } from "@/lib/cache/tags";

/**
 * Decides what the address is before anything streams, so an unknown slug is a real 404 and a
 * merged actor a real 308 to the actor it was merged into (the page below streams behind its skeleton).
 */
export default async function ActorLayout({ params, children }: { params: Promise<{ slug: string }>; children: React.ReactNode }) {
  const { slug } = await params;
  // Tagged first, so a cached 404 or redirect goes when the actor is created, merged or restored.
  await tagPage([], [tags.actor(slug)]);
  // The page reads the same actor (React cache): a visible actor costs the request no lookup of its own.
  if (await getActor(slug)) return children;
  const found = await resolveActor(slug);
  if (found.status === "merged") permanentRedirect(`/actors/${found.slug}`);
  notFound();
}

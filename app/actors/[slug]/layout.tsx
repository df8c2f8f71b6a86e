import { notFound, permanentRedirect } from "next/navigation";
import { resolveActor } from "@/lib/actors/queries";

export const dynamic = "force-dynamic";

/**
 * Decides what the address is before anything streams, so an unknown slug is a real 404 and a
 * merged actor a real 308 to the actor it was merged into (the page below streams behind its skeleton).
 */
export default async function ActorLayout({ params, children }: { params: Promise<{ slug: string }>; children: React.ReactNode }) {
  const found = await resolveActor((await params).slug);
  if (found.status === "merged") permanentRedirect(`/actors/${found.slug}`);
  if (found.status === "missing") notFound();
  return children;
}

import "server-only";
import { prisma } from "@/lib/db/client";
import type { KnownActor } from "./review";

/**
 * Every live actor with its aliases: what the extraction engine and the review match against. Described sources
 * ("a Western diplomat") are left out: each is somebody of its own article.
 */
export async function getKnownActors(): Promise<KnownActor[]> {
  const actors = await prisma.actor.findMany({
    where: { deletedAt: null, mergedIntoId: null, unnamed: false },
    select: { id: true, name: true, kind: true, aliases: { select: { alias: true } } },
    orderBy: { name: "asc" },
  });
  return actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases.map((x) => x.alias) }));
}

import "server-only";
import { prisma } from "@/lib/db/client";
import type { KnownActor } from "./review";

/** Every live actor with its aliases: what the extraction engine and the review match against. */
export async function getKnownActors(): Promise<KnownActor[]> {
  const actors = await prisma.actor.findMany({
    where: { deletedAt: null, mergedIntoId: null },
    select: { id: true, name: true, kind: true, aliases: { select: { alias: true } } },
    orderBy: { name: "asc" },
  });
  return actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases.map((x) => x.alias) }));
}

import { createPrismaClient } from "@/lib/db/client";
import { resolvePendingPlaces } from "@/lib/places/resolve";

/** Resolves the pending places of the database at `url` with a client of its own. */
export async function resolvePlacesIn(url: string) {
  const prisma = createPrismaClient(url);
  try {
    return await resolvePendingPlaces({ db: prisma });
  } finally {
    await prisma.$disconnect();
  }
}

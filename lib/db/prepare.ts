import { seedDemo, type SeedResult } from "@/lib/demo/seed";
import { createPrismaClient } from "./client";
import { applyMigrations } from "./migrate";
import { resolvePendingPlaces } from "@/lib/places/resolve";

/** Brings a database up to date: committed migrations, then the demo data if it is empty. */
export async function prepareDatabase(url: string): Promise<{ migrations: string[]; seed: SeedResult }> {
  const migrations = await applyMigrations(url);
  const prisma = createPrismaClient(url);
  try {
    const seed = await seedDemo(prisma);
    // Places named by rows written without the publish path (seed, import, synthetic load, older rows).
    await resolvePendingPlaces({ db: prisma });
    return { migrations, seed };
  } finally {
    await prisma.$disconnect();
  }
}

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
    // A migration's backfill leaves the rows it rewrote out of the visibility map, and index-only scans
    // then read the table until autovacuum comes (after 1 % of a large table changed, see
    // 20261204033000_autovacuum_read_tables): vacuumed now. A database just created and seeded needs none.
    if (migrations.length > 0 && !seed.seeded) await prisma.$executeRawUnsafe("VACUUM (ANALYZE)");
    return { migrations, seed };
  } finally {
    await prisma.$disconnect();
  }
}

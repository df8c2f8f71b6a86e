import { seedDemo, type SeedResult } from "@/lib/demo/seed";
import { createPrismaClient } from "./client";
import { applyMigrations } from "./migrate";

/** Brings a database up to date: committed migrations, then the demo data if it is empty. */
export async function prepareDatabase(url: string): Promise<{ migrations: string[]; seed: SeedResult }> {
  const migrations = await applyMigrations(url);
  const prisma = createPrismaClient(url);
  try {
    return { migrations, seed: await seedDemo(prisma) };
  } finally {
    await prisma.$disconnect();
  }
}

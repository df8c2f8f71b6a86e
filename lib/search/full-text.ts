import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

/** A UTC midnight Date from a validated "YYYY-MM-DD". */
export function utcDay(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

/** Rows capped for exports. */
export const EXPORT_LIMIT = 10_000;

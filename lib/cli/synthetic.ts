// `npm run db:synthetic -- --events 20000 [--seed 1] [--start 2024-01-01] [--days 730]`
// Loads deterministic synthetic articles, actors, statements and events into DATABASE_URL (or, when
// unset, the embedded database of `npm start`, which must not be running at the same time).
import "dotenv/config";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/database-url";
import { PostgresStartError } from "@/lib/db/embedded";
import { prepareDatabase } from "@/lib/db/prepare";
import { parseIsoDay } from "@/lib/dates/partial-date";
import { insertSynthetic, SyntheticError } from "@/lib/demo/synthetic";
import { readEnv } from "@/lib/env";

const USAGE = "Usage: npm run db:synthetic -- --events N [--seed N] [--start YYYY-MM-DD] [--days N]";

const argsSchema = z.object({
  events: z.coerce.number({ error: "--events must be a number" }).int("--events must be a whole number").min(1, "--events must be at least 1").max(500_000, "--events is capped at 500000"),
  seed: z.coerce.number().int("--seed must be a whole number").min(0).max(2 ** 31).default(1),
  start: z.string().refine((s) => parseIsoDay(s) !== null, "--start must be a real day, YYYY-MM-DD").default("2024-01-01"),
  days: z.coerce.number().int().min(1, "--days must be at least 1").max(36_500).default(730),
});

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let raw;
try {
  raw = parseArgs({ options: { events: { type: "string" }, seed: { type: "string" }, start: { type: "string" }, days: { type: "string" } }, strict: true }).values;
} catch (err) {
  fail((err as Error).message);
}
if (raw.events === undefined) fail("--events is required.");
const parsed = argsSchema.safeParse(raw);
if (!parsed.success) fail(parsed.error.issues.map((i) => i.message).join("\n"));
const args = parsed.data;

let env;
try {
  env = readEnv();
} catch (err) {
  fail((err as Error).message);
}

let database: Awaited<ReturnType<typeof resolveDatabase>> | undefined;
try {
  database = await resolveDatabase({ databaseUrl: env.DATABASE_URL, attach: true, dataDir: path.resolve(import.meta.dirname, "../..", env.FAULTLINE_DATA_DIR) });
  await prepareDatabase(database.url);
  const prisma = createPrismaClient(database.url);
  const started = Date.now();
  try {
    const result = await insertSynthetic(prisma, args, (line) => console.log(line));
    // Fresh planner statistics: without them the first queries on the new rows plan badly for a while.
    await prisma.$executeRawUnsafe("ANALYZE");
    console.log(`Loaded ${result.events} events, ${result.articles} articles, ${result.statements} statements (seed ${result.seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await prisma.$disconnect();
  }
} catch (err) {
  const known = err instanceof SyntheticError || err instanceof PostgresStartError;
  console.error(`Could not load synthetic data: ${known ? (err as Error).message : (err as Error).stack ?? err}`);
  process.exitCode = 1;
} finally {
  await database?.stop();
}

// `npm run places:resolve [-- --retry]`: gives coordinates to places stored without them (pending), from
// the gazetteer; `--retry` looks up again every place not set by an editor (after a gazetteer or rule update).
import "dotenv/config";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/database-url";
import { prepareDatabase } from "@/lib/db/prepare";
import { readEnv } from "@/lib/env";
import { resolvePendingPlaces } from "@/lib/places/resolve";
import { exitWithCode } from "./exit";

let retry = false;
try {
  retry = !!parseArgs({ options: { retry: { type: "boolean" } }, strict: true }).values.retry;
} catch (err) {
  console.error(`places:resolve: ${(err as Error).message} (usage: npm run places:resolve [-- --retry])`);
  process.exit(2);
}

const env = readEnv();
const database = await resolveDatabase({ databaseUrl: env.DATABASE_URL, attach: true, dataDir: path.resolve(import.meta.dirname, "../..", env.FAULTLINE_DATA_DIR) });
const prisma = createPrismaClient(database.url);
try {
  await prepareDatabase(database.url);
  if (retry) await prisma.place.updateMany({ where: { source: { in: ["unresolved", "gazetteer"] } }, data: { source: "pending" } });
  const { resolved, unresolved } = await resolvePendingPlaces({ db: prisma });
  const left = await prisma.place.count({ where: { source: "unresolved" } });
  console.log(`places:resolve: ${resolved} resolved, ${unresolved} newly unresolved; ${left} unresolved in all (listed at /editor/places)`);
} catch (err) {
  console.error(`places:resolve: ${(err as Error).message.split("\n")[0]}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await database.stop();
}
exitWithCode();

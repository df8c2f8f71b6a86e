// The reader queries the unnamed-sources change touched, on the large benchmark database (migrated first): the actor
// directory (named by default, ?sources=unnamed), its kind counts, and the first 10,000 rows of the timeline CSV and
// statements exports; then again inside a rolled-back transaction holding 50,000 unnamed sources (ten times the named
// actors, as if every second article had published one). Median of five runs each. A figure, not a test.
// Run: npx tsx --conditions=react-server tests/bench/unnamed-scale.ts   (needs .data/bench-large: npm run db:synthetic -- --scale large)
import { resolveDatabase } from "@/lib/db/database-url";
import { prepareDatabase } from "@/lib/db/prepare";
import { createPrismaClient } from "@/lib/db/client";
const database = await resolveDatabase({ databaseUrl: undefined, dataDir: ".data/bench-large" });
const t0 = Date.now();
const prep = await prepareDatabase(database.url);
console.log("migrations applied:", prep.migrations, (Date.now() - t0) + " ms");
const prisma = createPrismaClient(database.url);
(globalThis as { prisma?: unknown }).prisma = prisma;
const { listActors, actorKindCounts } = await import("@/lib/actors/queries");
const { parseActorFilters } = await import("@/lib/actors/filters");
const { iterateTimelineExport } = await import("@/lib/events/queries");
const { parseTimelineFilters } = await import("@/lib/events/filters");
const { iterateStatementRecords } = await import("@/lib/statements/queries");
const { parseStatementFilters } = await import("@/lib/statements/filters");
async function time(name: string, f: () => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < 5; i++) { const s = performance.now(); await f(); ms.push(performance.now() - s); }
  ms.sort((a, b) => a - b);
  console.log(`${name}: median ${ms[2].toFixed(1)} ms (min ${ms[0].toFixed(1)}, max ${ms[4].toFixed(1)})`);
}
console.log("actors:", await prisma.actor.count(), "unnamed:", await prisma.actor.count({ where: { unnamed: true } }));
await time("directory, named, by name", () => listActors(parseActorFilters({}), {}, prisma));
await time("directory, named, by activity", () => listActors(parseActorFilters({ sort: "activity" }), {}, prisma));
await time("directory, unnamed, by name", () => listActors(parseActorFilters({ sources: "unnamed" }), {}, prisma));
await time("directory, unnamed, by activity", () => listActors(parseActorFilters({ sources: "unnamed", sort: "activity" }), {}, prisma));
await time("directory, words 'minist'", () => listActors(parseActorFilters({ q: "minist" }), {}, prisma));
await time("kind counts", () => actorKindCounts(prisma));
async function firstRows(gen: AsyncGenerator<unknown[]>, n: number) { let rows = 0; for await (const b of gen) { rows += b.length; if (rows >= n) break; } await gen.return(undefined); return rows; }
await time("timeline CSV export, first 10,000 rows", () => firstRows(iterateTimelineExport({ ...parseTimelineFilters({}), cursor: undefined }) as AsyncGenerator<unknown[]>, 10000));
await time("statements export, first 10,000 records", () => firstRows(iterateStatementRecords({ ...parseStatementFilters({}), cursor: undefined }) as AsyncGenerator<unknown[]>, 10000));
// As if 50,000 articles had each published one described source: unnamed actors ten times the named ones, rolled back.
await prisma.$transaction(async (tx) => {
  await tx.$executeRawUnsafe(`INSERT INTO "Actor" (id, slug, name, kind, role, unnamed, "updatedAt")
    SELECT 'u' || g, 'a-senior-official-' || g, 'a senior official ' || g, 'person', 'unnamed source', true, now() FROM generate_series(1, 50000) g`);
  await tx.$executeRawUnsafe(`ANALYZE "Actor"`);
  console.log("with 50,000 unnamed sources:");
  await time("  directory, named, by name", () => listActors(parseActorFilters({}), {}, tx as never));
  await time("  directory, named, by activity", () => listActors(parseActorFilters({ sort: "activity" }), {}, tx as never));
  await time("  directory, named, last active", () => listActors(parseActorFilters({ sort: "last-active" }), {}, tx as never));
  await time("  directory, unnamed, by name", () => listActors(parseActorFilters({ sources: "unnamed" }), {}, tx as never));
  await time("  directory, unnamed, by activity", () => listActors(parseActorFilters({ sources: "unnamed", sort: "activity" }), {}, tx as never));
  await time("  directory, words 'minist'", () => listActors(parseActorFilters({ q: "minist" }), {}, tx as never));
  await time("  kind counts", () => actorKindCounts(tx as never));
  throw new Error("rollback");
}, { timeout: 300000 }).catch((e) => { if ((e as Error).message !== "rollback") throw e; });
await prisma.$disconnect();
await database.stop?.();
process.exit(0);

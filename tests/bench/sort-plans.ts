// EXPLAIN ANALYZE of the list orders (the SQL shapes of lib/statements/queries.ts bySpeakerIds and
// lib/actors/queries.ts sortedActorIds) (statements by speaker name / activity, actors by name /
// activity / last active) on the database `npm start` uses (load it first with `npm run
// db:synthetic`). Prints each plan's top lines and its execution time; a figure, not a test.
// Run: npx tsx tests/bench/sort-plans.ts [--data-dir .data/postgres]
import pg from "pg";
import { resolveDatabase } from "@/lib/db/database-url";

const QUERIES: [string, string][] = [
  ["statements by speaker name, first page", `
    SELECT x.id FROM "Actor" sp CROSS JOIN LATERAL (
      SELECT s.id, s."sortOn" FROM "Statement" s WHERE s.visible AND s."speakerId" = sp.id ORDER BY s."sortOn" DESC, s.id DESC LIMIT 21) x
    ORDER BY lower(sp.name), sp.id, x."sortOn" DESC, x.id DESC LIMIT 21`],
  ["statements by speaker activity, first page", `
    SELECT x.id FROM "ActorStat" sp CROSS JOIN LATERAL (
      SELECT s.id, s."sortOn" FROM "Statement" s WHERE s.visible AND s."speakerId" = sp."actorId" ORDER BY s."sortOn" DESC, s.id DESC LIMIT 21) x
    ORDER BY sp.activity DESC, sp."actorId" DESC, x."sortOn" DESC, x.id DESC LIMIT 21`],
  ["statements by speaker activity, words filter (every speaker searched: the list's plan before the window)", `
    SELECT x.id FROM "ActorStat" sp CROSS JOIN LATERAL (
      SELECT s.id, s."sortOn" FROM "Statement" s WHERE s.visible AND s.search @@ websearch_to_tsquery('english', 'ceasefire') AND s."speakerId" = sp."actorId" ORDER BY s."sortOn" DESC, s.id DESC LIMIT 21) x
    ORDER BY sp.activity DESC, sp."actorId" DESC, x."sortOn" DESC, x.id DESC LIMIT 21`],
  ["statements by speaker name, words filter, among the newest 1,000 matches (what the list runs now)", `
    WITH c AS MATERIALIZED (SELECT s.id, s."speakerId", s."sortOn" FROM "Statement" s WHERE s.visible AND s.search @@ websearch_to_tsquery('english', 'ceasefire')
      ORDER BY s."sortOn" DESC, s.id DESC LIMIT 1000)
    SELECT c.id FROM c JOIN "Actor" sp ON sp.id = c."speakerId" ORDER BY lower(sp.name), sp.id, c."sortOn" DESC, c.id DESC LIMIT 21`],
  ["statements by speaker activity, words filter, among the newest 1,000 matches (what the list runs now)", `
    WITH c AS MATERIALIZED (SELECT s.id, s."speakerId", s."sortOn" FROM "Statement" s WHERE s.visible AND s.search @@ websearch_to_tsquery('english', 'ceasefire')
      ORDER BY s."sortOn" DESC, s.id DESC LIMIT 1000)
    SELECT c.id FROM c JOIN "ActorStat" sp ON sp."actorId" = c."speakerId" ORDER BY sp.activity DESC, sp."actorId" DESC, c."sortOn" DESC, c.id DESC LIMIT 21`],
  ["(for comparison) newest said first, words filter", `
    SELECT s.id FROM "Statement" s WHERE s.visible AND s.search @@ websearch_to_tsquery('english', 'ceasefire')
    ORDER BY s."sortOn" DESC, s.id DESC LIMIT 21`],
  ["actors by name", `SELECT a.id FROM "Actor" a WHERE a."deletedAt" IS NULL AND a."mergedIntoId" IS NULL ORDER BY lower(a.name), a.id LIMIT 31`],
  ["actors by activity", `
    SELECT a.id FROM "ActorStat" s JOIN "Actor" a ON a.id = s."actorId" WHERE a."deletedAt" IS NULL AND a."mergedIntoId" IS NULL
    ORDER BY s.activity DESC, s."actorId" DESC LIMIT 31`],
  ["actors by last active", `
    SELECT a.id FROM "ActorStat" s JOIN "Actor" a ON a.id = s."actorId" WHERE a."deletedAt" IS NULL AND a."mergedIntoId" IS NULL
    ORDER BY s."lastActive" DESC, s."actorId" DESC LIMIT 31`],
];

const dir = process.argv.includes("--data-dir") ? process.argv[process.argv.indexOf("--data-dir") + 1] : ".data/postgres";
const database = await resolveDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: dir });
const client = new pg.Client({ connectionString: database.url });
await client.connect();
try {
  const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM "Statement"`)).rows;
  console.log(`${n.toLocaleString("en-GB")} statements`);
  for (const [name, sql] of QUERIES) {
    await client.query(sql); // warm
    const plan = (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`)).rows.map((r) => r["QUERY PLAN"] as string);
    console.log(`\n== ${name}: ${plan.find((l) => l.startsWith("Execution Time"))}`);
    console.log(plan.filter((l) => !l.startsWith("Planning") && !l.startsWith("Execution")).slice(0, 12).join("\n"));
  }
} finally {
  await client.end();
  await database.stop();
}

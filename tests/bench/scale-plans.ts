// EXPLAIN (ANALYZE, BUFFERS) of the statements the large-scale figures were over 50 ms on, each in its
// old and its current shape, in one run: the map's place count and newest events per place under two
// types + three months (type compared as text vs as the enum), search's actor match (one OR with the
// alias EXISTS vs name and alias apart on trigram indexes), and one timeline CSV export batch (sources
// walked twice for 1,000 events vs once for 500), the home page's most active actors (every actor joined
// and hashed vs activity summed first and the top actors looked up by key) and the actor directory's
// words (one OR with the alias EXISTS vs search's name and alias apart). Each runs twice: the first run may read cold buffers,
// the second is the plan's own cost. Also says which tables lack a visibility map (index-only scans
// then read the table: VACUUM). A figure, not a test.
// Run: npx tsx tests/bench/scale-plans.ts [--data-dir .data/bench-large]
import pg from "pg";
import { resolveDatabase } from "@/lib/db/database-url";

const dir = process.argv.includes("--data-dir") ? process.argv[process.argv.indexOf("--data-dir") + 1] : ".data/postgres";
const database = await resolveDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: dir });
const client = new pg.Client({ connectionString: database.url });
await client.connect();

/** The route's parameters as tests/bench/web/routes.ts picks them. */
async function parameters() {
  const types = (await client.query(`SELECT type::text FROM "Event" GROUP BY type ORDER BY count(*) DESC, type LIMIT 2`)).rows.map((r) => r.type as string);
  const range = (await client.query(`SELECT to_char(max("startDate") - 180, 'YYYY-MM-DD') AS from, to_char(max("startDate") - 90, 'YYYY-MM-DD') AS to FROM "Event"`)).rows[0];
  const window = (await client.query(`SELECT to_char(max(day) - 13, 'YYYY-MM-DD') AS from, to_char(max(day), 'YYYY-MM-DD') AS to FROM "EventDay"
    WHERE day > DATE '0001-01-01' AND day <= current_date AND n <> 0`)).rows[0];
  return { types, from: range.from as string, to: range.to as string, window: { from: window.from as string, to: window.to as string } };
}

function queries({ types, from, to, window }: { types: string[]; from: string; to: string; window: { from: string; to: string } }): [string, string][] {
  const asText = `e.type::text IN (${types.map((t) => `'${t}'`).join(", ")})`;
  const asEnum = `e.type IN (${types.map((t) => `'${t}'::"EventType"`).join(", ")})`;
  const where = (type: string) => `e.visible AND ${type} AND e."placedEnd" >= '${from}'::date AND e."placedOn" <= '${to}'::date AND e."sortOn" <= '${to}'::date`;
  const count = (type: string) => `SELECT e."placeId", e.type, count(*)::int AS n FROM "Event" e WHERE ${where(type)} GROUP BY 1, 2`;
  const newest = (type: string) => `
    SELECT p.id, x.id FROM (SELECT DISTINCT e."placeId" AS id FROM "Event" e WHERE ${where(asEnum)} AND e."placeId" IS NOT NULL) p
    CROSS JOIN LATERAL (SELECT e.id, e.title FROM "Event" e WHERE e."placeId" = p.id AND ${where(type)} ORDER BY e."sortOn" DESC, e.id DESC LIMIT 6) x`;
  const live = `a."deletedAt" IS NULL AND a."mergedIntoId" IS NULL`;
  const order = `r."publishedOn", r.slug COLLATE "C"`;
  const page = (n: number) => `SELECT e.id, e."sortOn" FROM "Event" e WHERE e.visible ORDER BY e."sortOn" DESC, e.id DESC LIMIT ${n}`;
  const head = (part: string, end: string) => `left(CASE ${part} WHEN 'title' THEN r.title WHEN 'standfirst' THEN coalesce(r.standfirst, '') ELSE r.body END, ${end})`;
  const exportOld = `
    WITH page AS (${page(1000)}) SELECT e.id, src.sources, first.head FROM page JOIN "Event" e ON e.id = page.id
    LEFT JOIN LATERAL (SELECT string_agg(r.slug, ' ' ORDER BY ${order}) AS sources FROM "EventArticle" l JOIN "Article" r ON r.id = l."articleId"
      WHERE l."eventId" = e.id AND r.status = 'published' AND r."deletedAt" IS NULL) src ON true
    LEFT JOIN LATERAL (SELECT h.head FROM "EventArticle" l JOIN "Article" r ON r.id = l."articleId" CROSS JOIN LATERAL (SELECT ${head("l.part", 'l."spanEnd"')} AS head OFFSET 0) h
      WHERE l."eventId" = e.id AND r.status = 'published' AND r."deletedAt" IS NULL ORDER BY ${order} LIMIT 1) first ON true`;
  const exportNew = `
    WITH page AS (${page(500)}) SELECT e.id, src.sources, first.head FROM page JOIN "Event" e ON e.id = page.id
    LEFT JOIN LATERAL (SELECT string_agg(r.slug, ' ' ORDER BY ${order}) AS sources, (array_agg(r.id ORDER BY ${order}))[1] AS "firstId",
        (array_agg(l.part ORDER BY ${order}))[1] AS part, (array_agg(l."spanEnd" ORDER BY ${order}))[1] AS "spanEnd"
      FROM "EventArticle" l JOIN "Article" r ON r.id = l."articleId" WHERE l."eventId" = e.id AND r.status = 'published' AND r."deletedAt" IS NULL) src ON true
    LEFT JOIN LATERAL (SELECT h.head FROM "Article" r CROSS JOIN LATERAL (SELECT ${head("src.part", 'src."spanEnd"')} AS head OFFSET 0) h WHERE r.id = src."firstId") first ON true`;
  const w = { from: `'${window.from}'::date`, to: `'${window.to}'::date` };
  const eventDays = `n <> 0 AND day BETWEEN ${w.from} - 400 AND ${w.to} AND "dayEnd" >= ${w.from}`;
  const statementDays = `statements <> 0 AND day BETWEEN ${w.from} AND ${w.to}`;
  const activeOld = `
    WITH activity AS (
      SELECT "actorId", sum(n)::int AS events, 0 AS statements FROM "ActorEventDay" WHERE ${eventDays} GROUP BY 1
      UNION ALL SELECT "actorId", 0, sum(statements)::int FROM "ActorDay" WHERE ${statementDays} GROUP BY 1)
    SELECT a.slug, a.name, sum(events)::int AS events, sum(statements)::int AS statements
    FROM activity JOIN "Actor" a ON a.id = activity."actorId" AND ${live}
    GROUP BY a.id ORDER BY sum(events) + sum(statements) DESC, a.name ASC LIMIT 8`;
  const activeNew = `
    WITH activity AS (
      SELECT "actorId", sum(events)::int AS events, sum(statements)::int AS statements FROM (
        SELECT "actorId", n AS events, 0 AS statements FROM "ActorEventDay" WHERE ${eventDays}
        UNION ALL SELECT "actorId", 0, statements FROM "ActorDay" WHERE ${statementDays}) rows
      GROUP BY 1)
    SELECT a.slug, a.name, t.events, t.statements FROM (SELECT *, events + statements AS total FROM activity ORDER BY total DESC) t
    CROSS JOIN LATERAL (SELECT a.slug, a.name FROM "Actor" a WHERE a.id = t."actorId" AND ${live} OFFSET 0) a
    ORDER BY t.total DESC, a.name ASC LIMIT 8`;
  const namedOr = `(a.name ILIKE '%ukraine%' OR EXISTS (SELECT 1 FROM "ActorAlias" x WHERE x."actorId" = a.id AND x.normalized LIKE '%ukraine%'))`;
  const namedApart = `a.id IN (SELECT x.id FROM "Actor" x WHERE x.name ILIKE '%ukraine%' UNION SELECT al."actorId" FROM "ActorAlias" al WHERE al.normalized LIKE '%ukraine%')`;
  const directory = (named: string) => `SELECT a.id, lower(a.name) AS key FROM "Actor" a WHERE ${live} AND ${named} ORDER BY lower(a.name), a.id LIMIT 31`;
  const directoryCount = (named: string) => `SELECT count(*) FROM "Actor" a WHERE ${live} AND ${named}`;
  return [
    ["home: most active actors, every actor joined (before)", activeOld],
    ["home: most active actors, summed first, looked up by key (now)", activeNew],
    ["actors?q=ukraine: page by name, one OR (before)", directory(namedOr)],
    ["actors?q=ukraine: page by name, name and alias apart (now)", directory(namedApart)],
    ["actors?q=ukraine: count, one OR (before)", directoryCount(namedOr)],
    ["actors?q=ukraine: count, name and alias apart (now)", directoryCount(namedApart)],
    ["map: place count, type as text (before)", count(asText)],
    ["map: place count, type as the enum (now)", count(asEnum)],
    ["map: newest 6 per place, type as text (before)", newest(asText)],
    ["map: newest 6 per place, type as the enum (now)", newest(asEnum)],
    ["search: actors matching 'ukraine', one OR (before)", `SELECT count(*) FROM "Actor" a WHERE ${live} AND (a.name ILIKE '%ukraine%' OR EXISTS (SELECT 1 FROM "ActorAlias" al WHERE al."actorId" = a.id AND al.normalized LIKE '%ukraine%'))`],
    ["search: actors matching 'ukraine', name and alias apart (now)", `
      SELECT a.id, count(*) OVER () FROM (SELECT x.id FROM "Actor" x WHERE x.name ILIKE '%ukraine%' UNION SELECT al."actorId" FROM "ActorAlias" al WHERE al.normalized LIKE '%ukraine%') m
      JOIN "Actor" a ON a.id = m.id WHERE ${live} ORDER BY a.name, a.id LIMIT 100`],
    ["export: first batch, sources walked twice, 1,000 events (before)", exportOld],
    ["export: first batch, sources walked once, 500 events (now)", exportNew],
  ];
}

try {
  const { rows: missing } = await client.query(`SELECT relname, relpages, relallvisible FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND relpages > 100 AND relallvisible < relpages * 0.9`);
  console.log(missing.length ? `Tables without a visibility map (VACUUM them): ${missing.map((r) => `${r.relname} ${r.relallvisible}/${r.relpages} pages`).join(", ")}` : "Every table has its visibility map.");
  for (const [name, sql] of queries(await parameters())) {
    const runs: string[][] = [];
    for (let i = 0; i < 2; i++) runs.push((await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`)).rows.map((r) => r["QUERY PLAN"] as string));
    const sum = (plan: string[]) => `${plan.find((l) => l.startsWith("Execution Time"))}, ${plan[1]?.trim() ?? ""}`;
    console.log(`\n== ${name}\n  run 1: ${sum(runs[0])}\n  run 2: ${sum(runs[1])}`);
    console.log(runs[1].filter((l) => /Scan|Loop|Join|Aggregate/.test(l)).slice(0, 6).join("\n"));
  }
} finally {
  await client.end();
  await database.stop();
}

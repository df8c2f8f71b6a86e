import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo/seed";
import { SyntheticError } from "@/lib/demo/synthetic";
import { insertSynthetic, loadSynthetic } from "@/lib/demo/synthetic-load";
import { createTestDatabase, type TestDatabase } from "../support/database";

const OPTIONS = { events: 600, seed: 5 };
// The rollups too: the COPY path writes derived columns itself with the triggers off and rebuilds the
// rollups once; the Prisma path leaves every row to the triggers. Equal fingerprints, same result.
const TABLES = [
  "Actor", "ActorAlias", "Topic", "Publication", "Article", "Statement", "StatementTopic", "Event", "EventActor", "EventArticle", "ActorMention", "ArticleTopic",
  "ReaderStat", "EventDay", "ActorStat", "ActorDay", "ActorEventDay",
];

// Triggers leave a rollup row at 0 where a count moved away (an event placed once its article is
// linked); a rebuild has no such row. Both read the same.
const NONZERO: Record<string, string> = {
  ReaderStat: "WHERE n <> 0", EventDay: "WHERE n <> 0", ActorEventDay: "WHERE n <> 0",
  ActorStat: "WHERE (statements, events, mentions, articles) <> (0, 0, 0, 0)", ActorDay: "WHERE (statements, mentions, articles) <> (0, 0, 0)",
};

async function hash(db: TestDatabase, rows: string) {
  const [row] = await db.prisma.$queryRawUnsafe<{ h: string }[]>(`SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM (${rows}) x`);
  return row.h;
}

/** One md5 per table over every row in a fixed order: equal fingerprints, equal contents. */
async function fingerprint(db: TestDatabase) {
  // Places without their timestamps (set at load time).
  const out: Record<string, string> = { Place: await hash(db, `SELECT id, key, slug, name, source FROM "Place"`) };
  for (const t of TABLES) out[t] = await hash(db, `SELECT * FROM "${t}" ${NONZERO[t] ?? ""}`);
  return out;
}

async function scalar(db: TestDatabase, sql: string): Promise<number> {
  const [row] = await db.prisma.$queryRawUnsafe<{ n: number }[]>(sql);
  return Number(row.n);
}

describe("synthetic loader against PostgreSQL", () => {
  let copy: TestDatabase;
  let prisma: TestDatabase;
  beforeAll(async () => {
    [copy, prisma] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    await loadSynthetic(copy.url, OPTIONS);
    await insertSynthetic(prisma.prisma, OPTIONS);
  }, 240_000);
  afterAll(async () => Promise.all([copy?.drop(), prisma?.drop()]));

  it("is deterministic: COPY and Prisma paths, run apart, store identical rows", async () => {
    expect(await fingerprint(copy)).toEqual(await fingerprint(prisma));
    expect(await scalar(copy, `SELECT count(*)::int AS n FROM "Event"`)).toBe(600);
    expect(await scalar(copy, `SELECT count(*)::int AS n FROM "Statement"`)).toBe(3000);
  });

  it("stores events and statements at every date precision", async () => {
    const precisions = async (sql: string) => (await copy.prisma.$queryRawUnsafe<{ p: string }[]>(sql)).map((r) => r.p);
    const every = ["day", "month", "quarter", "unknown", "week", "year"];
    expect(await precisions(`SELECT DISTINCT "datePrecision"::text AS p FROM "Event" ORDER BY 1`)).toEqual(every);
    expect(await precisions(`SELECT DISTINCT "saidPrecision"::text AS p FROM "Statement" ORDER BY 1`)).toEqual(every);
  });

  it("leaves rollups a full rebuild does not change, and links every event to its Place as the trigger does", async () => {
    const before = await fingerprint(copy);
    expect(await scalar(copy, `SELECT n FROM "ReaderStat" WHERE key = 'statements'`)).toBe(3000);
    expect(await scalar(copy, `SELECT count(*)::int AS n FROM "ActorDay"`)).toBeGreaterThan(100);
    await copy.prisma.$executeRawUnsafe(`SELECT faultline_rebuild_reader_stats()`);
    expect(await fingerprint(copy)).toEqual(before);
    expect(await scalar(copy, `SELECT count(*)::int AS n FROM "Event" WHERE place IS NOT NULL`)).toBeGreaterThan(100);
    expect(await scalar(copy, `SELECT count(*)::int AS n FROM "Event" e LEFT JOIN "Place" p ON p.id = e."placeId"
      WHERE e.place IS NOT NULL AND (p.key IS DISTINCT FROM faultline_place_key(e.place) OR p.id <> faultline_place_for(e.place))`)).toBe(0);
    expect(await scalar(copy, `SELECT count(*)::int AS n FROM "Event" WHERE place IS NULL AND "placeId" IS NOT NULL`)).toBe(0);
    const triggers = await copy.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'`);
    expect(Number(triggers[0].n)).toBe(0);
  }, 120_000);

  it("keeps every index and foreign key it set aside while loading", async () => {
    const schema = async (db: TestDatabase) => ({
      indexes: await db.prisma.$queryRawUnsafe(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`),
      keys: await db.prisma.$queryRawUnsafe(`SELECT conname, pg_get_constraintdef(oid) AS def, convalidated FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1`),
    });
    const loaded = await schema(copy);
    expect(loaded).toEqual(await schema(prisma));
    expect(JSON.stringify(loaded.indexes)).toContain("Statement_search_idx");
    expect(JSON.stringify(loaded.keys)).toContain("Statement_speakerId_fkey");
  });

  it("slices every span back to its words and fills the generated search vectors", async () => {
    expect(await scalar(copy, `SELECT count(*)::int AS n FROM "Statement" s JOIN "Article" a ON a.id = s."articleId" WHERE substr(a.body, s."spanStart" + 1, s."spanEnd" - s."spanStart") <> s.text`)).toBe(0);
    expect(await scalar(copy, `SELECT count(*)::int AS n FROM "EventArticle" l JOIN "Article" a ON a.id = l."articleId" WHERE substr(a.body, l."spanStart" + 1, l."spanEnd" - l."spanStart") !~ '^[A-Z].*\\.$'`)).toBe(0);
    expect(await scalar(copy, `SELECT count(*)::int AS n FROM "Article" WHERE search @@ plainto_tsquery('english', 'ukraine')`)).toBeGreaterThan(100);
    expect(await scalar(copy, `SELECT count(*)::int AS n FROM "Statement" WHERE search IS NULL`)).toBe(0);
  });

  it("has every date precision, Zipf-skewed speakers and multi-source events", async () => {
    const precisions = await copy.prisma.$queryRawUnsafe<{ p: string }[]>(`SELECT DISTINCT "datePrecision"::text AS p FROM "Event" ORDER BY 1`);
    expect(precisions.map((r) => r.p)).toEqual(["day", "month", "quarter", "unknown", "week", "year"]);
    const top = await scalar(copy, `SELECT sum(n)::float / (SELECT count(*) FROM "Statement") AS n FROM (SELECT count(*) AS n FROM "Statement" GROUP BY "speakerId" ORDER BY 1 DESC LIMIT 6) t`);
    expect(top).toBeGreaterThan(0.5);
    const multi = await scalar(copy, `SELECT count(*)::int AS n FROM (SELECT "eventId" FROM "EventArticle" GROUP BY 1 HAVING count(*) > 1) t`);
    expect(multi).toBeGreaterThan(30);
  });

  it("refuses a second load unless told to replace, and a replace gives the same rows", async () => {
    const before = await fingerprint(copy);
    await expect(loadSynthetic(copy.url, OPTIONS)).rejects.toThrow(SyntheticError);
    expect(await fingerprint(copy)).toEqual(before);
    const report = await loadSynthetic(copy.url, { ...OPTIONS, replace: true });
    expect(report.replaced).toBe(300);
    expect(await fingerprint(copy)).toEqual(before);
  }, 120_000);
});

describe("synthetic data beside the demo", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo(db.prisma);
  });
  afterAll(async () => db?.drop());

  it("reuses the demo's actors and topics by slug instead of duplicating them", async () => {
    const putin = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "vladimir-putin" } });
    await loadSynthetic(db.url, { events: 200, seed: 9 });
    expect(await db.prisma.actor.count({ where: { slug: "vladimir-putin" } })).toBe(1);
    expect(await db.prisma.statement.count({ where: { speakerId: putin.id, id: { startsWith: "syn9" } } })).toBeGreaterThan(0);
    expect(await db.prisma.topic.count({ where: { slug: "peace-talks" } })).toBe(1);
    expect(await db.prisma.article.count({ where: { NOT: { id: { startsWith: "syn" } } } })).toBe(1);
  }, 120_000);
});

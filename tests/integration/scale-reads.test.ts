// Reads that must hold at any size: full-text search with thousands of matches (joined in SQL, no
// id list bound as parameters), exports that walk the keyset and return every row exactly once, and
// a soft-deleted actor that filters nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo/seed";
import { insertSynthetic } from "@/lib/demo/synthetic";
import { timelineExportStream } from "@/lib/events/export";
import { parseTimelineFilters } from "@/lib/events/filters";
import { getEventCounts, getTimeline, getTimelineActors, iterateTimeline } from "@/lib/events/queries";
import { COUNT_CAP } from "@/lib/pagination/count";
import { searchEverything } from "@/lib/search/queries";
import { parseStatementFilters } from "@/lib/statements/filters";
import { iterateStatements, listStatements, SPEAKER_SORT_WINDOW } from "@/lib/statements/queries";
import { createTestDatabase, type TestDatabase } from "../support/database";

let db: TestDatabase;
const COMMON = 4_000;
// One word in just under COUNT_CAP of them: counted exactly, not estimated.
const BELOW_CAP = COUNT_CAP - 1;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma);
  await insertSynthetic(db.prisma, { events: 400, seed: 5 });
  // Thousands of statements sharing one very common word.
  const article = await db.prisma.article.findFirstOrThrow({ where: { status: "published" } });
  const speakers = await db.prisma.actor.findMany({ take: 7, orderBy: { id: "asc" } });
  await db.prisma.statement.createMany({
    data: Array.from({ length: COMMON }, (_, i) => ({
      articleId: article.id, speakerId: speakers[i % speakers.length].id, text: `Ukraine will hold the line, said speaker number ${i}${i < BELOW_CAP ? ", steadfast" : ""}`,
      direct: i % 2 === 0, saidOn: i % 9 === 0 ? null : new Date(Date.UTC(2024, i % 12, 1 + (i % 28))), saidPrecision: i % 9 === 0 ? "unknown" : "day",
      part: "body", spanStart: 0, spanEnd: 10,
    })),
  });
  // Planner statistics as autovacuum would leave them (the estimate reads them).
  await db.prisma.$executeRaw`ANALYZE "Statement"`;
}, 240_000);
afterAll(async () => db.drop());

const visibleMatches = async (words: string) =>
  (await db.prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "Statement" WHERE visible AND search @@ websearch_to_tsquery('english', ${words})`).map((r) => r.id);

describe("full-text search with thousands of matches", () => {
  it("counts and ranks every kind in SQL, a few results each", async () => {
    const expected = await visibleMatches("ukraine");
    expect(expected.length).toBeGreaterThanOrEqual(COMMON);
    const results = await searchEverything("ukraine", { take: 5 }, db.prisma);
    expect(results.statements.items).toHaveLength(5);
    // Thousands of matches: the planner's estimate, labelled as one, not a count.
    expect(results.statements.totalKind).toBe("estimate");
    expect(Math.abs(results.statements.total - expected.length) / expected.length).toBeLessThan(0.1);
    expect(results.statements.items.every((s) => expected.includes(s.id))).toBe(true);
  });

  it("counts exactly just below the cap, and a rare word's few matches", async () => {
    const below = await visibleMatches("steadfast");
    expect(below).toHaveLength(BELOW_CAP);
    const results = await searchEverything("steadfast", { take: 5 }, db.prisma);
    expect(results.statements).toMatchObject({ total: BELOW_CAP, totalCapped: false, totalKind: "exact" });
    const rare = await searchEverything("number 17", { take: 5 }, db.prisma);
    expect(rare.statements).toMatchObject({ total: (await visibleMatches("number 17")).length, totalKind: "exact" });
  });

  it("lists and walks the matches of the statements list page by page, each once", async () => {
    const expected = await visibleMatches("ukraine");
    const filters = parseStatementFilters({ q: "ukraine" });
    const first = await listStatements(filters, { take: 50 }, db.prisma);
    // Words alone are counted as search counts them: thousands of matches, the planner's estimate, labelled.
    expect(first.totalKind).toBe("estimate");
    expect(Math.abs(first.total - expected.length) / expected.length).toBeLessThan(0.1);
    // Below the cap, or with another filter, an exact (capped) count.
    expect(await listStatements(parseStatementFilters({ q: "steadfast" }), { take: 5 }, db.prisma)).toMatchObject({ total: BELOW_CAP, totalCapped: false, totalKind: "exact" });
    expect(await listStatements(parseStatementFilters({ q: "ukraine", direct: "true" }), { take: 5 }, db.prisma)).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    const seen: string[] = [];
    for await (const batch of iterateStatements(filters, { batch: 777 }, db.prisma)) seen.push(...batch.map((s) => s.id));
    expect(seen).toHaveLength(expected.length);
    expect(new Set(seen)).toEqual(new Set(expected));
    expect(seen.slice(0, 50)).toEqual(first.items.map((s) => s.id));
  });
});

describe("words with a speaker order", () => {
  it("sorts among the newest SPEAKER_SORT_WINDOW matches: those, each once, whatever the number of matches", async () => {
    const newest = await db.prisma.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Statement" WHERE visible AND search @@ websearch_to_tsquery('english', 'ukraine') ORDER BY "sortOn" DESC, id DESC LIMIT ${SPEAKER_SORT_WINDOW}`;
    for (const sort of ["speaker", "speaker-activity"]) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listStatements({ ...parseStatementFilters({ q: "ukraine", sort }), cursor }, { take: 300 }, db.prisma);
        expect(page.sortedAmong).toBe(SPEAKER_SORT_WINDOW);
        seen.push(...page.items.map((s) => s.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen, sort).toHaveLength(SPEAKER_SORT_WINDOW);
      expect(new Set(seen)).toEqual(new Set(newest.map((r) => r.id)));
    }
  });
});

describe("exports by keyset", () => {
  it("the timeline export returns every visible event exactly once, in list order", async () => {
    const expected = await db.prisma.event.findMany({ where: { visible: true }, select: { id: true } });
    const seen: string[] = [];
    for await (const batch of iterateTimeline(parseTimelineFilters({}), { batch: 37, db: db.prisma })) seen.push(...batch.map((e) => e.id));
    expect(seen).toHaveLength(expected.length);
    expect(new Set(seen)).toEqual(new Set(expected.map((e) => e.id)));
    const firstPage = await getTimeline(parseTimelineFilters({}), { take: 50, db: db.prisma });
    expect(seen.slice(0, 50)).toEqual(firstPage.items.map((e) => e.id));
  });

  it("streams CSV with one line per event", async () => {
    const total = await db.prisma.event.count({ where: { visible: true } });
    process.env.DATABASE_URL = db.url;
    const csv = await new Response(timelineExportStream(parseTimelineFilters({}), "csv", "http://x")).text();
    expect(csv.trimEnd().split("\r\n").length).toBe(total + 1);

  });
});

describe("a soft-deleted actor", () => {
  it("filters nothing: the timeline and statements behave as for an unknown actor", async () => {
    const busiest = await db.prisma.actorStat.findFirstOrThrow({ orderBy: { events: "desc" }, include: { actor: true } });
    const slug = busiest.actor.slug;
    expect((await getTimeline(parseTimelineFilters({ actor: slug }), { db: db.prisma })).items.length).toBeGreaterThan(0);
    await db.prisma.actor.update({ where: { id: busiest.actorId }, data: { deletedAt: new Date() } });
    for (const probe of [slug, "no-such-actor"]) {
      const filters = parseTimelineFilters({ actor: probe });
      expect((await getTimeline(filters, { db: db.prisma })).items).toEqual([]);
      expect((await getEventCounts(filters, { db: db.prisma })).total).toBe(0);
      expect((await listStatements(parseStatementFilters({ speaker: probe }), {}, db.prisma)).items).toEqual([]);
    }
    expect((await getTimelineActors({ db: db.prisma, include: [slug] })).map((a) => a.slug)).not.toContain(slug);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseStatementFilters, type StatementFilters } from "@/lib/statements/filters";
import { exportStatements, iterateStatementRecords, latestStatements, listStatements, statementFilterOptions, statementRecord } from "@/lib/statements/queries";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { DEMO_SLUG, SECOND_SLUG, seedReaderFixtures } from "./reader-fixtures";

let db: TestDatabase;
let fx: Awaited<ReturnType<typeof seedReaderFixtures>>;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await seedReaderFixtures(db);
});
afterAll(async () => db.drop());

const filters = (params: Record<string, string | string[]>): StatementFilters => parseStatementFilters(params);
const texts = async (params: Record<string, string | string[]>, take = 100) =>
  (await listStatements(filters(params), { take }, db.prisma)).items.map((s) => s.text).sort();

async function allPages(params: Record<string, string | string[]>, take: number, between?: (page: number) => Promise<void>) {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let page = 1; page < 50; page++) {
    const result = await listStatements(filters({ ...params, ...(cursor ? { cursor } : {}) }), { take }, db.prisma);
    ids.push(...result.items.map((s) => s.id));
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
    await between?.(page);
  }
  return ids;
}

describe("statement list", () => {
  it("shows every visible statement, newest said first, unknown dates last, and counts them", async () => {
    const result = await listStatements(filters({}), { take: 100 }, db.prisma);
    // 14 demo + 4 fixtures; the deleted one and the draft article's one are hidden.
    expect(result.total).toBe(18);
    expect(result.items).toHaveLength(18);
    expect(result.items.map((s) => s.text)).not.toContain("the secret plan is ready");
    expect(result.items.map((s) => s.text)).not.toContain("Sybiha repeated it in Brussels");
    const dates = result.items.map((s) => s.saidOn?.toISOString().slice(0, 10) ?? null);
    expect(dates.slice(0, 3)).toEqual(["2025-10-01", "2025-10-01", "2025-10-01"]);
    const firstUnknown = dates.indexOf(null);
    expect(dates.slice(firstUnknown).every((d) => d === null)).toBe(true);
    expect(result.nextCursor).toBeNull();
  });

  it("filters by speaker, including actors merged into them", async () => {
    expect(await texts({ speaker: "volodymyr-zelenskiy" })).toEqual([
      "Air defence is our first priority this winter.",
      "He spoke in Kyiv on October 1.",
      "peace talks must include Europe",
    ]);
    expect(await texts({ speaker: ["andrii-sybiha", "dmitry-peskov"] })).toEqual([
      "Ukraine will not trade territory for a ceasefire",
      "a danger for us.",
      "the Kremlin will not accept Nato-backed force in Ukraine under any conditions",
    ]);
  });

  it("combines speaker, direct/paraphrase, date range, topic, article and words", async () => {
    const putinParaphrases = await texts({ speaker: "vladimir-putin", direct: "false", from: "2025-09-01" });
    expect(putinParaphrases).toHaveLength(1);
    expect(putinParaphrases[0]).toMatch(/^any peacekeeping troops entering Ukraine/);
    expect(await texts({ from: "2025-09-04", to: "2025-09-04" })).toEqual(["lambasted Europe for continuing to buy Russian oil"]);
    expect(await texts({ topic: "air-defence" })).toEqual(["Air defence is our first priority this winter."]);
    expect(await texts({ article: SECOND_SLUG, direct: "true" })).toEqual(["Air defence is our first priority this winter."]);
    expect(await texts({ article: SECOND_SLUG, topic: "peace-talks" })).toEqual([
      "Ukraine will not trade territory for a ceasefire",
      "peace talks must include Europe",
    ]);
    // Full-text: stems match ("priorities" → "prioriti"), phrases and exclusions work, nothing is concatenated.
    expect(await texts({ q: "priorities" })).toEqual(["Air defence is our first priority this winter."]);
    expect(await texts({ q: '"legitimate target"', speaker: "vladimir-putin" })).toEqual([
      "Peacekeepers in Ukraine are a legitimate target",
      "legitimate targets",
    ]);
    expect(await texts({ q: "peacekeepers -troops", direct: "false" })).toEqual([
      "the COW delegates in Paris remain deeply divided on the idea of peacekeepers",
    ]);
    expect(await texts({ q: "'); DROP TABLE \"Statement\"; --" })).toEqual([]);
    expect(await db.prisma.statement.count()).toBe(20);
  });

  it("reads a reversed date range as meant and an unknown speaker as no match", async () => {
    expect(await texts({ from: "2025-09-05", to: "2025-09-04" })).toHaveLength(5);
    expect(await texts({ speaker: "nobody-at-all" })).toEqual([]);
  });

  it("pages without skipping or repeating rows when statements are added between pages", async () => {
    const before = await allPages({}, 100);
    const inserted: string[] = [];
    const paged = await allPages({}, 4, async (page) => {
      if (page !== 1) return;
      // One newer than everything (sorts onto page 1, already read) and one with no date (sorts last).
      const newer = await db.prisma.statement.create({
        data: { articleId: fx.second.id, speakerId: fx.sybiha.id, text: "newest words", direct: true, saidOn: new Date("2026-01-01T00:00:00Z"), saidPrecision: "day", spanStart: 0, spanEnd: 5 },
      });
      const undated = await db.prisma.statement.create({
        data: { articleId: fx.second.id, speakerId: fx.sybiha.id, text: "undated words", direct: true, spanStart: 0, spanEnd: 5 },
      });
      inserted.push(newer.id, undated.id);
    });
    expect(new Set(paged).size).toBe(paged.length);
    expect(paged.filter((id) => !inserted.includes(id))).toEqual(before);
    expect(paged).not.toContain(inserted[0]);
    expect(paged).toContain(inserted[1]);
    await db.prisma.statement.deleteMany({ where: { id: { in: inserted } } });
  });

  it("parses malformed parameters to defaults instead of failing", async () => {
    const parsed = parseStatementFilters({ speaker: "", from: "2025-13-01", direct: "maybe", cursor: "%%%", topic: ["<script>", "peace-talks"] });
    expect(parsed).toEqual({ speaker: [], from: undefined, to: undefined, direct: undefined, q: undefined, topic: ["peace-talks"], article: undefined, cursor: "%%%" });
    const result = await listStatements(parsed, { take: 100 }, db.prisma);
    expect(result.items).toHaveLength(6); // the peace-talks statements (4 demo, 2 fixtures), from the first page
  });

  it("exports exactly the filtered list, and feeds show the newest recorded first", async () => {
    const f = filters({ speaker: "vladimir-putin", direct: "true" });
    const list = await listStatements(f, { take: 100 }, db.prisma);
    const exported = await exportStatements(f, db.prisma);
    expect(exported.map((s) => s.id)).toEqual(list.items.map((s) => s.id));
    expect(exported.map(statementRecord).map((r) => [r.speakerSlug, r.direct, r.sourcePath.startsWith(`/articles/${DEMO_SLUG}#s-`)])).toEqual(
      Array(4).fill(["vladimir-putin", true, true]),
    );
    const feed = await latestStatements(filters({ speaker: "volodymyr-zelenskiy" }), 50, db.prisma);
    expect(feed.map((s) => s.id)).toEqual([fx.statements.merged.id, fx.statements.europe.id, fx.statements.air.id]);
  });

  it("writes out, read flat in SQL, the very records statementRecord makes of the full rows", async () => {
    const byTopicId = async (ids: string[]) => {
      const rows = await db.prisma.statementTopic.findMany({ where: { statementId: { in: ids } }, select: { statementId: true, topic: { select: { slug: true } } }, orderBy: [{ statementId: "asc" }, { topicId: "asc" }] });
      return (id: string) => rows.filter((r) => r.statementId === id).map((r) => r.topic.slug);
    };
    const cases: Record<string, string>[] = [{}, { speaker: "volodymyr-zelenskiy" }, { topic: "peace-talks", sort: "oldest" }, { q: "peace", sort: "speaker" }];
    for (const params of cases) {
      const f = filters(params);
      const records: Record<string, unknown>[] = [];
      for await (const batch of iterateStatementRecords(f, { batch: 4 }, db.prisma)) records.push(...batch);
      const full = await exportStatements(f, db.prisma);
      const topics = await byTopicId(full.map((s) => s.id));
      // Prisma names no order for a statement's topics; the flat read lists them by topic id.
      const expected = full.map(statementRecord).map((r) => ({ ...r, topics: topics(r.id) }));
      expect(records.length, JSON.stringify(params)).toBeGreaterThan(0);
      expect(JSON.stringify(records)).toBe(JSON.stringify(expected));
    }
  });

  it("offers speakers, topics and articles that have visible statements", async () => {
    const options = await statementFilterOptions(db.prisma);
    expect(options.speakers.find((s) => s.slug === "vladimir-putin")?.count).toBe(6);
    expect(options.speakers.map((s) => s.slug)).not.toContain("zelensky-duplicate");
    expect(options.topics.map((t) => t.slug)).toEqual(["air-defence", "peace-talks", "peacekeepers"]);
    expect(options.articles.map((a) => a.slug)).toEqual([SECOND_SLUG, DEMO_SLUG]);
  });
});

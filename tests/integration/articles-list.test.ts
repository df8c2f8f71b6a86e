import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseArticleFilters } from "@/lib/articles/filters";
import { articleFilterOptions, articleRecord, exportArticles, listArticles } from "@/lib/articles/queries";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { DEMO_SLUG, SECOND_SLUG, seedReaderFixtures } from "./reader-fixtures";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedReaderFixtures(db);
});
afterAll(async () => db.drop());

const slugs = async (params: Record<string, string | string[]>, take = 100) =>
  (await listArticles(parseArticleFilters(params), { take }, db.prisma)).items.map((a) => a.slug);

describe("article list", () => {
  it("lists published articles newest first; drafts never show", async () => {
    const result = await listArticles(parseArticleFilters({}), {}, db.prisma);
    expect(result.items.map((a) => a.slug)).toEqual([SECOND_SLUG, DEMO_SLUG]);
    expect(result.total).toBe(2);
    expect(result.items[0]._count).toEqual({ statements: 4, events: 0, mentions: 3 });
  });

  it("filters by publication, date range, words, actor mentioned and topic, combined", async () => {
    expect(await slugs({ publication: "bne-intellinews" })).toEqual([DEMO_SLUG]);
    expect(await slugs({ from: "2025-10-01" })).toEqual([SECOND_SLUG]);
    expect(await slugs({ to: "2025-09-30" })).toEqual([DEMO_SLUG]);
    expect(await slugs({ from: "2025-09-07", to: "2025-09-07" })).toEqual([DEMO_SLUG]);
    expect(await slugs({ q: "peacekeepers" })).toEqual([DEMO_SLUG]);
    expect(await slugs({ q: "Patriot" })).toEqual([SECOND_SLUG]);
    expect(await slugs({ q: "Zelenskiy" })).toEqual([SECOND_SLUG, DEMO_SLUG]);
    expect(await slugs({ actor: "andrii-sybiha" })).toEqual([SECOND_SLUG]);
    // The merged duplicate's slug finds the articles of the actor it was merged into.
    expect(await slugs({ actor: "volodymyr-zelenskiy" })).toEqual([SECOND_SLUG, DEMO_SLUG]);
    expect(await slugs({ topic: "air-defence" })).toEqual([SECOND_SLUG]);
    expect(await slugs({ topic: "peace-talks", actor: "vladimir-putin" })).toEqual([DEMO_SLUG]);
    expect(await slugs({ topic: "peace-talks", actor: "vladimir-putin", publication: "kyiv-independent" })).toEqual([]);
    expect(await slugs({ q: "secret" })).toEqual([]);
  });

  it("pages stably when an article is published between pages", async () => {
    const first = await listArticles(parseArticleFilters({}), { take: 1 }, db.prisma);
    expect(first.items.map((a) => a.slug)).toEqual([SECOND_SLUG]);
    const created = await db.prisma.article.create({
      data: { slug: "newer", title: "Newer", authors: [], body: "x", status: "published", publishedOn: new Date("2025-12-01T00:00:00Z") },
    });
    const second = await listArticles(parseArticleFilters({ cursor: first.nextCursor! }), { take: 1 }, db.prisma);
    expect(second.items.map((a) => a.slug)).toEqual([DEMO_SLUG]);
    expect(second.nextCursor).toBeNull();
    await db.prisma.article.delete({ where: { id: created.id } });
  });

  it("malformed parameters parse to defaults", async () => {
    expect(parseArticleFilters({ from: "2025-13-01", to: "yesterday", actor: "", cursor: "%%%", publication: "Not A Slug!" })).toEqual({
      publication: [], from: undefined, to: undefined, q: undefined, actor: [], topic: [], cursor: "%%%",
    });
    expect(await slugs({ from: "2025-13-01", cursor: "%%%" })).toEqual([SECOND_SLUG, DEMO_SLUG]);
  });

  it("exports exactly the filtered list", async () => {
    const f = parseArticleFilters({ topic: "peace-talks" });
    const list = await listArticles(f, {}, db.prisma);
    const rows = (await exportArticles(f, db.prisma)).map(articleRecord);
    expect(rows.map((r) => r.slug)).toEqual(list.items.map((a) => a.slug));
    expect(rows[1]).toMatchObject({ slug: DEMO_SLUG, publication: "bne IntelliNews", publishedOn: "2025-09-07", statements: 14, events: 17 });
  });

  it("offers publications, topics and actors of published articles", async () => {
    const options = await articleFilterOptions(db.prisma);
    expect(options.publications.map((p) => p.name)).toEqual(["bne IntelliNews", "The Kyiv Independent"]);
    expect(options.topics.map((t) => t.slug)).toContain("air-defence");
    expect(options.actors.map((a) => a.slug)).toContain("andrii-sybiha");
    expect(options.actors.map((a) => a.slug)).not.toContain("zelensky-duplicate");
  });
});

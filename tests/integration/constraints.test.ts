import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo/seed";
import { createTestDatabase, type TestDatabase } from "../support/database";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma);
});
afterAll(async () => db.drop());

const article = (slug: string, sourceUrl?: string) => ({
  slug,
  title: `Article ${slug}`,
  body: "Body text about drones and refineries.",
  publishedOn: new Date("2025-09-08T00:00:00Z"),
  sourceUrl,
});

describe("database constraints", () => {
  it("reject a second article with the same source URL", async () => {
    await db.prisma.article.create({ data: article("one", "https://example.com/a") });
    await expect(db.prisma.article.create({ data: article("two", "https://example.com/a") })).rejects.toMatchObject({ code: "P2002" });
    // Articles without a URL (pasted from print) may coexist.
    await db.prisma.article.create({ data: article("three") });
    await db.prisma.article.create({ data: article("four") });
  });

  it("keep aliases unique per actor, case-insensitively, but allow the same alias on different actors", async () => {
    const putin = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "vladimir-putin" } });
    await expect(
      db.prisma.actorAlias.create({ data: { actorId: putin.id, alias: "PUTIN", normalized: "putin" } }),
    ).rejects.toMatchObject({ code: "P2002" });
    const other = await db.prisma.actor.create({ data: { slug: "another-putin", name: "Another Putin", kind: "person" } });
    await db.prisma.actorAlias.create({ data: { actorId: other.id, alias: "Putin", normalized: "putin" } });
    const owners = await db.prisma.actorAlias.findMany({ where: { normalized: "PuTiN".toLowerCase() } });
    expect(owners).toHaveLength(2);
  });

  it("refuse to delete an actor who has statements, and leave the actor in place", async () => {
    const peskov = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "dmitry-peskov" } });
    await expect(db.prisma.actor.delete({ where: { id: peskov.id } })).rejects.toMatchObject({ code: "P2003" });
    expect(await db.prisma.statement.count({ where: { speakerId: peskov.id } })).toBe(2);
    expect(await db.prisma.actor.count({ where: { id: peskov.id } })).toBe(1);
  });

  it("find articles and statements through PostgreSQL full-text search", async () => {
    const articles = await db.prisma.$queryRaw<{ slug: string }[]>`
      SELECT slug FROM "Article" WHERE search @@ websearch_to_tsquery('english', 'refinery Ryazan')`;
    expect(articles.map((a) => a.slug)).toEqual(["bne-2025-09-07-putin-peacekeepers-legitimate-targets"]);
    const statements = await db.prisma.$queryRaw<{ text: string }[]>`
      SELECT text FROM "Statement" WHERE search @@ websearch_to_tsquery('english', 'peacekeepers target')`;
    expect(statements.map((s) => s.text)).toContain("Peacekeepers in Ukraine are a legitimate target");
    // The few demo rows make a sequential scan cheapest; with it ruled out, the GIN index must serve the query.
    const plan = await db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT id FROM "Statement" WHERE search @@ websearch_to_tsquery('english', 'force')`,
      );
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toMatch(/Index Scan on "?Statement_search_idx"?/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchEverything } from "@/lib/search/queries";
import { parseSearchFilters } from "@/lib/search/filters";
import { listStatements } from "@/lib/statements/queries";
import { parseStatementFilters } from "@/lib/statements/filters";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { DEMO_SLUG, SECOND_SLUG, seedReaderFixtures } from "./reader-fixtures";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedReaderFixtures(db);
});
afterAll(async () => db.drop());

describe("search", () => {
  it("finds articles, statements, actors and events, grouped and counted", async () => {
    const r = await searchEverything("Zelenskiy", {}, db.prisma);
    expect(r.articles.total).toBe(2);
    // The article that is about him (name in the title, weight A) ranks first.
    expect(r.articles.items.map((a) => a.slug)).toEqual([SECOND_SLUG, DEMO_SLUG]);
    expect(r.actors.items.map((a) => a.slug)).toEqual(["volodymyr-zelenskiy"]);
    expect(r.events.total).toBe(3);
    expect(r.events.items.every((e) => /Zelenskiy/.test(e.title))).toBe(true);
    expect(r.statements.total).toBe(r.statements.items.length);
  });

  it("ranks by ts_rank and counts with the list's own filter", async () => {
    const r = await searchEverything("legitimate targets", { take: 3 }, db.prisma);
    const list = await listStatements(parseStatementFilters({ q: "legitimate targets" }), { take: 100 }, db.prisma);
    expect(r.statements.total).toBe(list.total);
    expect(r.statements.items).toHaveLength(3);
    expect(r.statements.items[0].text).toBe("legitimate targets");
    expect(r.articles.items.map((a) => a.slug)).toEqual([DEMO_SLUG]);
  });

  it("puts an exact alias first among actors", async () => {
    const r = await searchEverything("US", {}, db.prisma);
    expect(r.actors.items[0].slug).toBe("united-states");
    expect((await searchEverything("afr", {}, db.prisma)).actors.items.map((a) => a.slug)).toEqual(["armed-forces-of-russia"]);
  });

  it("finds nothing, without failing, for stop words, punctuation and injection attempts", async () => {
    for (const q of ["the", "!!!", "' OR 1=1 --", '"unclosed', "-"]) {
      const r = await searchEverything(q, {}, db.prisma);
      expect([r.articles.total, r.statements.total, r.events.total], q).toEqual([0, 0, 0]);
    }
  });

  it("a blank query parses to no query", () => {
    expect(parseSearchFilters({ q: "   " })).toEqual({ q: undefined });
    expect(parseSearchFilters({ q: ["putin", "x"] })).toEqual({ q: "putin" });
    expect(parseSearchFilters({})).toEqual({ q: undefined });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemoArticle } from "@/lib/demo/demo-article";
import { seedDemo } from "@/lib/demo/seed";
import { createTestDatabase, type TestDatabase } from "../support/database";

const demo = loadDemoArticle();
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db.drop());

async function counts() {
  const p = db.prisma;
  return {
    articles: await p.article.count(),
    actors: await p.actor.count(),
    aliases: await p.actorAlias.count(),
    statements: await p.statement.count(),
    events: await p.event.count(),
    eventActors: await p.eventActor.count(),
    mentions: await p.actorMention.count(),
    topics: await p.topic.count(),
  };
}

describe("demo seed", () => {
  it("loads every actor, alias, statement and event of the expected extraction", async () => {
    const result = await seedDemo(db.prisma, demo);
    expect(result).toEqual({ seeded: true, articles: 1, actors: 25, statements: 14, events: 17 });

    const actors = await db.prisma.actor.findMany({ include: { aliases: true } });
    for (const expected of demo.expected.actors) {
      const actor = actors.find((a) => a.name === expected.name);
      expect(actor, expected.name).toBeDefined();
      expect(actor!.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(expected.aliases));
    }
    const peskov = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "dmitry-peskov" }, include: { parent: true } });
    expect(peskov.parent?.name).toBe("Kremlin");
  });

  it("links each statement to the exact words in its part of the article", async () => {
    const article = await db.prisma.article.findFirstOrThrow({ include: { statements: { include: { speaker: true } } } });
    const parts = { title: article.title, standfirst: article.standfirst ?? "", body: article.body };
    expect(article.statements).toHaveLength(demo.expected.statements.length);
    for (const expected of demo.expected.statements) {
      const stored = article.statements.find((s) => s.text === expected.quote && s.speaker.name === expected.speaker);
      expect(stored, expected.quote).toBeDefined();
      const slice = parts[stored!.part].slice(stored!.spanStart, stored!.spanEnd);
      expect(expected.quote.startsWith(slice) && slice.length >= expected.quote.length - 1).toBe(true);
      expect(stored!.direct).toBe(expected.direct);
      expect(stored!.saidOn?.toISOString().slice(0, 10) ?? null).toBe(expected.saidOn);
    }
    const headline = article.statements.find((s) => s.text === "legitimate targets")!;
    expect(headline.part).toBe("title");
    const other = article.statements.find((s) => s.text === "other")!;
    expect(article.body.slice(other.spanStart - 1, other.spanEnd + 1)).toBe("“other”");
  });

  it("links each event to its sentence, with dates at their real precision", async () => {
    const events = await db.prisma.event.findMany({ include: { articles: { include: { article: true } }, actors: { include: { actor: true } } } });
    expect(events).toHaveLength(17);
    for (const event of events) {
      const [link] = event.articles;
      expect(link.spanEnd).toBeGreaterThan(link.spanStart);
      expect(link.article.body.slice(link.spanStart, link.spanEnd).length).toBe(link.spanEnd - link.spanStart);
    }
    const april = events.find((e) => e.dateText === "in April")!;
    expect([april.datePrecision, april.startDate?.toISOString().slice(0, 10), april.endDate?.toISOString().slice(0, 10)]).toEqual(["month", "2025-04-01", "2025-04-30"]);
    const kyiv = events.find((e) => e.type === "missile_drone_strike")!;
    expect([kyiv.datePrecision, kyiv.startDate, kyiv.fatalities]).toEqual(["unknown", null, 2]);
    const alaska = events.find((e) => e.dateText === "on August 15")!;
    expect(alaska.actors.map((a) => a.actor.name).sort()).toEqual(["Donald Trump", "Vladimir Putin"]);
  });

  it("seeding again changes nothing: same rows, no duplicates", async () => {
    const before = await counts();
    expect(await seedDemo(db.prisma, demo)).toMatchObject({ seeded: false });
    expect(await counts()).toEqual(before);
  });

  it("never writes into a database that already holds data", async () => {
    const other = await createTestDatabase();
    try {
      await other.prisma.actor.create({ data: { slug: "someone", name: "Someone", kind: "person" } });
      expect(await seedDemo(other.prisma, demo)).toMatchObject({ seeded: false });
      expect(await other.prisma.article.count()).toBe(0);
      expect(await other.prisma.actor.count()).toBe(1);
    } finally {
      await other.drop();
    }
  });

  it("two seeders racing on an empty database load the demo once", async () => {
    const other = await createTestDatabase();
    try {
      const results = await Promise.all([seedDemo(other.prisma, demo), seedDemo(other.prisma, demo)]);
      expect(results.filter((r) => r.seeded)).toHaveLength(1);
      expect(await other.prisma.article.count()).toBe(1);
      expect(await other.prisma.actor.count()).toBe(25);
    } finally {
      await other.drop();
    }
  });
});

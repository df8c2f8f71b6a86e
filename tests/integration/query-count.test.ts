// Each reader page issues a fixed, small number of SQL statements whatever the number of rows it
// shows: the page's data calls are run with 1 row and with many, on a pg client whose queries are
// counted, and must cost the same.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorKindCounts, actorPanels, actorStatements, getActor, listActors } from "@/lib/actors/queries";
import { parseActorFilters } from "@/lib/actors/filters";
import { getArticle, getHomeSummary } from "@/lib/articles/queries";
import { seedDemo } from "@/lib/demo/seed";
import { insertSynthetic } from "@/lib/demo/synthetic";
import { parseTimelineFilters } from "@/lib/events/filters";
import { getEventCounts, getTimeline, getTimelineActors } from "@/lib/events/queries";
import { getEventPage } from "@/lib/events/detail";
import { dashboardWindow, eventsPerDay, latestEvents, mostActiveActors, mostActivePlaces, newestArticles, totals } from "@/lib/dashboard/queries";
import { searchEverything } from "@/lib/search/queries";
import { parseStatementFilters } from "@/lib/statements/filters";
import { listStatements, statementFilterOptions } from "@/lib/statements/queries";
import { createTestDatabase, type TestDatabase } from "../support/database";

let db: TestDatabase;
let counted = 0;
const originalQuery = pg.Client.prototype.query;

/** The SQL statements `run` sends to the test database. */
async function statementsOf(run: () => Promise<unknown>): Promise<number> {
  counted = 0;
  await run();
  return counted;
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma);
  await insertSynthetic(db.prisma, { events: 300, seed: 7 });
  const name = db.name;
  pg.Client.prototype.query = function (this: pg.Client & { connectionParameters?: { database?: string } }, ...args: unknown[]) {
    if (this.connectionParameters?.database === name) counted++;
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
}, 240_000);
afterAll(async () => {
  pg.Client.prototype.query = originalQuery;
  await db.drop();
});

type Page = (rows: number) => Promise<unknown>;

/** The same page with 1 row and with `many`: equal statement counts, at most `max`. */
async function expectFixed(page: Page, many: number, max: number) {
  await page(1); // connections opened, nothing else
  const one = await statementsOf(() => page(1));
  const lots = await statementsOf(() => page(many));
  expect({ one, lots }).toEqual({ one: lots, lots });
  expect(lots).toBeGreaterThan(0);
  expect(lots).toBeLessThanOrEqual(max);
  return lots;
}

describe("SQL statements per reader page", () => {
  it("home: totals and the latest articles", async () => {
    expect(await statementsOf(() => getHomeSummary(db.prisma))).toBeLessThanOrEqual(4);
  });

  it("timeline: list, chart and actor filter, unfiltered and for one actor", async () => {
    const busiest = await db.prisma.actorStat.findFirstOrThrow({ orderBy: { events: "desc" }, include: { actor: true } });
    for (const params of [{}, { actor: busiest.actor.slug }, { type: ["missile_drone_strike", "ground_battle"], from: "2024-03-01" }]) {
      const filters = parseTimelineFilters(params);
      const page: Page = (take) => Promise.all([getTimeline(filters, { take, db: db.prisma }), getEventCounts(filters, { db: db.prisma }), getTimelineActors({ db: db.prisma, include: filters.actor })]);
      await expectFixed(page, 50, 3);
    }
  });

  it("statements: list, total and filter options, unfiltered and by speaker", async () => {
    const busiest = await db.prisma.actorStat.findFirstOrThrow({ orderBy: { statements: "desc" }, include: { actor: true } });
    for (const params of [{}, { speaker: busiest.actor.slug }, { q: "talks" }]) {
      const filters = parseStatementFilters(params);
      const page: Page = (take) => Promise.all([listStatements(filters, { take }, db.prisma), statementFilterOptions(db.prisma, { include: filters.speaker })]);
      await expectFixed(page, 20, 8);
    }
  });

  it("actors directory, by name and by activity (cards and table read the same rows)", async () => {
    for (const sort of ["name", "activity"]) {
      const filters = parseActorFilters({ sort, view: "table" });
      // Ids in order, the total, the rows (one statement: relations joined) and their last active days; the kinds.
      await expectFixed((take) => Promise.all([listActors(filters, { take }, db.prisma), actorKindCounts(db.prisma)]), 30, 5);
    }
  });

  it("actor profile: one read of the actor, one of its panels, then its statements", async () => {
    const busiest = await db.prisma.actorStat.findFirstOrThrow({ orderBy: { statements: "desc" }, include: { actor: true } });
    const slug = busiest.actor.slug;
    const page: Page = async (take) => {
      // The layout's read of a visible actor, shared with the page (React cache): no lookup of its own.
      const actor = (await getActor(slug, db.prisma))!;
      await Promise.all([actorPanels(actor.ids, db.prisma), actorStatements(actor, undefined, take, db.prisma)]);
    };
    expect(await expectFixed(page, 20, 4)).toBe(4);
  });

  it("article: the same statements whatever the number of statements and events", async () => {
    const byStatements = await db.prisma.$queryRaw<{ slug: string; n: number }[]>`
      SELECT a.slug, (SELECT count(*) FROM "Statement" s WHERE s."articleId" = a.id)::int AS n
      FROM "Article" a WHERE a.status = 'published' ORDER BY n, a.slug`;
    const [few, most] = [byStatements[0], byStatements.at(-1)!];
    expect(few.n).toBeLessThan(most.n);
    const one = await statementsOf(() => getArticle(few.slug, db.prisma));
    const lots = await statementsOf(() => getArticle(most.slug, db.prisma));
    expect(one).toBe(lots);
    expect(lots).toBe(1);
  });

  it("home dashboard: every panel, each a fixed number of statements", async () => {
    const run = async () => {
      const window = (await dashboardWindow(db.prisma))!;
      await Promise.all([
        totals(db.prisma), eventsPerDay(window, db.prisma), latestEvents(window, 8, db.prisma), mostActiveActors(window, 8, db.prisma),
        mostActivePlaces(window, 8, db.prisma), newestArticles(6, db.prisma), listStatements(parseStatementFilters({ direct: "true" }), { take: 5 }, db.prisma),
      ]);
    };
    await run();
    expect(await statementsOf(run)).toBeLessThanOrEqual(17);
  });

  it("event page: the same statements for an event with one source and one with several", async () => {
    const bySources = await db.prisma.$queryRaw<{ id: string; n: number }[]>`
      SELECT e.id, (SELECT count(*) FROM "EventArticle" x WHERE x."eventId" = e.id)::int AS n
      FROM "Event" e WHERE e.visible AND EXISTS (SELECT 1 FROM "EventActor" a WHERE a."eventId" = e.id) AND e."linked" ORDER BY n, e.id`;
    const [few, most] = [bySources[0], bySources.at(-1)!];
    expect(few.n).toBeLessThan(most.n);
    await getEventPage(few.id, db.prisma);
    const one = await statementsOf(() => getEventPage(few.id, db.prisma));
    const lots = await statementsOf(() => getEventPage(most.id, db.prisma));
    expect(one).toBe(lots);
    // The event with its actors and sources (6), its statements with their relations (7), related events (1).
    expect(lots).toBeLessThanOrEqual(14);
  });

  it("search: each kind limited, matches joined in SQL", async () => {
    await expectFixed((take) => searchEverything("russia", { take }, db.prisma), 20, 10);
  });
});

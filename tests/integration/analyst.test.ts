// The analyst views' data functions against a real PostgreSQL: the event page, the dashboard's
// panels (read from the rollups, agreeing with the lists they link to), actor activity with
// coarse dates, and statements sorted either way.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorActivity, getActor } from "@/lib/actors/queries";
import { dashboardWindow, eventsPerDay, latestEvents, latestQuotes, mostActiveActors, mostActivePlaces, newestArticles, totals } from "@/lib/dashboard/queries";
import { getEventPage, RELATED_WINDOW_DAYS } from "@/lib/events/detail";
import { parseTimelineFilters } from "@/lib/events/filters";
import { countTimeline, getTimeline } from "@/lib/events/queries";
import { parseStatementFilters } from "@/lib/statements/filters";
import { listStatements } from "@/lib/statements/queries";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { DEMO_SLUG, seedReaderFixtures } from "./reader-fixtures";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedReaderFixtures(db);
}, 120_000);
afterAll(async () => db?.drop());

const count = (params: Record<string, string | string[]>) => countTimeline(parseTimelineFilters(params), { db: db.prisma });
const dayDiff = (a: string, b: string) => Math.round((Date.parse(a) - Date.parse(b)) / 86_400_000);

describe("event page", () => {
  it("shows an event with its actors, every reporting article and the sentence it comes from, and related events", async () => {
    const { items } = await getTimeline(parseTimelineFilters({}), { take: 50, db: db.prisma });
    const withActors = items.find((e) => e.actors.length > 0 && e.sources.length > 0)!;
    const page = (await getEventPage(withActors.id, db.prisma))!;
    expect(page).toMatchObject({ id: withActors.id, title: withActors.title, dateLabel: withActors.dateLabel, place: withActors.place });
    expect(page.actors.map((a) => a.slug).sort()).toEqual(withActors.actors.map((a) => a.slug).sort());
    expect(page.sources.map((s) => s.slug)).toEqual(withActors.sources.map((s) => s.slug));
    for (const [i, source] of page.sources.entries()) {
      // The sentence contains the words the event was read from.
      expect(source.sentence).toContain(withActors.sources[i].excerpt);
      expect(source.publication).toBeTruthy();
    }
    const ids = new Set(page.actors.map((a) => a.slug));
    for (const related of page.related) {
      const other = (await getEventPage(related.id, db.prisma))!;
      expect(other.actors.filter((a) => ids.has(a.slug)).length).toBe(related.shared);
      const start = other.startDate ?? (await getTimeline(parseTimelineFilters({}), { take: 50, db: db.prisma })).items.find((e) => e.id === other.id)!.placedOn!;
      expect(dayDiff(start, withActors.placedOn!)).toBeGreaterThanOrEqual(-RELATED_WINDOW_DAYS);
      expect(related.id).not.toBe(page.id);
    }
  });

  it("lists the statements made beside the event in its article", async () => {
    const article = await db.prisma.article.findUniqueOrThrow({ where: { slug: DEMO_SLUG }, include: { events: true } });
    const pages = await Promise.all(article.events.map((e) => getEventPage(e.eventId, db.prisma)));
    const said = pages.flatMap((p) => p?.statements ?? []);
    expect(said.length).toBeGreaterThan(0);
    expect(said.every((s) => s.article.slug === DEMO_SLUG)).toBe(true);
  });

  it("answers null for an unknown or malformed id, a deleted event and one reported only in a draft", async () => {
    expect(await getEventPage("nope", db.prisma)).toBeNull();
    expect(await getEventPage("../etc/passwd", db.prisma)).toBeNull();
    const draft = await db.prisma.article.create({
      data: { slug: "draft-only", title: "Draft", body: "A drone hit a depot.", publishedOn: new Date("2025-09-01T00:00:00Z"), status: "draft" },
    });
    const hidden = await db.prisma.event.create({
      data: { title: "Depot hit", type: "missile_drone_strike", articles: { create: { articleId: draft.id, spanStart: 0, spanEnd: 20 } } },
    });
    expect(await getEventPage(hidden.id, db.prisma)).toBeNull();
    const deleted = await db.prisma.event.create({ data: { title: "Gone", type: "other", deletedAt: new Date() } });
    expect(await getEventPage(deleted.id, db.prisma)).toBeNull();
  });
});

describe("home dashboard", () => {
  it("covers the two weeks up to the newest day with events, and each day's bar agrees with the timeline it links to", async () => {
    const window = (await dashboardWindow(db.prisma))!;
    expect(dayDiff(window.to, window.from)).toBe(13);
    const newest = (await getTimeline(parseTimelineFilters({}), { take: 1, db: db.prisma })).items[0];
    expect(window.to).toBe(newest.placedOn);
    const data = await eventsPerDay(window, db.prisma);
    expect(data.days).toHaveLength(14);
    expect(data.dayPrecise + data.lessPrecise).toBe(await count({ from: window.from, to: window.to }));
    for (const day of data.days) {
      expect(day.total + day.spread, day.day).toBe(await count({ from: day.day, to: day.day }));
      expect(day.href).toBe(`/timeline?from=${day.day}&to=${day.day}`);
    }
  });

  it("ranks actors and places by what the linked lists show", async () => {
    const window = (await dashboardWindow(db.prisma))!;
    const actors = await mostActiveActors(window, 8, db.prisma);
    expect(actors.length).toBeGreaterThan(0);
    for (const a of actors) expect(a.events, a.slug).toBe(await count({ actor: a.slug, from: window.from, to: window.to }));
    const activity = actors.map((a) => a.events + a.statements);
    expect(activity).toEqual([...activity].sort((x, y) => y - x));
    const places = await mostActivePlaces(window, 8, db.prisma);
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) expect(await count({ place: p.place, from: window.from, to: window.to })).toBeGreaterThanOrEqual(p.events);
  });

  it("ranks the most active actors exactly: events as the timeline counts them, statements by day, ties by name, hidden actors left out", async () => {
    const window = (await dashboardWindow(db.prisma))!;
    const range = { from: window.from, to: window.to };
    // Every visible actor's activity from the rows themselves (not the rollups), ranked as the panel promises:
    // events overlapping the window, as the timeline counts them; visible statements on a day of the window
    // (the day each counts on: said, else published).
    const actors = await db.prisma.actor.findMany({ where: { deletedAt: null, mergedIntoId: null }, select: { id: true, slug: true, name: true } });
    const expected: { slug: string; name: string; events: number; statements: number }[] = [];
    for (const a of actors) {
      const events = await count({ actor: a.slug, ...range });
      const statements = await db.prisma.statement.count({
        where: { speakerId: a.id, visible: true, day: { gte: new Date(`${window.from}T00:00:00Z`), lte: new Date(`${window.to}T00:00:00Z`) } },
      });
      if (events + statements > 0) expected.push({ slug: a.slug, name: a.name, events, statements });
    }
    const rank = (list: typeof expected) => [...list].sort((x, y) => y.events + y.statements - (x.events + x.statements) || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    expect(expected.length).toBeGreaterThan(3);
    for (const take of [1, 3, 8, 100]) expect(await mostActiveActors(window, take, db.prisma)).toEqual(rank(expected).slice(0, take));

    // A tie at the cut: an actor with exactly the third's activity, named to sort first, takes its place.
    const third = rank(expected)[2];
    const rival = await db.prisma.actor.create({ data: { slug: "aaa-rival", name: "AAA Rival", kind: "other" } });
    await db.prisma.actorDay.create({ data: { actorId: rival.id, day: new Date(`${window.to}T00:00:00Z`), statements: third.events + third.statements } });
    try {
      const withRival = rank([...expected, { slug: rival.slug, name: rival.name, events: 0, statements: third.events + third.statements }]);
      expect(await mostActiveActors(window, 3, db.prisma)).toEqual(withRival.slice(0, 3));
      expect((await mostActiveActors(window, 3, db.prisma)).map((a) => a.slug)).toContain("aaa-rival");
      // Deleted, it is no longer shown, though its activity rows remain.
      await db.prisma.actor.update({ where: { id: rival.id }, data: { deletedAt: new Date() } });
      expect(await mostActiveActors(window, 8, db.prisma)).toEqual(rank(expected).slice(0, 8));
    } finally {
      await db.prisma.actorDay.deleteMany({ where: { actorId: rival.id } });
      await db.prisma.actor.delete({ where: { id: rival.id } });
    }
  });

  it("lists the latest events, newest articles and totals from the maintained counters", async () => {
    const window = await dashboardWindow(db.prisma);
    const latest = await latestEvents(window, 5, db.prisma);
    const timeline = (await getTimeline(parseTimelineFilters({ to: window!.to }), { take: 5, db: db.prisma })).items;
    expect(latest.map((e) => e.id)).toEqual(timeline.map((e) => e.id));
    const articles = await newestArticles(6, db.prisma);
    expect(articles.map((a) => a.publishedOn.getTime())).toEqual(articles.map((a) => a.publishedOn.getTime()).sort((a, b) => b - a));
    const t = await totals(db.prisma);
    expect(t.events).toBe(await count({}));
    expect(t.articles).toBe(await db.prisma.article.count({ where: { status: "published", deletedAt: null } }));
  });

  it("quotes the newest direct quotes, as the statement list filtered to quotes shows them", async () => {
    const quotes = await latestQuotes(5, db.prisma);
    const listed = (await listStatements(parseStatementFilters({ direct: "true" }), { take: 5 }, db.prisma)).items;
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => q.direct)).toBe(true);
    expect(quotes.map((q) => q.id)).toEqual(listed.map((s) => s.id));
  });

  it("is empty, not broken, without events", async () => {
    const empty = await createTestDatabase();
    try {
      expect(await dashboardWindow(empty.prisma)).toBeNull();
      expect(await latestEvents(null, 5, empty.prisma)).toEqual([]);
    } finally {
      await empty.drop();
    }
  });
});

describe("truthful actor activity", () => {
  it("includes events and spreads a statement dated only to a year instead of plotting it in January", async () => {
    const actor = (await getActor("andrii-sybiha", db.prisma))!;
    const article = await db.prisma.article.findFirstOrThrow({ where: { status: "published" } });
    const before = await actorActivity(actor.ids, db.prisma);
    await db.prisma.statement.create({
      data: {
        articleId: article.id, speakerId: actor.id, text: "We never give up.", direct: true, saidOn: new Date("2024-01-01T00:00:00Z"), saidPrecision: "year",
        spanStart: 0, spanEnd: 5,
      },
    });
    const after = await actorActivity(actor.ids, db.prisma);
    const january = after.find((p) => p.month === "2024-01")!;
    expect(january.statements).toBe(0);
    expect(after.filter((p) => p.month.startsWith("2024-")).every((p) => p.spread >= 1)).toBe(true);
    expect(after.reduce((s, p) => s + p.statements, 0)).toBe(before.reduce((s, p) => s + p.statements, 0));

    const zelenskiy = (await getActor("volodymyr-zelenskiy", db.prisma))!;
    const activity = await actorActivity(zelenskiy.ids, db.prisma);
    const events = activity.reduce((s, p) => s + p.events, 0);
    expect(events).toBeGreaterThan(0);
    expect(events).toBeLessThanOrEqual(zelenskiy.counts.events);
  });

  it("ends a year-dated statement's band at the month its article was published", async () => {
    const actor = (await getActor("andrii-sybiha", db.prisma))!;
    const article = await db.prisma.article.findFirstOrThrow({ where: { status: "published" } });
    const published = article.publishedOn.toISOString().slice(0, 7);
    const year = published.slice(0, 4);
    const spread = (points: Awaited<ReturnType<typeof actorActivity>>) => new Map(points.map((p) => [p.month, p.spread]));
    const before = spread(await actorActivity(actor.ids, db.prisma));
    await db.prisma.statement.create({
      data: {
        articleId: article.id, speakerId: actor.id, text: "We hold the line.", direct: true, saidOn: new Date(`${year}-01-01T00:00:00Z`), saidPrecision: "year",
        spanStart: 0, spanEnd: 5,
      },
    });
    const after = spread(await actorActivity(actor.ids, db.prisma));
    const added = [...after].filter(([month, n]) => month.startsWith(`${year}-`) && n > (before.get(month) ?? 0)).map(([month]) => month);
    expect(added[0]).toBe(`${year}-01`);
    expect(added.at(-1)).toBe(published);
    expect(added).toHaveLength(Number(published.slice(5)));
  });
});

describe("statements sorted by date either way", () => {
  async function walk(sort: "newest" | "oldest") {
    const seen: { id: string; said: string | null }[] = [];
    let cursor: string | undefined;
    do {
      const page = await listStatements({ ...parseStatementFilters({ sort }), cursor }, { take: 3 }, db.prisma);
      seen.push(...page.items.map((s) => ({ id: s.id, said: s.saidOn ? s.saidOn.toISOString().slice(0, 10) : null })));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return seen;
  }

  it("walks every statement once, oldest first with undated last, as the newest-first walk does in reverse", async () => {
    const newest = await walk("newest");
    const oldest = await walk("oldest");
    expect(new Set(oldest.map((s) => s.id)).size).toBe(oldest.length);
    expect(oldest.map((s) => s.id).sort()).toEqual(newest.map((s) => s.id).sort());
    const dated = oldest.filter((s) => s.said);
    expect(dated.map((s) => s.said)).toEqual(dated.map((s) => s.said).sort());
    const firstUndated = oldest.findIndex((s) => s.said === null);
    if (firstUndated >= 0) expect(oldest.slice(firstUndated).every((s) => s.said === null)).toBe(true);
    expect(newest.filter((s) => s.said).map((s) => s.said)).toEqual(dated.map((s) => s.said).reverse());
  });
});

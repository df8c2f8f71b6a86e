import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo/seed";
import { loadSynthetic } from "@/lib/demo/synthetic";
import { parseTimelineFilters, type TimelineFilters } from "@/lib/events/filters";
import { countTimeline, getEventCounts, getRecentEvents, getTimeline, getTimelineActors, iterateTimeline, type TimelineEvent } from "@/lib/events/queries";
import { getMapData } from "@/lib/places/queries";
import { shapeChart } from "@/lib/events/chart";
import { EVENT_TYPES } from "@/lib/events/codebook";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { createPrismaClient, poolSettings } from "@/lib/db/client";

let db: TestDatabase;
type Params = Record<string, string | string[] | undefined>;
const filters = (params: Params = {}): TimelineFilters => parseTimelineFilters(params);

/** Every matching event, walking the cursor page by page. */
async function all(params: Params = {}, take = 4, target = db) {
  const seen: TimelineEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await getTimeline({ ...filters(params), cursor }, { take, db: target.prisma });
    seen.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return seen;
}
const titles = async (params: Params) => (await all(params)).map((e) => e.title).sort();

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemo(db.prisma);
});
afterAll(async () => db.drop());

describe("timeline over the demo article", () => {
  it("lists all 17 events newest first, undated ones at their reported day", async () => {
    const events = await all();
    expect(events).toHaveLength(17);
    expect(events.map((e) => e.placedOn)).toEqual([...events.map((e) => e.placedOn)].sort().reverse());
    expect(events.slice(0, 3).map((e) => [e.precision, e.placedOn])).toEqual(Array(3).fill(["unknown", "2025-09-07"]));
    expect(events.at(-1)!.title).toBe("Trump takes over as US president");
  });

  it("shows each date at its real precision", async () => {
    const label = async (title: string) => (await all()).find((e) => e.title.startsWith(title))!.dateLabel;
    expect(await label("Putin speaks at the Eastern Economic Forum")).toBe("5 Sep 2025");
    expect(await label("Putin invites Zelenskiy to Moscow")).toBe("week of 1 Sep 2025");
    expect(await label("Zelenskiy counters")).toBe("6–7 Sep 2025");
    expect(await label("Peacekeeper idea abandoned")).toBe("Apr 2025");
    expect(await label("Russia hits Kyiv")).toBe("date unknown, reported 7 Sep 2025");
  });

  it("carries actors with roles and the source sentence sliced from the article", async () => {
    const strike = (await all()).find((e) => e.title.startsWith("Russia hits Kyiv"))!;
    expect(strike.actors).toEqual([
      { slug: "russia", name: "Russia", role: "initiator" },
      { slug: "yuliia-svyrydenko", name: "Yuliia Svyrydenko", role: "target" },
    ]);
    expect(strike.fatalities).toBe(2);
    expect(strike.sources).toHaveLength(1);
    expect(strike.sources[0].slug).toBe("bne-2025-09-07-putin-peacekeepers-legitimate-targets");
    expect(strike.sources[0].excerpt).toMatch(/^Russia hit Kyiv with the biggest missile barrage .* including a baby and her mother\.$/);
  });

  it("filters by actor, by several actors (any of them), type, place, words", async () => {
    expect(await titles({ actor: "vladimir-putin" })).toEqual([
      "Alaska summit (Trump-Putin)",
      "Putin invites Zelenskiy to Moscow; Bankova rejects the offer",
      "Putin speaks at the Eastern Economic Forum, warns peacekeepers would be legitimate targets",
      "Zelenskiy counters with offer for Putin to come to Kyiv",
    ]);
    expect(await all({ actor: ["vladimir-putin", "donald-trump"] })).toHaveLength(8);
    expect(await titles({ type: "energy_infrastructure_attack" })).toEqual([
      "Ukraine bombs the Druzhba oil pipeline for the fourth time in a month",
      "Ukraine strikes over 50 Russian refineries, causing a fuel crisis in Russia",
      "Ukraine strikes the Ryazan oil refinery",
    ]);
    expect(await all({ type: ["energy_infrastructure_attack", "ground_battle"] })).toHaveLength(4);
    expect(await titles({ place: "KYIV" })).toEqual([
      "Russia hits Kyiv with its biggest missile barrage of the war, striking the Prime Minister's office and killing two",
      "Zelenskiy counters with offer for Putin to come to Kyiv",
    ]);
    expect(await all({ place: "100%_" })).toHaveLength(0);
    expect(await titles({ q: "refinery" })).toEqual([
      "Ukraine strikes over 50 Russian refineries, causing a fuel crisis in Russia",
      "Ukraine strikes the Ryazan oil refinery",
    ]);
    expect(await titles({ q: '"oil pipeline" OR Alaska' })).toEqual([
      "Alaska summit (Trump-Putin)",
      "Ukraine bombs the Druzhba oil pipeline for the fourth time in a month",
    ]);
    expect(await all({ actor: "no-such-actor" })).toHaveLength(0);
  });

  it("combines filters", async () => {
    const base = { actor: "ukraine", type: "energy_infrastructure_attack", from: "2025-09-06" };
    expect(await all(base)).toHaveLength(3);
    expect(await titles({ ...base, q: "pipeline" })).toEqual(["Ukraine bombs the Druzhba oil pipeline for the fourth time in a month"]);
    expect(await all({ ...base, place: "ryazan", to: "2025-09-06" })).toHaveLength(1);
    expect(await all({ ...base, type: "ground_battle" })).toHaveLength(0);
  });

  it("matches a date range by overlap: a month overlaps each of its days; undated events by their reported day", async () => {
    expect(await titles({ from: "2025-07-15", to: "2025-07-20" })).toEqual([
      "Hegseth cuts off all military supplies to Ukraine",
      "Trump reverses the cut-off of military supplies",
    ]);
    expect(await titles({ from: "2025-01-31", to: "2025-01-31" })).toEqual(["Trump takes over as US president"]);
    // The week of 1–7 Sep, the weekend of 6–7 Sep and the three undated events reported on 7 Sep.
    expect(await all({ from: "2025-09-07", to: "2025-09-07" })).toHaveLength(8);
    expect(await all({ from: "2025-09-02", to: "2025-09-03" })).toHaveLength(1);
    expect(await all({ from: "2025-09-08" })).toHaveLength(0);
    expect(await all({ to: "2025-03-31" })).toHaveLength(1);
    // A reversed range is swapped, not rejected.
    expect(await all({ from: "2025-07-20", to: "2025-07-15" })).toHaveLength(2);
  });

  it("chart counts add up to the list's total for the same filters", async () => {
    for (const params of <Params[]>[{}, { actor: "vladimir-putin" }, { type: "proposal", from: "2025-09-01" }, { q: "Ukraine" }, { group: "month" }]) {
      const chart = await getEventCounts(filters(params), { db: db.prisma });
      const listed = (await all(params)).length;
      expect(chart.bars.reduce((sum, b) => sum + b.total, 0) + chart.spread + chart.unplaced).toBe(listed);
      expect(chart.total).toBe(listed);
      expect(await countTimeline(filters(params), { db: db.prisma })).toBe(listed);
    }
    const chart = await getEventCounts(filters(), { db: db.prisma });
    expect(chart.interval).toBe("week");
    // The demo's event dated only "2025" is a band over the year's weeks, not a bar in the week of 30 December.
    expect(chart.bars[0]).toMatchObject({ key: "2024-12-30", total: 0, spread: 1, policy: 0 });
    const lastWeek = chart.bars.at(-1)!;
    expect(lastWeek).toMatchObject({ key: "2025-09-01", from: "2025-09-01", to: "2025-09-07", total: 11, military: 6, diplomacy: 4, policy: 1 });
    expect(lastWeek.href).toBe("/timeline?from=2025-09-01&to=2025-09-07");
    expect(chart.bars.every((b, i) => i === 0 || b.key > chart.bars[i - 1].key)).toBe(true);
    const monthly = await getEventCounts(filters({ group: "month", from: "2025-08-10" }), { db: db.prisma });
    expect(monthly.bars.map((b) => [b.key, b.total, b.href])).toEqual([
      ["2025-08-01", 2, "/timeline?from=2025-08-10&to=2025-08-31&group=month"],
      ["2025-09-01", 11, "/timeline?from=2025-09-01&to=2025-09-30&group=month"],
    ]);
  });

  it("malformed filters parse to defaults and still give the first page", async () => {
    const parsed = filters({ from: "2025-02-30", type: "bogus", cursor: "garbage", group: "decade", actor: "<script>", to: "tomorrow" });
    expect(parsed).toEqual({ actor: [], type: [], from: undefined, to: undefined, place: undefined, q: undefined, group: undefined, cursor: "garbage" });
    const page = await getTimeline(parsed, { take: 5, db: db.prisma });
    const first = await getTimeline(filters(), { take: 5, db: db.prisma });
    expect(page.items.map((e) => e.id)).toEqual(first.items.map((e) => e.id));
  });

  it("exports every matching row through the cursor iterator, capped", async () => {
    const batches: number[] = [];
    for await (const batch of iterateTimeline(filters(), { batch: 5, db: db.prisma })) batches.push(batch.length);
    expect(batches).toEqual([5, 5, 5, 2]);
    const capped: number[] = [];
    for await (const batch of iterateTimeline(filters(), { batch: 5, cap: 7, db: db.prisma })) capped.push(batch.length);
    expect(capped).toEqual([5, 2]);
  });
});

describe("timeline pagination and undated events", () => {
  let other: TestDatabase;
  beforeAll(async () => {
    other = await createTestDatabase();
    await seedDemo(other.prisma);
  });
  afterAll(async () => other.drop());

  it("stays stable when events are inserted between pages: nothing skipped or repeated", async () => {
    const before = await all({}, 17, other);
    const page1 = await getTimeline(filters(), { take: 6, db: other.prisma });
    const newer = await other.prisma.event.create({ data: { title: "Newer event", type: "other", startDate: new Date("2025-10-01"), datePrecision: "day" } });
    const older = await other.prisma.event.create({ data: { title: "Older event", type: "other", startDate: new Date("2025-08-02"), datePrecision: "day" } });
    const rest: TimelineEvent[] = [];
    let cursor = page1.nextCursor ?? undefined;
    while (cursor) {
      const page = await getTimeline({ ...filters(), cursor }, { take: 6, db: other.prisma });
      rest.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    }
    const ids = [...page1.items, ...rest].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id !== older.id)).toEqual(before.map((e) => e.id));
    expect(ids).toContain(older.id);
    expect(ids).not.toContain(newer.id);
    await other.prisma.event.deleteMany({ where: { id: { in: [newer.id, older.id] } } });
  });

  it("an event with no date and no article comes last, matches no date range, and is counted apart in the chart", async () => {
    const lost = await other.prisma.event.create({ data: { title: "Unplaced event", type: "casualties", datePrecision: "unknown" } });
    const events = await all({}, 5, other);
    expect(events.at(-1)!.id).toBe(lost.id);
    expect(events.at(-1)!.dateLabel).toBe("date unknown");
    expect((await all({ from: "2000-01-01" }, 5, other)).map((e) => e.id)).not.toContain(lost.id);
    const chart = await getEventCounts(filters(), { db: other.prisma });
    expect(chart).toMatchObject({ total: 18, unplaced: 1 });
    await other.prisma.event.delete({ where: { id: lost.id } });
  });

  it("hides deleted events and events known only from unpublished articles", async () => {
    const draft = await other.prisma.article.create({
      data: { slug: "draft-article", title: "Draft", body: "Something happened in Kharkiv.", publishedOn: new Date("2025-09-10"), status: "draft" },
    });
    const hidden = await other.prisma.event.create({
      data: { title: "From a draft", type: "other", startDate: new Date("2025-09-10"), datePrecision: "day", articles: { create: { articleId: draft.id, spanStart: 0, spanEnd: 30 } } },
    });
    const gone = await other.prisma.event.create({ data: { title: "Deleted", type: "other", startDate: new Date("2025-09-10"), datePrecision: "day", deletedAt: new Date() } });
    const ids = (await all({}, 20, other)).map((e) => e.id);
    expect(ids).not.toContain(hidden.id);
    expect(ids).not.toContain(gone.id);
    await other.prisma.article.update({ where: { id: draft.id }, data: { status: "published" } });
    const shown = (await all({}, 20, other)).find((e) => e.id === hidden.id)!;
    expect(shown.sources.map((s) => s.excerpt)).toEqual(["Something happened in Kharkiv."]);
    await other.prisma.event.deleteMany({ where: { id: { in: [hidden.id, gone.id] } } });
    await other.prisma.article.delete({ where: { id: draft.id } });
  });

  it("cuts a source's excerpt at its UTF-16 offsets, also after an astral character (one code point, two units)", async () => {
    const plain = "Kyiv said the strike hit a power plant.";
    const astral = "Residents posted 🔥 videos. Kyiv said the strike hit a power plant.";
    const cases = [
      { slug: "excerpt-plain", body: plain, start: 0 },
      { slug: "excerpt-astral", body: astral, start: astral.indexOf("Kyiv") },
    ];
    const ids: string[] = [];
    for (const c of cases) {
      const article = await other.prisma.article.create({ data: { slug: c.slug, title: c.slug, body: c.body, publishedOn: new Date("2025-09-11"), status: "published" } });
      const event = await other.prisma.event.create({
        data: { title: c.slug, type: "other", startDate: new Date("2025-09-11"), datePrecision: "day", articles: { create: { articleId: article.id, spanStart: c.start, spanEnd: c.start + plain.length } } },
      });
      ids.push(event.id);
    }
    const shown = (await all({ from: "2025-09-11", to: "2025-09-11" }, 20, other)).filter((e) => ids.includes(e.id));
    expect(shown.map((e) => e.sources[0].excerpt)).toEqual([plain, plain]);
    await other.prisma.event.deleteMany({ where: { id: { in: ids } } });
    await other.prisma.article.deleteMany({ where: { slug: { in: cases.map((c) => c.slug) } } });
  });

  it("the feed lists the newest events by when they were added, with the same filters", async () => {
    const added = await other.prisma.event.create({ data: { title: "Just added strike on Odesa", type: "missile_drone_strike", place: "Odesa", startDate: new Date("2024-05-01"), datePrecision: "day" } });
    const recent = await getRecentEvents(filters(), { take: 3, db: other.prisma });
    expect(recent[0].id).toBe(added.id);
    expect(recent).toHaveLength(3);
    expect((await getRecentEvents(filters({ type: "ground_battle" }), { db: other.prisma })).map((e) => e.title)).toEqual([
      "Battle for Pokrovsk: Azov forces push the Russian army back",
    ]);
    await other.prisma.event.delete({ where: { id: added.id } });
  });
});

describe("timeline at scale (3,000 synthetic events)", () => {
  let big: TestDatabase;
  type Ref = { id: string; type: keyof typeof EVENT_TYPES; place: string | null; actors: string[]; start: string | null; end: string | null };
  let reference: Ref[];
  const EVENTS = 3000;

  beforeAll(async () => {
    big = await createTestDatabase();
    // The COPY path (tests/integration/synthetic-load.test.ts checks it stores what the Prisma path does).
    await loadSynthetic(big.url, { events: EVENTS, seed: 3 });
    // An independent reading of the rules: the event's range, or its article's day when undated.
    const rows = await big.prisma.event.findMany({ include: { actors: { include: { actor: true } }, articles: { include: { article: true } } } });
    const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
    reference = rows.map((e) => {
      const reported = day(e.articles.map((l) => l.article.publishedOn).sort((a, b) => +a - +b)[0] ?? null);
      const dated = e.startDate && e.datePrecision !== "unknown";
      return {
        id: e.id, type: e.type, place: e.place, actors: e.actors.map((a) => a.actor.slug),
        start: dated ? day(e.startDate) : reported, end: dated ? day(e.endDate ?? e.startDate) : reported,
      };
    });
  }, 300_000); // 3,000 events through Prisma took over 120 s on a 2-core machine at load average 30; COPY is faster
  afterAll(async () => big.drop());

  const cases: [string, Params, (e: Ref) => boolean][] = [
    ["no filters", {}, () => true],
    ["one actor", { actor: "vladimir-putin" }, (e) => e.actors.includes("vladimir-putin")],
    ["two actors", { actor: ["kremlin", "nato"] }, (e) => e.actors.includes("kremlin") || e.actors.includes("nato")],
    ["types + range", { type: ["missile_drone_strike", "sanctions"], from: "2024-05-01", to: "2024-08-31" },
      (e) => ["missile_drone_strike", "sanctions"].includes(e.type) && !!e.start && e.start <= "2024-08-31" && e.end! >= "2024-05-01"],
    ["place + actor + from", { place: "kyiv", actor: "armed-forces-of-russia", from: "2025-01-01" },
      (e) => !!e.place?.toLowerCase().includes("kyiv") && e.actors.includes("armed-forces-of-russia") && !!e.end && e.end >= "2025-01-01"],
  ];

  it.each(cases)("%s: every page walked gives exactly the matching rows once, and the chart adds up", async (_, params, matches) => {
    const expected = reference.filter(matches).map((e) => e.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    const listed = await all(params, 250, big);
    const ids = listed.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(expected);
    const keys = listed.map((e) => e.placedOn ?? "");
    expect(keys).toEqual([...keys].sort().reverse());
    const chart = await getEventCounts(filters(params), { db: big.prisma });
    expect(chart.total).toBe(expected.length);
    expect(chart.bars.reduce((s, b) => s + b.total, 0) + chart.spread + chart.unplaced).toBe(expected.length);
    // From the rollups' day counts (cut to weeks within months), the same bars as from each event's own days.
    const days = reference.filter(matches).map((e) => ({ day: e.start, dayEnd: e.end, category: EVENT_TYPES[e.type].category, n: 1 }));
    expect(chart).toEqual(shapeChart(days, filters(params)));
    expect(await getEventCounts(filters({ ...params, group: "month" }), { db: big.prisma })).toEqual(shapeChart(days, filters({ ...params, group: "month" })));
  });

  it("the whole timeline's and one actor's statements are prepared once per connection; the pages list what an unprepared page does", async () => {
    const one = createPrismaClient(big.url, { settings: { ...poolSettings(), FAULTLINE_DB_POOL_MAX: 1 } });
    try {
      for (const params of [{}, { actor: "vladimir-putin" }]) {
        const first = await getTimeline(filters(params), { db: one });
        const next = await getTimeline({ ...filters(params), cursor: first.nextCursor! }, { db: one });
        // take 24 is not a prepared shape: the same order from the plain statement.
        const plain = await all(params, 24, big);
        expect([...first.items, ...next.items].map((e) => e.id)).toEqual(plain.slice(0, 50).map((e) => e.id));
        // Their charts are checked above ("no filters", "one actor"), the map in places.test.ts.
        await getEventCounts(filters(params), { db: one });
        await getMapData(filters(params), { db: one });
        await getTimelineActors({ include: filters(params).actor, db: one });
      }
      const prepared = await one.$queryRaw<{ name: string }[]>`SELECT name FROM pg_prepared_statements WHERE name LIKE 'faultline\_%'`;
      expect(prepared).toHaveLength(10); // two shapes: their pages (first and after a cursor), chart, map and actor list
    } finally {
      await one.$disconnect();
    }
  });

  it("words search uses the full-text index", async () => {
    const refinery = await all({ q: "refinery" }, 250, big);
    expect(refinery.length).toBeGreaterThan(10);
    expect(refinery.every((e) => /refiner/i.test(`${e.title} ${e.place}`))).toBe(true);
    expect(await countTimeline(filters({ q: "refinery -Ryazan" }), { db: big.prisma })).toBe(refinery.filter((e) => !/ryazan/i.test(`${e.title} ${e.place}`)).length);
  });

  it("charts two years by month and one quarter by week", async () => {
    expect((await getEventCounts(filters(), { db: big.prisma })).interval).toBe("month");
    expect((await getEventCounts(filters({ from: "2024-04-01", to: "2024-06-30" }), { db: big.prisma })).interval).toBe("week");
  });
});

// The counters and rollups readers see (ReaderStat, ActorStat, ActorDay, EventDay, ActorEventDay, the
// chart's EventWeek / ActorEventWeek, the profile's ActorMonth, the map's EventPlace / ActorPlace and
// the derived columns behind them) stay exactly equal to a full recount from the base tables after
// every kind of editorial write. The recount below uses the original rules, written independently of
// the triggers (no derived column is read).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo/seed";
import { mergeActors, restore, softDelete, updateEvent, updateStatement } from "@/lib/editor/corrections";
import { publishArticle } from "@/lib/editor/publish";
import type { TestDatabase } from "../support/database";
import { createUsers, useAppDatabase } from "../support/app-database";

let db: TestDatabase;
let users: Awaited<ReturnType<typeof createUsers>>;

const LIVE_ARTICLE = `a.status = 'published' AND a."deletedAt" IS NULL`;
const VISIBLE_STATEMENT = `s."deletedAt" IS NULL AND EXISTS (SELECT 1 FROM "Article" a WHERE a.id = s."articleId" AND ${LIVE_ARTICLE})
  AND EXISTS (SELECT 1 FROM "Actor" sp WHERE sp.id = s."speakerId" AND sp."deletedAt" IS NULL)`;
// Placement as the timeline computed it per request before it was stored on the event.
const PLACED = `WITH r AS (
    SELECT e.id, e.type, e."deletedAt", e."mergedIntoId", e."startDate", e."endDate", e."datePrecision",
      (SELECT min(a."publishedOn") FROM "EventArticle" ea JOIN "Article" a ON a.id = ea."articleId" WHERE ea."eventId" = e.id AND ${LIVE_ARTICLE}) AS reported,
      EXISTS (SELECT 1 FROM "EventArticle" ea WHERE ea."eventId" = e.id) AS linked
    FROM "Event" e),
  p AS (
    SELECT r.*, (r."deletedAt" IS NULL AND r."mergedIntoId" IS NULL AND (r.reported IS NOT NULL OR NOT r.linked)) AS public,
      CASE WHEN r."startDate" IS NOT NULL AND r."datePrecision" <> 'unknown' THEN r."startDate" ELSE r.reported END AS placed,
      CASE WHEN r."startDate" IS NOT NULL AND r."datePrecision" <> 'unknown' THEN COALESCE(r."endDate", CASE r."datePrecision"
        WHEN 'week' THEN r."startDate" + 6
        WHEN 'month' THEN (date_trunc('month', r."startDate"::timestamp) + interval '1 month - 1 day')::date
        WHEN 'quarter' THEN (date_trunc('quarter', r."startDate"::timestamp) + interval '3 months - 1 day')::date
        WHEN 'year' THEN (date_trunc('year', r."startDate"::timestamp) + interval '1 year - 1 day')::date
        ELSE r."startDate" END) ELSE r.reported END AS placed_end
    FROM r)`;

const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();

async function rows<T>(sql: string): Promise<T[]> {
  return db.prisma.$queryRawUnsafe<T[]>(sql);
}

/** Every maintained number against its recount. */
async function expectExact() {
  const expectedTotals = await rows(`${PLACED}
    SELECT 'articles' AS key, count(*)::int AS n FROM "Article" a WHERE ${LIVE_ARTICLE}
    UNION ALL SELECT 'actors', count(*)::int FROM "Actor" WHERE "deletedAt" IS NULL AND "mergedIntoId" IS NULL
    UNION ALL SELECT 'actors:' || kind, count(*)::int FROM "Actor" WHERE "deletedAt" IS NULL AND "mergedIntoId" IS NULL GROUP BY kind
    UNION ALL SELECT 'statements', count(*)::int FROM "Statement" s WHERE ${VISIBLE_STATEMENT}
    UNION ALL SELECT 'events', count(*)::int FROM p WHERE public`);
  const totals = await rows(`SELECT key, n FROM "ReaderStat" WHERE n <> 0`);
  expect(sorted(totals)).toEqual(sorted((expectedTotals as { n: number }[]).filter((r) => r.n !== 0)));

  const expectedActors = await rows(`
    SELECT actor, sum(st)::int AS statements, sum(ev)::int AS events, sum(me)::int AS mentions, sum(ar)::int AS articles FROM (
      SELECT s."speakerId" AS actor, 1 AS st, 0 AS ev, 0 AS me, 0 AS ar FROM "Statement" s WHERE ${VISIBLE_STATEMENT}
      UNION ALL SELECT m."actorId", 0, 0, m.count, 1 FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId" WHERE ${LIVE_ARTICLE}
      UNION ALL SELECT ea."actorId", 0, 1, 0, 0 FROM "EventActor" ea WHERE ea."eventId" IN (${PLACED} SELECT id FROM p WHERE public)
    ) x GROUP BY actor`);
  const actors = await rows(`SELECT "actorId" AS actor, statements, events, mentions, articles FROM "ActorStat"
    WHERE statements <> 0 OR events <> 0 OR mentions <> 0 OR articles <> 0`);
  expect(sorted(actors)).toEqual(sorted(expectedActors));

  // The directory's and statement list's sort keys: every actor has a row; activity = statements +
  // events; last active = the newest day said (else published) or placed event start, 0001-01-01 if none.
  const expectedKeys = await rows(`${PLACED},
    st AS (SELECT s."speakerId" AS actor, count(*)::int AS n, max(COALESCE(s."saidOn", a."publishedOn")) AS last
           FROM "Statement" s JOIN "Article" a ON a.id = s."articleId" WHERE ${VISIBLE_STATEMENT} GROUP BY 1),
    ev AS (SELECT ea."actorId" AS actor, count(*)::int AS n, max(p.placed) AS last FROM p JOIN "EventActor" ea ON ea."eventId" = p.id WHERE public GROUP BY 1)
    SELECT x.id AS actor, COALESCE(st.n, 0) + COALESCE(ev.n, 0) AS activity,
           to_char(greatest(COALESCE(st.last, DATE '0001-01-01'), COALESCE(ev.last, DATE '0001-01-01')), 'YYYY-MM-DD') AS last
    FROM "Actor" x LEFT JOIN st ON st.actor = x.id LEFT JOIN ev ON ev.actor = x.id`);
  const keys = await rows(`SELECT "actorId" AS actor, activity, to_char("lastActive", 'YYYY-MM-DD') AS last FROM "ActorStat"`);
  expect(sorted(keys)).toEqual(sorted(expectedKeys));

  const expectedDays = await rows(`
    SELECT actor, to_char(day, 'YYYY-MM-DD') AS day, sum(st)::int AS statements, sum(me)::int AS mentions, sum(ar)::int AS articles FROM (
      SELECT s."speakerId" AS actor, COALESCE(s."saidOn", a."publishedOn") AS day, 1 AS st, 0 AS me, 0 AS ar
        FROM "Statement" s JOIN "Article" a ON a.id = s."articleId" WHERE ${VISIBLE_STATEMENT}
      UNION ALL SELECT m."actorId", a."publishedOn", 0, m.count, 1 FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId" WHERE ${LIVE_ARTICLE}
    ) x GROUP BY 1, 2`);
  const days = await rows(`SELECT "actorId" AS actor, to_char(day, 'YYYY-MM-DD') AS day, statements, mentions, articles FROM "ActorDay"
    WHERE statements <> 0 OR mentions <> 0 OR articles <> 0`);
  expect(sorted(days)).toEqual(sorted(expectedDays));

  const placedKey = `to_char(COALESCE(p.placed, DATE '0001-01-01'), 'YYYY-MM-DD') AS day, to_char(COALESCE(p.placed_end, DATE '0001-01-01'), 'YYYY-MM-DD') AS day_end, p.type::text AS type`;
  const expectedEventDays = await rows(`${PLACED} SELECT ${placedKey}, count(*)::int AS n FROM p WHERE public GROUP BY 1, 2, 3`);
  const eventDays = await rows(`SELECT to_char(day, 'YYYY-MM-DD') AS day, to_char("dayEnd", 'YYYY-MM-DD') AS day_end, type::text AS type, n FROM "EventDay" WHERE n <> 0`);
  expect(sorted(eventDays)).toEqual(sorted(expectedEventDays));

  const expectedActorEventDays = await rows(`${PLACED} SELECT ea."actorId" AS actor, ${placedKey}, count(*)::int AS n
    FROM p JOIN "EventActor" ea ON ea."eventId" = p.id WHERE public GROUP BY 1, 2, 3, 4`);
  const actorEventDays = await rows(`SELECT "actorId" AS actor, to_char(day, 'YYYY-MM-DD') AS day, to_char("dayEnd", 'YYYY-MM-DD') AS day_end, type::text AS type, n
    FROM "ActorEventDay" WHERE n <> 0`);
  expect(sorted(actorEventDays)).toEqual(sorted(expectedActorEventDays));

  // The chart's bar-cut rollups: each day moved to the first day it shares with its week and its month,
  // each last day to the last one (unplaced events stay at 0001-01-01).
  const cut = (day: string, end: boolean) =>
    `to_char(CASE WHEN ${day} IS NULL THEN DATE '0001-01-01' ELSE ${end
      ? `least(date_trunc('week', ${day}::timestamp) + interval '6 days', date_trunc('month', ${day}::timestamp) + interval '1 month' - interval '1 day')`
      : `greatest(date_trunc('week', ${day}::timestamp), date_trunc('month', ${day}::timestamp))`} END, 'YYYY-MM-DD')`;
  const weekKey = `${cut("p.placed", false)} AS day, ${cut("p.placed_end", true)} AS day_end, p.type::text AS type`;
  const weekRows = (table: string, actor = "") =>
    rows(`SELECT ${actor}to_char(day, 'YYYY-MM-DD') AS day, to_char("dayEnd", 'YYYY-MM-DD') AS day_end, type::text AS type, n FROM "${table}" WHERE n <> 0`);
  const expectedWeeks = await rows(`${PLACED} SELECT ${weekKey}, count(*)::int AS n FROM p WHERE public GROUP BY 1, 2, 3`);
  expect(sorted(await weekRows("EventWeek"))).toEqual(sorted(expectedWeeks));
  const expectedActorWeeks = await rows(`${PLACED} SELECT ea."actorId" AS actor, ${weekKey}, count(*)::int AS n
    FROM p JOIN "EventActor" ea ON ea."eventId" = p.id WHERE public GROUP BY 1, 2, 3, 4`);
  expect(sorted(await weekRows("ActorEventWeek", `"actorId" AS actor, `))).toEqual(sorted(expectedActorWeeks));

  // A profile's months: statements (day said, else published) and mentions per month, placed events by
  // the months their range starts and ends in (unplaced events have no month), and statements dated only to a
  // quarter or a year by the months of their period's start and of its end or their article's day, if earlier.
  const month = (day: string) => `to_char(date_trunc('month', ${day}::timestamp), 'YYYY-MM-DD')`;
  const periodEnd = `(date_trunc(s."saidPrecision"::text, s."saidOn"::timestamp) + CASE s."saidPrecision" WHEN 'quarter' THEN interval '3 months' ELSE interval '1 year' END - interval '1 day')::date`;
  const expectedMonths = await rows(`${PLACED}
    SELECT actor, month, month_end, sum(st)::int AS statements, sum(me)::int AS mentions, sum(ev)::int AS events, sum(co)::int AS coarse FROM (
      SELECT s."speakerId" AS actor, ${month(`COALESCE(s."saidOn", a."publishedOn")`)} AS month, ${month(`COALESCE(s."saidOn", a."publishedOn")`)} AS month_end,
             1 AS st, 0 AS me, 0 AS ev, 0 AS co
        FROM "Statement" s JOIN "Article" a ON a.id = s."articleId" WHERE ${VISIBLE_STATEMENT}
      UNION ALL SELECT s."speakerId", ${month(`s."saidOn"`)}, ${month(`GREATEST(s."saidOn", LEAST(a."publishedOn", ${periodEnd}))`)}, 0, 0, 0, 1
        FROM "Statement" s JOIN "Article" a ON a.id = s."articleId"
        WHERE ${VISIBLE_STATEMENT} AND s."saidPrecision" IN ('quarter', 'year') AND s."saidOn" IS NOT NULL
      UNION ALL SELECT m."actorId", ${month(`a."publishedOn"`)}, ${month(`a."publishedOn"`)}, 0, m.count, 0, 0
        FROM "ActorMention" m JOIN "Article" a ON a.id = m."articleId" WHERE ${LIVE_ARTICLE}
      UNION ALL SELECT ea."actorId", ${month("p.placed")}, ${month("p.placed_end")}, 0, 0, 1, 0
        FROM p JOIN "EventActor" ea ON ea."eventId" = p.id WHERE public AND p.placed IS NOT NULL
    ) x GROUP BY 1, 2, 3 HAVING sum(st) <> 0 OR sum(me) <> 0 OR sum(ev) <> 0 OR sum(co) <> 0`);
  const months = await rows(`SELECT "actorId" AS actor, to_char(month, 'YYYY-MM-DD') AS month, to_char("monthEnd", 'YYYY-MM-DD') AS month_end,
    statements, mentions, events, "coarseStatements" AS coarse FROM "ActorMonth"
    WHERE statements <> 0 OR mentions <> 0 OR events <> 0 OR "coarseStatements" <> 0`);
  expect(sorted(months)).toEqual(sorted(expectedMonths));

  // The map's rollups: events per place ("" for none) and type, overall and per actor.
  const expectedPlaces = await rows(`${PLACED} SELECT COALESCE(e."placeId", '') AS place, p.type::text AS type, count(*)::int AS n
    FROM p JOIN "Event" e ON e.id = p.id WHERE public GROUP BY 1, 2`);
  expect(sorted(await rows(`SELECT "placeId" AS place, type::text AS type, n FROM "EventPlace" WHERE n <> 0`))).toEqual(sorted(expectedPlaces));
  const expectedActorPlaces = await rows(`${PLACED} SELECT ea."actorId" AS actor, COALESCE(e."placeId", '') AS place, p.type::text AS type, count(*)::int AS n
    FROM p JOIN "Event" e ON e.id = p.id JOIN "EventActor" ea ON ea."eventId" = p.id WHERE public GROUP BY 1, 2, 3`);
  expect(sorted(await rows(`SELECT "actorId" AS actor, "placeId" AS place, type::text AS type, n FROM "ActorPlace" WHERE n <> 0`))).toEqual(sorted(expectedActorPlaces));

  // The activity band's last day on each quarter- or year-dated statement: its period's end, or its article's
  // publication day if earlier (never before the period's start); nothing on other statements.
  const misdated = await rows(`SELECT s.id FROM "Statement" s JOIN "Article" a ON a.id = s."articleId"
    WHERE s."latestSaidOn" IS DISTINCT FROM CASE WHEN s."saidOn" IS NOT NULL AND s."saidPrecision" IN ('quarter', 'year') THEN
      greatest(s."saidOn", least(a."publishedOn", (CASE s."saidPrecision" WHEN 'quarter' THEN date_trunc('quarter', s."saidOn"::timestamp) + interval '3 months'
        ELSE date_trunc('year', s."saidOn"::timestamp) + interval '1 year' END - interval '1 day')::date)) END`);
  expect(misdated).toEqual([]);

  // The timeline's sort keys on the event rows match the recomputed placement, event by event.
  const misplaced = await rows(`${PLACED} SELECT p.id FROM p JOIN "Event" e ON e.id = p.id
    WHERE e."placedOn" IS DISTINCT FROM p.placed OR e."placedEnd" IS DISTINCT FROM p.placed_end OR e.visible <> p.public`);
  expect(misplaced).toEqual([]);
}

const BODY =
  "Ukrainian Foreign Minister Andrii Sybiha said on Monday that Kyiv would not accept a frozen conflict. " +
  "“We will not trade territory for a pause,” Sybiha told reporters in Kyiv.\n\nRussian President Vladimir Putin replied that Moscow was ready for talks.";

function publishInput(putinId: string) {
  const quote = "We will not trade territory for a pause";
  const start = BODY.indexOf(quote);
  return {
    article: { sourceUrl: "https://example.com/stats-test", title: "Sybiha rules out a frozen conflict", authors: ["Jane Doe"], publication: "Kyiv Test Daily", publishedOn: "2025-09-09", body: BODY },
    review: {
      actors: [
        { key: "a1", decision: "new", name: "Andrii Sybiha Test", kind: "person", aliases: ["Sybiha"] },
        { key: "a2", decision: "existing", actorId: putinId, name: "Vladimir Putin", kind: "person", aliases: ["Putin"] },
      ],
      statements: [
        { accepted: true, speakerKey: "a1", text: quote, direct: true, saidOn: "2025-09-08", saidPrecision: "day", part: "body", start, end: start + quote.length },
        { accepted: true, speakerKey: "a2", text: "Moscow was ready for talks", direct: false, part: "body", start: BODY.indexOf("Moscow"), end: BODY.indexOf("Moscow") + 26 },
      ],
      events: [
        { accepted: true, title: "Sybiha rules out frozen conflict", type: "rejection", date: "2025-09", datePrecision: "month", actors: [{ key: "a1", role: "initiator" }, { key: "a2", role: "target" }], part: "body", start: 0, end: 99 },
        { accepted: true, title: "Undated reply", type: "other", actors: [{ key: "a2", role: "initiator" }], part: "body", start: BODY.indexOf("Russian"), end: BODY.length },
      ],
    },
  };
}

beforeAll(async () => {
  db = await useAppDatabase();
  await seedDemo(db.prisma);
  users = await createUsers(db);
}, 240_000);
afterAll(async () => db.drop());

describe("maintained reader counters", () => {
  it("are exact after seeding", expectExact);

  it("stay exact through publish, corrections, delete, restore and merge", async () => {
    const putin = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "vladimir-putin" } });
    const published = await publishArticle(users.editor, publishInput(putin.id));
    expect(published).toMatchObject({ ok: true });
    if (!published.ok) return;
    await expectExact();

    // A statement moved to another speaker and re-dated; an event re-dated, re-typed and re-cast.
    const s = await db.prisma.statement.findFirstOrThrow({ where: { text: "Moscow was ready for talks" } });
    const zelenskiy = await db.prisma.actor.findUniqueOrThrow({ where: { slug: "volodymyr-zelenskiy" } });
    expect(await updateStatement(users.editor, { id: s.id, version: s.version, speakerId: zelenskiy.id, text: s.text, direct: false, saidOn: "2025-07", saidPrecision: "quarter", verified: true })).toMatchObject({ ok: true });
    // Q3 2025 said in an article of 9 Sep 2025: the band ends on the publication day, not at the quarter's end.
    expect((await db.prisma.statement.findUniqueOrThrow({ where: { id: s.id } })).latestSaidOn).toEqual(new Date("2025-09-09T00:00:00Z"));
    const e = await db.prisma.event.findFirstOrThrow({ where: { title: "Sybiha rules out frozen conflict" } });
    expect(await updateEvent(users.editor, {
      id: e.id, version: e.version, title: e.title, type: "proposal", date: "2025-09-01", datePrecision: "week",
      actors: [{ actorId: zelenskiy.id, role: "initiator" }], verified: true,
    })).toMatchObject({ ok: true });
    await expectExact();

    // The article re-dated moves the band's end with it.
    await db.prisma.article.update({ where: { id: published.id }, data: { publishedOn: new Date("2025-11-20T00:00:00Z") } });
    expect((await db.prisma.statement.findUniqueOrThrow({ where: { id: s.id } })).latestSaidOn).toEqual(new Date("2025-09-30T00:00:00Z"));
    await expectExact();

    // The article deleted hides its statements, mentions and events (the undated one has no other source); restored, they return.
    expect(await softDelete(users.editor, { entity: "article", id: published.id })).toMatchObject({ ok: true });
    await expectExact();
    expect(await restore(users.admin, { entity: "article", id: published.id })).toMatchObject({ ok: true });
    await expectExact();

    // A speaker deleted and restored; an event and a statement deleted.
    expect(await softDelete(users.editor, { entity: "actor", id: putin.id })).toMatchObject({ ok: true });
    await expectExact();
    expect(await restore(users.admin, { entity: "actor", id: putin.id })).toMatchObject({ ok: true });
    expect(await softDelete(users.editor, { entity: "event", id: e.id })).toMatchObject({ ok: true });
    expect(await softDelete(users.editor, { entity: "statement", id: s.id })).toMatchObject({ ok: true });
    await expectExact();

    // Merge: the new actor's statements, events and mentions move to Zelenskiy.
    const sybiha = await db.prisma.actor.findFirstOrThrow({ where: { name: "Andrii Sybiha Test" } });
    expect(await mergeActors(users.editor, { sourceId: sybiha.id, targetId: zelenskiy.id })).toMatchObject({ ok: true });
    await expectExact();
    const stat = await db.prisma.actorStat.findUniqueOrThrow({ where: { actorId: zelenskiy.id } });
    expect(stat.statements).toBeGreaterThan(0);

    // An event moved to another place moves on the map (EventPlace, and ActorPlace through EventActor's copy).
    const placed = await db.prisma.event.findFirstOrThrow({ where: { visible: true, place: { not: null }, actors: { some: {} } } });
    await db.prisma.event.update({ where: { id: placed.id }, data: { place: "Zaporizhzhia test district" } });
    await expectExact();
  });

  it("are rebuilt exactly by faultline_rebuild_reader_stats() (what bulk loads call)", async () => {
    await db.prisma.$executeRawUnsafe(`TRUNCATE "EventWeek", "ActorEventWeek", "EventPlace", "ActorPlace", "ActorMonth"`);
    // As a load with triggers off leaves them: EventActor's place copies unset.
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "EventActor" DISABLE TRIGGER USER`);
    await db.prisma.$executeRawUnsafe(`UPDATE "EventActor" SET "placeId" = NULL`);
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "EventActor" ENABLE TRIGGER USER`);
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "Statement" DISABLE TRIGGER USER`);
    await db.prisma.$executeRawUnsafe(`UPDATE "Statement" SET "latestSaidOn" = NULL`);
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "Statement" ENABLE TRIGGER USER`);
    await db.prisma.$executeRawUnsafe(`SELECT faultline_rebuild_reader_stats()`);
    await expectExact();
    const [{ n }] = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM "EventActor" ea JOIN "Event" e ON e.id = ea."eventId" WHERE ea."placeId" IS DISTINCT FROM e."placeId"`);
    expect(n).toBe(0);
  });
});

import { afterAll, beforeAll, expect, it } from "vitest";
import { publishArticle } from "@/lib/editor/publish";
import { STORED_TWICE } from "@/lib/editor/publish-checks";
import { eventDateLocks } from "@/lib/editor/similar-events";
import { lockKeys, type LockKey } from "@/lib/editor/transaction";
import { saveDraft } from "@/lib/editor/drafts";
import type { PublishInput } from "@/lib/editor/schemas";
import type { TestDatabase } from "../support/database";
import { createUsers, tableCounts, useAppDatabase } from "../support/app-database";
import { decidedReview } from "../support/decided-review";
import { until } from "../support/wait";

// Issue 10 §7: parallel publishes sharing a title, a new actor and a new publication all succeed.
let db: TestDatabase;
let users: Awaited<ReturnType<typeof createUsers>>;

const BODY = "Olena Parallel, a spokeswoman, said the grid held overnight. “The lights stayed on,” Parallel said.";
const QUOTE = "The lights stayed on";

function input(n: number, title = "Grid holds overnight"): PublishInput {
  const start = BODY.indexOf(QUOTE);
  return {
    article: { sourceUrl: `https://example.com/parallel/${n}`, title, authors: ["Desk"], publication: "Parallel Gazette", publishedOn: "2025-10-01", body: BODY },
    review: {
      actors: [
        { key: "a1", decision: "new", name: "Olena Parallel", kind: "person", aliases: ["Parallel"] },
        { key: "a2", decision: "new", name: "Parallel Grid Operator", kind: "organization", aliases: [] },
      ],
      statements: [{ accepted: true, speakerKey: "a1", text: QUOTE, direct: true, part: "body", start, end: start + QUOTE.length }],
      events: [],
    },
  };
}

beforeAll(async () => {
  db = await useAppDatabase();
  users = await createUsers(db);
});
afterAll(async () => db.drop());

it("20 parallel publishes with one title, two new actors and a new publication all succeed, with distinct slugs, creating each name once", async () => {
  const started = Date.now();
  // Half of them list the new actors in the other order: the locks must not make them wait on each other.
  const inputs = Array.from({ length: 20 }, (_, n) => {
    const x = input(n);
    if (n % 2) x.review.actors.reverse();
    return x;
  });
  const results = await Promise.all(inputs.map((x, n) => publishArticle(n % 2 ? users.editor : users.otherEditor, x)));
  console.log(`20 parallel publishes: ${results.filter((r) => r.ok).length} succeeded in ${Date.now() - started} ms`);
  expect(results.filter((r) => !r.ok)).toEqual([]);
  const slugs = results.map((r) => (r.ok ? r.slug : ""));
  expect(new Set(slugs).size).toBe(20);
  expect(slugs).toContain("2025-10-01-grid-holds-overnight");
  expect(await db.prisma.publication.count({ where: { name: "Parallel Gazette" } })).toBe(1);
  expect(await db.prisma.actor.count({ where: { name: "Olena Parallel" } })).toBe(1);
  expect(await db.prisma.actor.count({ where: { name: "Parallel Grid Operator" } })).toBe(1);
  expect(await db.prisma.article.count({ where: { sourceUrl: { startsWith: "https://example.com/parallel/" } } })).toBe(20);
  expect(await db.prisma.statement.count({ where: { speaker: { name: "Olena Parallel" } } })).toBe(20);
  const created = await db.prisma.auditLog.count({ where: { action: "create", entityType: "actor" } });
  expect(created).toBe(2);
}, 180_000);

it("drafts saved at the same time as publishes of the same title get slugs too", async () => {
  const title = "Draft and publish race";
  const results = await Promise.all(
    Array.from({ length: 8 }, (_, n) => (n % 2 ? saveDraft(users.editor, input(100 + n, title)) : publishArticle(users.otherEditor, input(100 + n, title)))),
  );
  expect(results.filter((r) => !r.ok)).toEqual([]);
  const slugs = await db.prisma.article.findMany({ where: { title }, select: { slug: true } });
  expect(new Set(slugs.map((s) => s.slug)).size).toBe(8);
}, 120_000);

// Two editors publish the same new happening from different articles at the same moment: the stored-duplicate
// check and the writing of the event are atomic (under the event's week locks), so the second is held back.
const STRIKE = "Drones struck the grain port overnight, the regional governor said.";

function strikeArticle(round: number, n: number, date: string, notSameAs?: string[]): PublishInput {
  const place = `Port ${round}`;
  return {
    article: { sourceUrl: `https://example.com/strike/${round}/${n}`, title: `Port hit, report ${round}-${n}`, authors: [], publication: "Parallel Gazette", publishedOn: date, body: STRIKE },
    review: {
      actors: [],
      statements: [],
      events: [{ accepted: true, title: `Drone strike on grain port ${round}`, type: "missile_drone_strike", date, datePrecision: "day", place, actors: [], part: "body", start: 0, end: STRIKE.indexOf(","), notSameAs }],
    },
  };
}

it("two concurrent publishes of one new happening, five rounds: one is published, the other is held back with nothing written", async () => {
  for (let round = 1; round <= 5; round++) {
    const date = `2024-0${round}-10`;
    const before = await tableCounts(db);
    const results = await Promise.all([publishArticle(users.editor, strikeArticle(round, 1, date)), publishArticle(users.otherEditor, strikeArticle(round, 2, date))]);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toEqual([expect.objectContaining({
      ok: false,
      error: expect.stringContaining("may already be in Faultline"),
      fieldErrors: { "review.events.0.mergeInto": STORED_TWICE },
      // Found under the locks: the other editor's event, for the screen to show without asking again.
      similar: { 0: [expect.objectContaining({ title: `Drone strike on grain port ${round}` })] },
    })]);
    const after = await tableCounts(db);
    // Exactly one publish's rows: one article, one event, its link, the audit entry (the refused one left none).
    expect({ Article: after.Article - before.Article, Event: after.Event - before.Event, EventArticle: after.EventArticle - before.EventArticle, AuditLog: after.AuditLog - before.AuditLog })
      .toEqual({ Article: 1, Event: 1, EventArticle: 1, AuditLog: 1 });
  }
}, 120_000);

it("the held-back editor then publishes after saying “Not the same”, or merges into the stored event", async () => {
  const date = "2024-07-10";
  const first = await publishArticle(users.editor, strikeArticle(7, 1, date));
  expect(first.ok).toBe(true);
  const again = await publishArticle(users.otherEditor, strikeArticle(7, 2, date));
  expect(again).toMatchObject({ ok: false, fieldErrors: { "review.events.0.mergeInto": STORED_TWICE } });
  const stored = await db.prisma.event.findFirstOrThrow({ where: { title: "Drone strike on grain port 7" } });
  expect(await publishArticle(users.otherEditor, strikeArticle(7, 2, date, [stored.id]))).toMatchObject({ ok: true });
  const merged = strikeArticle(7, 3, date);
  merged.review.events[0].mergeInto = stored.id;
  expect(await publishArticle(users.otherEditor, merged)).toMatchObject({ ok: true });
  expect(await db.prisma.eventArticle.count({ where: { eventId: stored.id } })).toBe(2);
}, 60_000);

/** Holds the advisory locks of `keys` in a transaction of its own until `release` is called. */
async function holdLocks(keys: LockKey[]) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held!: () => void;
  const taken = new Promise<void>((resolve) => (held = resolve));
  const done = db.prisma.$transaction(async (tx) => {
    await lockKeys(tx, keys);
    held();
    await released;
  }, { timeout: 60_000 });
  await taken;
  return async () => {
    release();
    await done;
  };
}

/** Waits until a transaction of this database waits for an advisory lock, or `settled()` says there is none to wait for. */
async function waitForLockWaiter(settled: () => boolean) {
  await until("a publish waiting on an advisory lock (or settled)", async () => {
    if (settled()) return true;
    const [{ n }] = await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
    return n > 0n;
  }, { timeoutMs: 30_000, everyMs: 15 });
}

it("a publish waits only for publishes of events near its own dates; those without new events never wait", async () => {
  // Same year as the held event, months away: the year is shared, not exclusive.
  const release = await holdLocks(eventDateLocks([{ date: "2024-09-10", datePrecision: "day" }]));
  const farAway = await publishArticle(users.editor, strikeArticle(20, 1, "2024-11-20"));
  const noEvents = await publishArticle(users.editor, input(300));
  expect([farAway.ok, noEvents.ok]).toEqual([true, true]);
  let settled = false;
  const near = publishArticle(users.editor, strikeArticle(21, 1, "2024-09-12")).finally(() => (settled = true));
  await waitForLockWaiter(() => settled);
  expect(settled).toBe(false);
  await release();
  expect(await near).toMatchObject({ ok: true });
}, 60_000);

it("a publish of a day waits for one of its year, and one of a year for a day in it, by a handful of keys", async () => {
  const year = eventDateLocks([{ date: "2023", datePrecision: "year" }]);
  expect(year.length).toBeLessThanOrEqual(8);
  const ofYear = strikeArticle(31, 1, "2023-12-31");
  ofYear.review.events[0] = { ...ofYear.review.events[0], date: "2023", datePrecision: "year" };
  const cases = [
    { held: year, publish: strikeArticle(30, 1, "2023-06-15") },
    { held: eventDateLocks([{ date: "2023-08-20", datePrecision: "day" }]), publish: ofYear },
  ];
  for (const { held, publish } of cases) {
    const release = await holdLocks(held);
    let settled = false;
    const waiting = publishArticle(users.editor, await decidedReview(publish)).finally(() => (settled = true));
    await waitForLockWaiter(() => settled);
    expect(settled).toBe(false);
    await release();
    expect(await waiting).toMatchObject({ ok: true });
  }
}, 60_000);

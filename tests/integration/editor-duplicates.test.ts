import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { articleTags } from "@/lib/cache/affected";
import { tags } from "@/lib/cache/tags";
import { publishArticle } from "@/lib/editor/publish";
import { STORED_TWICE, TOLD_TWICE } from "@/lib/editor/publish-checks";
import { reviewSchema, type PublishInput } from "@/lib/editor/schemas";
import { findSimilarEvents } from "@/lib/editor/similar-events";
import { refusedDateMessage } from "@/lib/dates/typed-date";
import type { TestDatabase } from "../support/database";
import { createUsers, tableCounts, useAppDatabase } from "../support/app-database";
import { decidedReview } from "../support/decided-review";

// Issue 10 §3: the same happening reported by two articles becomes one event with two sources.
let db: TestDatabase;
let users: Awaited<ReturnType<typeof createUsers>>;
let ids: { putin: string; trump: string };
let summitId: string;

const FIRST = "Vladimir Putin and Donald Trump met in Anchorage on Friday for their first summit since 2019.";
const SECOND = "The Alaska summit between Trump and Putin ended on Saturday without a ceasefire deal, officials said.";

type Event = PublishInput["review"]["events"][number];
function article(url: string, title: string, body: string, publishedOn: string, event: Omit<Event, "accepted" | "actors" | "part" | "start" | "end">, known?: typeof ids): PublishInput {
  const actors: PublishInput["review"]["actors"] = known
    ? [
        { key: "p", decision: "existing", actorId: known.putin, name: "Vladimir Putin", kind: "person", aliases: ["Putin"] },
        { key: "t", decision: "existing", actorId: known.trump, name: "Donald Trump", kind: "person", aliases: ["Trump"] },
      ]
    : [
        { key: "p", decision: "new", name: "Vladimir Putin", kind: "person", aliases: ["Putin"] },
        { key: "t", decision: "new", name: "Donald Trump", kind: "person", aliases: ["Trump"] },
      ];
  return {
    article: { sourceUrl: url, title, authors: [], publication: "Duplicate Test Wire", publishedOn, body },
    review: {
      actors,
      statements: [],
      events: [{ accepted: true, actors: [{ key: "p", role: "participant" }, { key: "t", role: "participant" }], part: "body", start: 0, end: body.indexOf(".") , ...event }],
    },
  };
}

const secondArticle = (mergeInto?: string) =>
  article(
    "https://example.com/alaska-2",
    "Alaska summit ends without a deal",
    SECOND,
    "2025-08-17",
    // Another editor typed it differently: "other", not "summit_talks", and a day later.
    { title: "Alaska summit between Trump and Putin ends without deal", type: "other", date: "2025-08-16", datePrecision: "day", place: "Anchorage", mergeInto },
    ids,
  );

beforeAll(async () => {
  db = await useAppDatabase();
  users = await createUsers(db);
  const first = await publishArticle(
    users.editor,
    article("https://example.com/alaska-1", "Putin and Trump meet in Alaska", FIRST, "2025-08-15", {
      title: "Putin and Trump meet in Alaska",
      type: "summit_talks",
      date: "2025-08-15",
      datePrecision: "day",
      place: "Anchorage",
    }),
  );
  expect(first).toMatchObject({ ok: true });
  const actor = (name: string) => db.prisma.actor.findFirstOrThrow({ where: { name } }).then((a) => a.id);
  ids = { putin: await actor("Vladimir Putin"), trump: await actor("Donald Trump") };
  summitId = (await db.prisma.event.findFirstOrThrow({ where: { title: "Putin and Trump meet in Alaska" } })).id;
  // Noise in the same week: Putin, but another happening; and the summit's actors a month later.
  for (const [url, title, date, type] of [
    ["https://example.com/decree", "Putin signs grain export decree", "2025-08-14", "political_change"],
    ["https://example.com/later", "Trump and Putin speak by phone", "2025-09-20", "phone_call"],
  ] as const) {
    const noise = article(url, title, `${title}. More words.`, date, { title, type, date, datePrecision: "day", place: undefined }, ids);
    if (title.startsWith("Putin signs")) noise.review.events[0].actors = [{ key: "p", role: "initiator" }];
    expect(await publishArticle(users.editor, noise)).toMatchObject({ ok: true });
  }
});
afterAll(async () => db.drop());

describe("no duplicate events", () => {
  it("proposes the stored event first although its type differs, and says why", async () => {
    const similar = await findSimilarEvents(secondArticle().review as never);
    expect(similar[0]?.[0]).toMatchObject({ id: summitId, title: "Putin and Trump meet in Alaska", type: "summit_talks" });
    expect(similar[0][0].reasons).toEqual(expect.arrayContaining(["date within 3 days", "similar title", "2 actors in common", "same place"]));
    expect(similar[0][0].reasons).not.toContain("same type");
    expect(similar[0][0].sharedActors.sort()).toEqual(["Donald Trump", "Vladimir Putin"]);
    // the phone call a month later is outside the window; the decree shares one actor and nothing else
    expect(similar[0].map((s) => s.title)).not.toContain("Trump and Putin speak by phone");
    expect(similar[0].map((s) => s.title)).not.toContain("Putin signs grain export decree");
  });

  it("re-checks when the editor changes the type, the date or the actors", async () => {
    const input = secondArticle();
    // What the review screen's re-check runs (recheckSimilarEventsAction) after each such edit.
    const recheck = (events: PublishInput["review"]["events"]) => findSimilarEvents(reviewSchema.parse({ ...input.review, events }));
    const event = input.review.events[0];
    expect(await recheck([{ ...event, type: "phone_call" }])).toMatchObject({ 0: [expect.objectContaining({ id: summitId })] });
    expect((await recheck([{ ...event, date: "2025-09-19" }]))[0]?.map((s) => s.title)).toEqual(["Trump and Putin speak by phone"]);
    expect(await recheck([{ ...event, actors: [], place: undefined, title: "Ceasefire deal fails" }])).toEqual({});
  });

  it("publishing the same happening from a second article with the chosen match makes one event with two sources", async () => {
    const events = await db.prisma.event.count();
    const result = await publishArticle(users.otherEditor, secondArticle(summitId));
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(await db.prisma.event.count()).toBe(events);
    const summit = await db.prisma.event.findUniqueOrThrow({ where: { id: summitId }, include: { articles: { include: { article: true } }, actors: true } });
    expect(summit.articles.map((a) => a.article.sourceUrl).sort()).toEqual(["https://example.com/alaska-1", "https://example.com/alaska-2"]);
    expect(summit.actors).toHaveLength(2);
    expect(summit.type).toBe("summit_talks"); // the stored event keeps its fields
    // the cache: the second article's pages expire the merged event's page and its actors' profiles
    const expired = await articleTags(result.id);
    expect(expired).toEqual(expect.arrayContaining([tags.event(summitId), tags.article(result.slug), "events"]));
    const slugs = await db.prisma.actor.findMany({ where: { id: { in: [ids.putin, ids.trump] } }, select: { slug: true } });
    for (const { slug } of slugs) expect(expired).toContain(tags.actor(slug));
    // the audit says what happened in words: one event merged, none created
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "publish", entityId: result.id } });
    expect(audit.after).toMatchObject({ mergedIntoEvents: ["Putin and Trump meet in Alaska"], newEvents: [] });
    expect(audit.userName).toBe(users.otherEditor.name);
  });
});

// The review screen holds Publish back on these; a stale or crafted form must not get past the server either.
describe("the server holds back what the review screen holds back", () => {
  const counts = () => tableCounts(db);

  it("refuses an event whose likely stored duplicate was neither merged nor called different, writing nothing", async () => {
    const before = await counts();
    const input = secondArticle();
    const result = await publishArticle(users.editor, { ...input, article: { ...input.article, sourceUrl: "https://example.com/alaska-undecided" } });
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringContaining("“Alaska summit between Trump and Putin ends without deal” may already be in Faultline as “Putin and Trump meet in Alaska”"),
      fieldErrors: { "review.events.0.mergeInto": STORED_TWICE },
      // The stored events it found, for the screen to show on the event's line without asking again.
      similar: { 0: [expect.objectContaining({ id: summitId, title: "Putin and Trump meet in Alaska" })] },
    });
    expect(await counts()).toEqual(before);
  });

  it("publishes it as a new event once the editor said it is not the same, as the posted review carries it", async () => {
    const input = secondArticle();
    input.review.events[0] = { ...input.review.events[0], notSameAs: [summitId] };
    const result = await publishArticle(users.editor, { ...input, article: { ...input.article, sourceUrl: "https://example.com/alaska-not-same" } });
    expect(result).toMatchObject({ ok: true });
  });

  const twice = (extra: Partial<PublishInput["review"]> = {}): PublishInput => {
    const body = "Drones struck the Odesa grain port overnight. The drone strike on the Odesa grain port damaged two silos.";
    const event = (title: string, start: number) => ({ accepted: true, title, type: "missile_drone_strike" as const, date: "2024-02-03", datePrecision: "day" as const, actors: [], part: "body" as const, start, end: start + 20 });
    return {
      article: { sourceUrl: `https://example.com/odesa-${Object.keys(extra).join("-") || "plain"}`, title: "Odesa port struck", authors: [], publication: "Duplicate Test Wire", publishedOn: "2024-02-03", body },
      review: { actors: [], statements: [], events: [event("Drones strike Odesa grain port", 0), event("Drone strike on Odesa grain port", 48)], ...extra },
    };
  };

  it("refuses an event told twice in the article until folded or called different, with the screen's words", async () => {
    const before = await counts();
    const result = await publishArticle(users.editor, twice());
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("One event seems told twice in this article"), fieldErrors: { "review.events.1.title": TOLD_TWICE } });
    expect(await counts()).toEqual(before);
    expect(await publishArticle(users.editor, twice({ notSame: ["0:1"] }))).toMatchObject({ ok: true });
  });

  it("refuses a kept item whose When text was refused, in the field's words; a rejected item's does not count", async () => {
    const before = await counts();
    const input = twice({ notSame: ["0:1"] });
    input.article.sourceUrl = "https://example.com/odesa-refused";
    input.review.events[1] = { ...input.review.events[1], refusedWhen: "Tuesday-ish" };
    const result = await publishArticle(users.editor, input);
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringContaining(refusedDateMessage("Tuesday-ish", "“Drone strike on Odesa grain port”")),
      fieldErrors: { "review.events.1.date": refusedDateMessage("Tuesday-ish") },
    });
    expect(await counts()).toEqual(before);
    input.review.events[1] = { ...input.review.events[1], accepted: false };
    // Both tellings are stored now (the test above): this one is said not to be either.
    const stored = await db.prisma.event.findMany({ where: { title: { contains: "Odesa" } }, select: { id: true } });
    input.review.events[0] = { ...input.review.events[0], notSameAs: stored.map((e) => e.id) };
    expect(await publishArticle(users.editor, input)).toMatchObject({ ok: true });
  });
});

describe("the stored-duplicate lookups of a Publish", () => {
  it("cost a fixed number of SQL statements, however many new events the article has", async () => {
    const body = "Putin and Trump met in Anchorage. They spoke again in Anchorage. They met a third time in Anchorage.";
    const event = (n: number) => ({
      accepted: true, title: `Putin and Trump meet in Alaska, round ${n}`, type: "summit_talks" as const, date: "2025-08-16", datePrecision: "day" as const, place: "Anchorage",
      actors: [{ key: "p", role: "participant" as const }, { key: "t", role: "participant" as const }], part: "body" as const, start: 0, end: 10,
    });
    const input = article("https://example.com/alaska-three", "Three meetings in Alaska", body, "2025-08-17", event(1), ids);
    input.review.events = [event(1), event(2), event(3)];
    input.review.notSame = ["0:1", "0:2", "1:2"];
    const decided = await decidedReview(input);
    expect(decided.review.events.every((e) => e.notSameAs?.includes(summitId))).toBe(true);
    const statements = vi.spyOn(pg.Client.prototype, "query");
    try {
      expect(await publishArticle(users.editor, decided)).toMatchObject({ ok: true });
      // Once before the transaction, once under its locks: one statement each, not two per new event.
      const sql = statements.mock.calls.map(([query]) => (typeof query === "string" ? query : (query as { text?: string })?.text ?? ""));
      expect(sql.filter((text) => text.includes("jsonb_to_recordset"))).toHaveLength(2);
      // 45 statements in all before the lookups were joined (2 per new event, twice), 35 after.
      expect(sql.length).toBeLessThanOrEqual(35);
    } finally {
      statements.mockRestore();
    }
  });

  it("asks for no stored duplicates when the review's own problems hold it back", async () => {
    const input = secondArticle();
    input.review.events[0] = { ...input.review.events[0], refusedWhen: "soonish" };
    const statements = vi.spyOn(pg.Client.prototype, "query");
    try {
      expect(await publishArticle(users.editor, { ...input, article: { ...input.article, sourceUrl: "https://example.com/alaska-refused" } })).toMatchObject({ ok: false });
      const sql = statements.mock.calls.map(([query]) => (typeof query === "string" ? query : (query as { text?: string })?.text ?? ""));
      expect(sql.filter((text) => text.includes("jsonb_to_recordset"))).toEqual([]);
    } finally {
      statements.mockRestore();
    }
  });
});

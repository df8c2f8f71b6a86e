// One cursor rule per list (CursorRule, lib/pagination/cursor.ts): the API, the page and the query read a cursor the
// same way, in the sort order asked for. A cursor of another order, an impossible day or a forgery is a 400 naming
// "cursor" on the API, a notice on the page, and the first page from the query; one the list handed out is taken by all
// three. Against a real PostgreSQL with the reader fixtures.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { actorNotices, parseActorFilters } from "@/lib/actors/filters";
import { listActors } from "@/lib/actors/queries";
import { articleNotices, parseArticleFilters } from "@/lib/articles/filters";
import { listArticles } from "@/lib/articles/queries";
import { parseTimelineFilters, timelineNotices } from "@/lib/events/filters";
import { getTimeline } from "@/lib/events/queries";
import { parseStatementFilters, statementNotices } from "@/lib/statements/filters";
import { listStatements } from "@/lib/statements/queries";
import type { RawSearchParams } from "@/lib/url/search-params";
import * as actorsRoute from "@/app/api/v1/actors/route";
import * as articlesRoute from "@/app/api/v1/articles/route";
import * as eventsRoute from "@/app/api/v1/events/route";
import * as statementsRoute from "@/app/api/v1/statements/route";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { seedReaderFixtures } from "./reader-fixtures";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedReaderFixtures(db);
  // The route handlers use the app's one Prisma client: point it at this file's database.
  (globalThis as { prisma?: unknown }).prisma = db.prisma;
});
afterAll(async () => {
  delete (globalThis as { prisma?: unknown }).prisma;
  await db.drop();
});
beforeEach(() => {
  process.env.FAULTLINE_API_RATE_LIMIT = "0";
});

type Page = { items: { id: string }[]; nextCursor: string | null; isFirstPage: boolean };
type List = { route: { GET: (r: Request) => Promise<Response> }; notices: (p: RawSearchParams) => string[]; read: (p: Record<string, string>) => Promise<Page> };

// Small pages, so that each list has a next one.
const LISTS: Record<"statements" | "actors" | "articles" | "events", List> = {
  statements: { route: statementsRoute, notices: statementNotices, read: (p) => listStatements(parseStatementFilters(p), { take: 5 }, db.prisma) },
  actors: { route: actorsRoute, notices: actorNotices, read: (p) => listActors(parseActorFilters(p), { take: 5 }, db.prisma) },
  articles: { route: articlesRoute, notices: articleNotices, read: (p) => listArticles(parseArticleFilters(p), { take: 1 }, db.prisma) },
  events: { route: eventsRoute, notices: timelineNotices, read: (p) => getTimeline(parseTimelineFilters(p), { take: 2, db: db.prisma }) },
};

async function api(name: keyof typeof LISTS, params: Record<string, string>) {
  const response = await LISTS[name].route.GET(new Request(`http://localhost/api/v1/${name}?${new URLSearchParams(params)}`));
  return { status: response.status, body: await response.json() };
}

const b64 = (key: unknown) => Buffer.from(JSON.stringify([key, "abc"])).toString("base64url");
const bySpeaker = (day: string) => b64(JSON.stringify(["abc", day]));

const WORDS = {
  otherOrder: { api: "a cursor of another sort order", page: "cursor: a page link for another sort order; showing the first page." },
  malformed: { api: "not a cursor this list handed out", page: "cursor: not a page link this list handed out; showing the first page." },
};

describe("a cursor the list does not hand out in this order", () => {
  const cases: [keyof typeof LISTS, Record<string, string>, keyof typeof WORDS][] = [
    ["statements", { cursor: bySpeaker("2025-09-01") }, "otherOrder"],
    ["statements", { sort: "oldest", cursor: bySpeaker("2025-09-01") }, "otherOrder"],
    ["statements", { sort: "speaker", cursor: b64("2025-09-01") }, "otherOrder"],
    ["statements", { sort: "speaker-activity", cursor: b64(null) }, "otherOrder"],
    ["statements", { sort: "speaker", cursor: bySpeaker("2025-02-30") }, "malformed"],
    ["statements", { cursor: b64("2025-02-30") }, "malformed"],
    ["actors", { sort: "activity", cursor: b64("volodymyr zelenskiy") }, "otherOrder"],
    ["actors", { cursor: b64(12) }, "otherOrder"],
    ["actors", { sort: "last-active", cursor: b64(12) }, "otherOrder"],
    ["actors", { sort: "activity", cursor: b64(-1) }, "malformed"],
    ["articles", { cursor: b64("2025-02-30") }, "malformed"],
    ["articles", { cursor: b64("2025-09-07T00:00:00.000Z") }, "malformed"],
    ["articles", { cursor: b64(null) }, "malformed"],
    ["articles", { cursor: "%%%" }, "malformed"],
    ["events", { cursor: b64("2025-02-30") }, "malformed"],
    ["events", { cursor: b64(7) }, "malformed"],
    ["events", { cursor: "x".repeat(600) }, "malformed"],
  ];

  it.each(cases)("%s %o (%s): 400 naming cursor, a notice on the page, the first page from the query", async (name, params, refusal) => {
    const answer = await api(name, params);
    expect(answer.status).toBe(400);
    expect(answer.body.error.parameters).toEqual([{ name: "cursor", message: expect.stringContaining(WORDS[refusal].api) }]);
    expect(LISTS[name].notices(params)).toContain(WORDS[refusal].page);
    const { cursor: _, ...withoutCursor } = params;
    const [page, first] = await Promise.all([LISTS[name].read(params), LISTS[name].read(withoutCursor)]);
    expect(page.isFirstPage).toBe(true);
    expect(page.items.map((r) => r.id)).toEqual(first.items.map((r) => r.id));
  });

  it("names every bad parameter at once, the cursor included", async () => {
    const answer = await api("statements", { from: "2025-02-30", sort: "speaker", cursor: b64("2025-09-01") });
    expect(answer.body.error.parameters.map((p: { name: string }) => p.name).sort()).toEqual(["cursor", "from"]);
  });

  it("leaves a cursor alone when the sort itself is refused (it names the sort only)", async () => {
    const answer = await api("statements", { sort: "loudest", cursor: bySpeaker("2025-09-01") });
    expect(answer.body.error.parameters.map((p: { name: string }) => p.name)).toEqual(["sort"]);
  });
});

describe("a cursor the list handed out", () => {
  const orders: [keyof typeof LISTS, Record<string, string>][] = [
    ["statements", {}], ["statements", { sort: "oldest" }], ["statements", { sort: "speaker" }], ["statements", { sort: "speaker-activity" }],
    ["actors", {}], ["actors", { sort: "activity" }], ["actors", { sort: "last-active" }],
    ["articles", {}], ["events", {}],
  ];

  it.each(orders)("%s %o: taken by the API, the page and the query alike", async (name, params) => {
    const first = await LISTS[name].read(params);
    expect(first.nextCursor).not.toBeNull();
    const next = { ...params, cursor: first.nextCursor! };
    expect((await api(name, next)).status).toBe(200);
    expect(LISTS[name].notices(next)).toEqual([]);
    const page = await LISTS[name].read(next);
    expect(page.isFirstPage).toBe(false);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.map((r) => r.id).filter((id) => first.items.some((r) => r.id === id))).toEqual([]);
  });
});

// The public read API, through its route handlers, against a real PostgreSQL with the reader fixtures.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { validate } from "@readme/openapi-parser";
import pg from "pg";
import type { z } from "zod";
import * as schemas from "@/lib/api/schemas";
import { openApiDocument } from "@/lib/api/openapi";
import { CLIENT_ADDRESS_HEADER, clientAddressStampFor } from "@/lib/auth/client-address-stamp";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { until } from "../support/wait";
import { DEMO_SLUG, SECOND_SLUG, seedReaderFixtures } from "./reader-fixtures";
import * as actorsRoute from "@/app/api/v1/actors/route";
import * as actorRoute from "@/app/api/v1/actors/[slug]/route";
import * as articlesRoute from "@/app/api/v1/articles/route";
import * as eventsRoute from "@/app/api/v1/events/route";
import * as eventRoute from "@/app/api/v1/events/[id]/route";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import * as searchRoute from "@/app/api/v1/search/route";
import * as statementsRoute from "@/app/api/v1/statements/route";
import * as unknownRoute from "@/app/api/v1/[...path]/route";
import * as timelineExportRoute from "@/app/timeline/export/route";
import * as eventsFeedRoute from "@/app/feeds/events/route";
import * as actorsExportRoute from "@/app/actors/export/route";
import * as statementsExportRoute from "@/app/statements/export/route";
import * as mapEventsRoute from "@/app/timeline/map-events/route";

type Route = typeof articlesRoute;
const ROUTES: Record<string, { route: Route; param?: string }> = {
  "/api/v1/articles": { route: articlesRoute },
  "/api/v1/statements": { route: statementsRoute },
  "/api/v1/actors": { route: actorsRoute },
  "/api/v1/actors/{slug}": { route: actorRoute, param: "slug" },
  "/api/v1/events": { route: eventsRoute },
  "/api/v1/events/{id}": { route: eventRoute, param: "id" },
  "/api/v1/search": { route: searchRoute },
  "/api/v1/openapi.json": { route: openapiRoute },
};

let db: TestDatabase;
let fx: Awaited<ReturnType<typeof seedReaderFixtures>>;
let hidden: { draftEvent: string; deletedEvent: string; deletedActor: string };

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await seedReaderFixtures(db);
  // The route handlers use the app's one Prisma client: point it at this file's database.
  (globalThis as { prisma?: unknown }).prisma = db.prisma;
  const p = db.prisma;
  const draftEvent = await p.event.create({
    data: { title: "Secret plan unveiled", type: "proposal", articles: { create: [{ articleId: fx.draft.id, spanStart: 0, spanEnd: 10 }] } },
  });
  const deletedEvent = await p.event.create({ data: { title: "Withdrawn report of a strike", type: "missile_drone_strike", deletedAt: new Date() } });
  const deletedActor = await p.actor.create({ data: { slug: "deleted-actor", name: "Deleted Actor", kind: "person", deletedAt: new Date() } });
  hidden = { draftEvent: draftEvent.id, deletedEvent: deletedEvent.id, deletedActor: deletedActor.slug };
});
afterAll(async () => {
  delete (globalThis as { prisma?: unknown }).prisma;
  await db.drop();
});
beforeEach(() => {
  process.env.FAULTLINE_API_RATE_LIMIT = "0";
});

type Answer = { status: number; headers: Headers; body: any };

/** Calls a route handler as Next.js would: `path` is the documented path, `query` the query string. */
async function call(path: string, query = "", { method = "GET", headers = {}, param }: { method?: string; headers?: Record<string, string>; param?: string } = {}): Promise<Answer> {
  const { route, param: name } = ROUTES[path];
  const concrete = name ? path.replace(`{${name}}`, encodeURIComponent(param ?? "")) : path;
  const request = new Request(`http://localhost${concrete}${query}`, { method, headers });
  const handler = route[method as keyof Route] as (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;
  const response = await handler(request, { params: Promise.resolve(name ? { [name]: param ?? "" } : {}) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/** GET that must succeed, its body checked against the documented schema. */
async function ok<S extends z.ZodType>(schema: S, path: string, query = "", param?: string): Promise<z.infer<S>> {
  const answer = await call(path, query, { param });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return schema.parse(answer.body);
}

/** Follows nextCursor to the end; returns every page's keys. */
async function walk(schema: z.ZodType<{ data: unknown[]; nextCursor: string | null }>, path: string, query: string, key: (row: any) => string) {
  const keys: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: { data: unknown[]; nextCursor: string | null } = await ok(schema, path, `${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    keys.push(...page.data.map(key));
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 100);
  return { keys, pages };
}

describe("lists", () => {
  it("articles: published ones only, newest first, with the page's filters", async () => {
    const page = await ok(schemas.ArticlePage, "/api/v1/articles");
    expect(page.data.map((a) => a.slug)).toEqual([SECOND_SLUG, DEMO_SLUG]);
    expect(page.nextCursor).toBeNull();
    expect(page.data[0]).toMatchObject({ publication: { slug: "kyiv-independent" }, publishedOn: "2025-10-02", path: `/articles/${SECOND_SLUG}` });
    const filtered = await ok(schemas.ArticlePage, "/api/v1/articles", "?publication=kyiv-independent&topic=air-defence");
    expect(filtered.data.map((a) => a.slug)).toEqual([SECOND_SLUG]);
    const september = await ok(schemas.ArticlePage, "/api/v1/articles", "?from=2025-09-30&to=2025-09-01");
    expect(september.data.map((a) => a.slug)).toEqual([DEMO_SLUG]);
    const { keys, pages } = await walk(schemas.ArticlePage, "/api/v1/articles", "?limit=1", (a) => a.slug);
    expect(keys.length).toBeGreaterThan(1);
    expect([new Set(keys).size, pages]).toEqual([keys.length, keys.length]); // the cursors it hands out, taken back
  });

  it("statements: every visible one, once, across pages; hidden ones never", async () => {
    const { keys, pages } = await walk(schemas.StatementPage, "/api/v1/statements", "?limit=4", (s) => s.id);
    expect(keys).toHaveLength(18); // 14 demo + 4 fixtures
    expect(new Set(keys).size).toBe(18);
    expect(pages).toBe(5);
    const all = await ok(schemas.StatementPage, "/api/v1/statements", "?limit=100");
    expect(all.data.map((s) => s.id)).toEqual(keys);
    expect(all.data.map((s) => s.text)).not.toContain("the secret plan is ready");
    expect(all.data.map((s) => s.text)).not.toContain("Sybiha repeated it in Brussels");
    const his = await ok(schemas.StatementPage, "/api/v1/statements", "?speaker=volodymyr-zelenskiy&direct=true");
    expect(his.data.map((s) => s.text)).toEqual(["Air defence is our first priority this winter."]);
    expect(his.data[0]).toMatchObject({ speaker: { slug: "volodymyr-zelenskiy" }, saidOn: "2025-10-01", article: { slug: SECOND_SLUG } });
  });

  it("actors: every visible one, once, by name; merged and deleted ones never", async () => {
    const { keys } = await walk(schemas.ActorPage, "/api/v1/actors", "?limit=5", (a) => a.slug);
    const visible = await db.prisma.actor.findMany({ where: { deletedAt: null, mergedIntoId: null }, select: { slug: true } });
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(visible.map((a) => a.slug).sort());
    expect(keys).not.toContain("zelensky-duplicate");
    expect(keys).not.toContain(hidden.deletedActor);
    const people = await ok(schemas.ActorPage, "/api/v1/actors", "?q=sybiha&kind=person");
    expect(people.data.map((a) => a.slug)).toEqual(["andrii-sybiha"]);
  });

  it.each(["activity", "last-active"])("actors by %s: every visible one, once, across pages", async (sort) => {
    const byName = await walk(schemas.ActorPage, "/api/v1/actors", "?limit=100", (a) => a.slug);
    const { keys, pages } = await walk(schemas.ActorPage, "/api/v1/actors", `?sort=${sort}&limit=3`, (a) => a.slug);
    expect(pages).toBeGreaterThan(1);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...byName.keys].sort());
  });

  it.each(["oldest", "speaker", "speaker-activity"])("statements by %s: every visible one, once, across pages", async (sort) => {
    const { keys, pages } = await walk(schemas.StatementPage, "/api/v1/statements", `?sort=${sort}&limit=4`, (s) => s.id);
    expect(pages).toBe(5);
    expect(new Set(keys).size).toBe(18);
  });

  it("events: every visible one, once, timeline order; draft-only and deleted ones never", async () => {
    const { keys } = await walk(schemas.EventPage, "/api/v1/events", "?limit=3", (e) => e.id);
    expect(keys).toHaveLength(17);
    expect(new Set(keys).size).toBe(17);
    expect(keys).not.toContain(hidden.draftEvent);
    expect(keys).not.toContain(hidden.deletedEvent);
    const putin = await ok(schemas.EventPage, "/api/v1/events", "?actor=vladimir-putin&limit=100");
    expect(putin.data.length).toBeGreaterThan(0);
    expect(putin.data.every((e) => e.actors.some((a) => a.slug === "vladimir-putin"))).toBe(true);
  });
});

describe("records", () => {
  it("an actor, with a merged slug redirected and unknown or deleted ones 404", async () => {
    const actor = await ok(schemas.Actor, "/api/v1/actors/{slug}", "", "volodymyr-zelenskiy");
    expect(actor).toMatchObject({ slug: "volodymyr-zelenskiy", links: { statements: "/api/v1/statements?speaker=volodymyr-zelenskiy" } });
    expect(actor.counts.statements).toBe(3); // his two and the merged duplicate's
    const merged = await call("/api/v1/actors/{slug}", "", { param: "zelensky-duplicate" });
    expect([merged.status, merged.headers.get("location")]).toEqual([308, "/api/v1/actors/volodymyr-zelenskiy"]);
    for (const slug of ["nobody-at-all", hidden.deletedActor, "../etc/passwd"]) {
      const missing = await call("/api/v1/actors/{slug}", "", { param: slug });
      expect(missing.status).toBe(404);
      expect(schemas.ErrorBody.parse(missing.body).error.message).toBe("No actor has this slug");
    }
  });

  it("an event, and 404 for unknown, deleted or unpublished ones", async () => {
    const first = (await ok(schemas.EventPage, "/api/v1/events", "?limit=1")).data[0];
    expect(await ok(schemas.Event, "/api/v1/events/{id}", "", first.id)).toEqual(first);
    for (const id of ["cl0000000000000000000000", hidden.deletedEvent, hidden.draftEvent]) {
      const missing = await call("/api/v1/events/{id}", "", { param: id });
      expect([missing.status, missing.body.error.status, missing.body.error.message]).toEqual([404, 404, "No event has this id"]);
    }
  });

  it("search: every kind with totals; words only in a draft find nothing", async () => {
    const found = await ok(schemas.SearchResults, "/api/v1/search", "?q=zelenskiy&limit=2");
    expect(found.articles.total).toBeGreaterThan(0);
    expect(found.actors.data[0]?.slug).toBe("volodymyr-zelenskiy");
    expect(found.statements.data.length).toBeLessThanOrEqual(2);
    const secret = await ok(schemas.SearchResults, "/api/v1/search", "?q=secret");
    expect([secret.articles.total, secret.statements.total, secret.events.total]).toEqual([0, 0, 0]);
    expect([found.articles.totalKind, secret.statements.totalKind]).toEqual(["exact", "exact"]);
  });
});

describe("bad input", () => {
  const cases: [string, string, string][] = [
    ["/api/v1/articles", "?from=2025-02-30", "from"],
    ["/api/v1/articles", "?publication=Not%20a%20slug!", "publication"],
    ["/api/v1/articles", `?cursor=${Buffer.from('["9999-99-99","x"]').toString("base64url")}`, "cursor"],
    ["/api/v1/statements", "?direct=maybe", "direct"],
    ["/api/v1/statements", "?cursor=garbage", "cursor"],
    ["/api/v1/statements", "?limit=0", "limit"],
    ["/api/v1/statements", "?limit=abc", "limit"],
    ["/api/v1/statements", "?speakr=vladimir-putin", "speakr"],
    ["/api/v1/actors", "?kind=wizard", "kind"],
    ["/api/v1/actors", `?q=${"x".repeat(201)}`, "q"],
    ["/api/v1/events", "?type=bogus", "type"],
    ["/api/v1/events", "?to=tomorrow", "to"],
    ["/api/v1/events", `?cursor=${Buffer.from('["9999-99-99","x"]').toString("base64")}`, "cursor"],
    ["/api/v1/events", `?cursor=${Buffer.from('["2025-02-30","x"]').toString("base64url")}`, "cursor"],
    ["/api/v1/events", "?group=week", "group"],
    // Well-formed cursors of another sort order (a name where a day or a count belongs) and impossible days in keys.
    ["/api/v1/statements", `?cursor=${Buffer.from('["volodymyr zelenskiy","x"]').toString("base64url")}`, "cursor"],
    ["/api/v1/statements", `?sort=speaker&cursor=${Buffer.from('["2025-09-01","x"]').toString("base64url")}`, "cursor"],
    ["/api/v1/statements", `?sort=speaker&cursor=${Buffer.from(JSON.stringify([JSON.stringify(["abc", "2025-02-30"]), "x"])).toString("base64url")}`, "cursor"],
    ["/api/v1/actors", `?sort=activity&cursor=${Buffer.from('["volodymyr zelenskiy","x"]').toString("base64url")}`, "cursor"],
    ["/api/v1/actors", `?sort=last-active&cursor=${Buffer.from('["2025-02-30","x"]').toString("base64url")}`, "cursor"],
    ["/api/v1/actors", `?cursor=${Buffer.from('[12,"x"]').toString("base64url")}`, "cursor"],
    ["/api/v1/events", "?view=table", "view"],
    ["/api/v1/statements", "?view=table", "view"],
    ["/api/v1/actors", "?view=cards", "view"],
    ["/api/v1/events", "?limit=5&limit=7", "limit"],
    ["/api/v1/statements", "?from=2025-09-01&from=2025-09-02", "from"],
    ["/api/v1/search", "", "q"],
    ["/api/v1/search", "?q=x&limit=21", "limit"],
    ["/api/v1/actors/{slug}", "?extra=1", "extra"],
    ["/api/v1/openapi.json", "?extra=1", "extra"],
  ];
  it.each(cases)("%s%s → 400 naming %s", async (path, query, name) => {
    const answer = await call(path, query, { param: "volodymyr-zelenskiy" });
    expect(answer.status).toBe(400);
    const { error } = schemas.ErrorBody.parse(answer.body);
    expect(error.message).toContain(`"${name}"`);
    expect(error.parameters?.map((p) => p.name)).toContain(name);
  });

  it("names the offending value, and every bad parameter at once", async () => {
    const answer = await call("/api/v1/events", "?from=2025-02-30&type=phone_call,bogus");
    expect(answer.body.error.message).toContain('Invalid parameter "from": "2025-02-30" is not a day that exists (YYYY-MM-DD)');
    expect(answer.body.error.message).toContain('Invalid parameter "type": "bogus" is not one of summit_talks, phone_call,');
    expect(answer.body.error.parameters.map((p: { name: string }) => p.name).sort()).toEqual(["from", "type"]);
  });

  it("says each refusal once, even when a value fails two checks", async () => {
    const answer = await call("/api/v1/events", "?limit=99999999999999999999");
    expect(answer.body.error.message).toBe('Invalid parameter "limit": must be a whole number from 1 to 100');
    expect(answer.body.error.parameters).toHaveLength(1);
  });

  it("takes a repeatable filter repeated, and a one-valued parameter repeated with the same value", async () => {
    const page = await ok(schemas.StatementPage, "/api/v1/statements", "?speaker=vladimir-putin&speaker=volodymyr-zelenskiy&limit=3&limit=3");
    expect(page.data.length).toBe(3);
  });

  it("reads blank fields as absent, as forms send them", async () => {
    const page = await ok(schemas.StatementPage, "/api/v1/statements", "?speaker=&from=&direct=&q=&cursor=&limit=");
    expect(page.data).toHaveLength(18);
  });
});

// /timeline/export?format=zzz once gave CSV, ?from=2025-02-30 every event; /feeds/events?type=bogus the unfiltered feed;
// /actors/export?kind=martian every actor.
describe("the timeline's export and feed, the actors' export", () => {
  const get = async (route: { GET: (r: Request) => Promise<Response> }, url: string) => {
    const response = await route.GET(new Request(`http://localhost${url}`));
    return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
  };

  it.each([
    ["/timeline/export?format=zzz", 'Nothing exported: invalid parameter "format": "zzz" is not one of csv, json.\n'],
    ["/timeline/export?from=2025-02-30", 'Nothing exported: invalid parameter "from": "2025-02-30" is not a day that exists (YYYY-MM-DD).\n'],
    ["/feeds/events?match=most&actor=vladimir-putin", 'No feed: invalid parameter "match": "most" is not one of any, all.\n'],
    [`/actors/export?q=${"x".repeat(300)}`, 'Nothing exported: invalid parameter "q": at most 200 characters.\n'],
    ["/statements/export?sort=loudest", 'Nothing exported: invalid parameter "sort": "loudest" is not one of newest, oldest, speaker, speaker-activity.\n'],
    ["/actors/export?sort=loudest", 'Nothing exported: invalid parameter "sort": "loudest" is not one of name, activity, last-active.\n'],
  ])("%s → 400 naming the parameter", async (url, message) => {
    const route = url.startsWith("/feeds") ? eventsFeedRoute : url.startsWith("/actors") ? actorsExportRoute : url.startsWith("/statements") ? statementsExportRoute : timelineExportRoute;
    const answer = await get(route, url);
    expect([answer.status, answer.type, answer.text]).toEqual([400, "text/plain; charset=utf-8", message]);
  });

  it("/feeds/events?type=bogus → 400 naming type", async () => {
    const answer = await get(eventsFeedRoute, "/feeds/events?type=bogus");
    expect([answer.status, answer.text.split(":").slice(0, 2).join(":")]).toEqual([400, 'No feed: invalid parameter "type"']);
  });

  it("exports good filters as before", async () => {
    const answer = await get(timelineExportRoute, "/timeline/export?format=json&from=2025-01-01&group=month");
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).length).toBeGreaterThan(0);
    const actors = await get(actorsExportRoute, "/actors/export?format=json&kind=person&sort=activity");
    expect([actors.status, JSON.parse(actors.text).count > 0]).toEqual([200, true]);
  });

  it("exports statements in the order asked for", async () => {
    const answer = await get(statementsExportRoute, "/statements/export?format=json&sort=oldest");
    expect(answer.status).toBe(200);
    const days = JSON.parse(answer.text).rows.map((r: { saidOn: string | null }) => r.saidOn).filter(Boolean);
    expect(days).toEqual([...days].sort());
  });

  // A marker's popup lists the newest events at its places with the timeline's filters: one it cannot use would widen it.
  it("/timeline/map-events refuses a filter it cannot use, naming it", async () => {
    const answer = await get(mapEventsRoute, "/timeline/map-events?at=kyiv&from=2025-02-30&type=bogus");
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text).error).toMatch(/^Bad request: type: "bogus" is not one of .*; from: "2025-02-30" is not a day that exists \(YYYY-MM-DD\)$/);
    expect((await get(mapEventsRoute, "/timeline/map-events?at=kyiv&from=2025-01-01&group=month")).status).toBe(200);
  });

  it("/actors/export?kind=martian → 400 naming kind", async () => {
    const answer = await get(actorsExportRoute, "/actors/export?kind=martian");
    expect([answer.status, answer.text]).toEqual([400, 'Nothing exported: invalid parameter "kind": "martian" is not one of person, state, government, armed_force, alliance, organization, media, other.\n']);
  });
});

describe("HTTP", () => {
  it("read-only CORS: any origin, no credentials, preflight answered, writes refused", async () => {
    const get = await call("/api/v1/articles", "", { headers: { Origin: "https://elsewhere.example" } });
    expect(get.headers.get("access-control-allow-origin")).toBe("*");
    expect(get.headers.get("access-control-allow-credentials")).toBeNull();
    expect(get.headers.get("content-type")).toMatch(/^application\/json/);
    const head = await call("/api/v1/articles", "", { method: "HEAD" });
    expect([head.status, head.body, head.headers.get("access-control-allow-origin")]).toEqual([200, null, "*"]);
    const preflight = await call("/api/v1/statements", "", {
      method: "OPTIONS",
      headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "GET" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const refused = await call("/api/v1/events/{id}", "", { method, param: "x" });
      expect([refused.status, refused.headers.get("allow"), refused.body.error.status]).toEqual([405, "GET, HEAD, OPTIONS", 405]);
    }
    // A body changes nothing either: the API has no write.
    const before = await ok(schemas.ActorPage, "/api/v1/actors", "?limit=100");
    const posted = await actorsRoute.POST(new Request("http://localhost/api/v1/actors", { method: "POST", body: JSON.stringify({ name: "Intruder", kind: "person" }) }));
    expect(posted.status).toBe(405);
    expect(await ok(schemas.ActorPage, "/api/v1/actors", "?limit=100")).toEqual(before);
  });

  it("answers an address that is no route with the API's JSON 404, whatever the method", async () => {
    for (const method of ["GET", "POST", "DELETE", "OPTIONS"] as const) {
      const response = await unknownRoute[method](new Request("http://localhost/api/v1/evnets?limit=5", { method }));
      expect(response.status).toBe(404);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(schemas.ErrorBody.parse(await response.json()).error.message).toBe("No API route at /api/v1/evnets; the routes are listed at /api/v1/openapi.json");
    }
  });

  it("limits each client with a token bucket: 429 with Retry-After and RateLimit headers", async () => {
    process.env.FAULTLINE_API_RATE_LIMIT = "3";
    const from = (address: string, extra: Record<string, string> = {}) => call("/api/v1/actors", "?limit=1", { headers: { [CLIENT_ADDRESS_HEADER]: clientAddressStampFor(address), ...extra } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await from("203.0.113.7")).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await from("203.0.113.7");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get("ratelimit")).toMatch(/^limit=3, remaining=0, reset=\d+$/);
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    expect(refused.body.error.message).toMatch(/Too many requests/);
    // A forged X-Forwarded-For changes nothing unless a trusted proxy header is configured.
    expect((await from("203.0.113.7", { "X-Forwarded-For": "198.51.100.1" })).status).toBe(429);
    expect((await from("203.0.113.8")).status).toBe(200);
    // A stamp the client wrote itself is not believed: such requests share the "unknown" bucket.
    const forged = () => call("/api/v1/actors", "?limit=1", { headers: { [CLIENT_ADDRESS_HEADER]: "forged-token 198.51.100.2" } });
    const forgedStatuses = [];
    for (let i = 0; i < 4; i++) forgedStatuses.push((await forged()).status);
    expect(forgedStatuses).toEqual([200, 200, 200, 429]);
  });
});

describe("OpenAPI document", () => {
  it("is valid OpenAPI 3.1 and is what /api/v1/openapi.json serves", async () => {
    const served = await call("/api/v1/openapi.json");
    expect(served.status).toBe(200);
    expect(served.body).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    expect(served.body.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(served.body));
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result.specification).toBe("OpenAPI");
    const undescribed = Object.entries(served.body.paths as Record<string, { get: { parameters: { name: string; description: string }[] } }>)
      .flatMap(([p, item]) => item.get.parameters.filter((x) => !x.description).map((x) => `${p} ${x.name}`));
    expect(undescribed).toEqual([]);
  });

  it("documents every API route there is, and every documented path answers", async () => {
    const doc = openApiDocument();
    const routeFiles = (fs.readdirSync(path.resolve(import.meta.dirname, "../../app/api/v1"), { recursive: true }) as string[])
      .filter((f) => path.basename(f) === "route.ts")
      .map((f) => `/api/v1/${path.dirname(f)}`.replace(/\[(\w+)\]/g, "{$1}"))
      .filter((p) => p !== "/api/v1/openapi.json" && p !== "/api/v1/[...path]");
    expect(Object.keys(doc.paths).sort()).toEqual(routeFiles.sort());
    const example: Record<string, string> = { slug: "volodymyr-zelenskiy", id: (await ok(schemas.EventPage, "/api/v1/events", "?limit=1")).data[0].id };
    for (const [p, item] of Object.entries(doc.paths)) {
      const required = item.get.parameters.filter((x) => x.in === "query" && x.required).map((x) => `${x.name}=ukraine`);
      const pathParam = item.get.parameters.find((x) => x.in === "path");
      const answer = await call(p, required.length ? `?${required.join("&")}` : "", { param: pathParam ? example[pathParam.name] : undefined });
      expect(answer.status, p).toBe(200);
      const schemaRef = (item.get.responses[200] as { content: { "application/json": { schema: { $ref: string } } } }).content["application/json"].schema.$ref;
      const schema = Object.values(schemas).find((s) => s !== schemas.components && schemas.components.get(s as z.ZodType)?.id === schemaRef.split("/").at(-1));
      expect(schema, schemaRef).toBeDefined();
      (schema as z.ZodType).parse(answer.body);
    }
  });
});

describe("a client that leaves", () => {
  it("stops the answer's running query on the server within a second, and gets an empty 499", async () => {
    const control = new pg.Client({ connectionString: db.url });
    await control.connect();
    // The app's statements waiting for the lock below.
    const waiting = async () =>
      (await control.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`)).rows[0].n as number;
    try {
      // The events table held by another transaction: the answer's first query waits on it until cancelled.
      await control.query("BEGIN");
      await control.query('LOCK TABLE "Event" IN ACCESS EXCLUSIVE MODE');
      const client = new AbortController();
      const answered = eventsRoute.GET(new Request("http://localhost/api/v1/events", { signal: client.signal }), { params: Promise.resolve({}) });
      await until("the answer's query to wait on the lock", async () => (await waiting()) > 0, { timeoutMs: 30_000, everyMs: 20 });
      client.abort();
      await until("the query to be cancelled", async () => (await waiting()) === 0, { timeoutMs: 1_000, everyMs: 20 });
      const response = await answered;
      expect([response.status, await response.text()]).toEqual([499, ""]);
    } finally {
      await control.query("ROLLBACK");
      await control.end();
    }
  }, 60_000);
});

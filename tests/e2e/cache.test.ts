import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccounts, servedDatabase, signIn, type Account } from "../support/accounts";
import { baseUrl } from "../support/served";
import { launchBrowser } from "../support/browser";
import { until } from "../support/wait";

// Reader pages are cached whole by Next.js and expired by tag when an editor changes what they show
// (lib/cache). These tests read the cache's own verdict, the x-nextjs-cache header: HIT means the
// response came from the cache without rendering.

const url = (path: string) => baseUrl() + path;
const FRESH_WITHIN_MS = 1_000;

let browser: Browser;
let db: ReturnType<typeof servedDatabase>;
let accounts: Record<"editor" | "admin", Account>;
const contexts = new Map<string, Promise<BrowserContext>>();

beforeAll(async () => {
  browser = await launchBrowser();
  db = servedDatabase();
  accounts = await createAccounts("cache", { editor: "editor", admin: "admin" });
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

/** A page signed in as `who`; one browser context (and one sign-in) per account. */
async function signedIn(who: Account): Promise<Page> {
  if (!contexts.has(who.email)) {
    contexts.set(who.email, (async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await signIn(await context.newPage(), who.email, who.password);
      return context;
    })());
  }
  return (await contexts.get(who.email)!).newPage();
}

type Fetched = { status: number; cache: string | null; body: string; csp: string | null; headers: Headers };
async function get(path: string, init?: RequestInit): Promise<Fetched> {
  const response = await fetch(url(path), { redirect: "manual", ...init });
  // Pages say it in x-nextjs-cache; feeds and the API (lib/cache/cached-answer.ts) in x-faultline-cache.
  const cache = response.headers.get("x-nextjs-cache") ?? response.headers.get("x-faultline-cache");
  return { status: response.status, cache, body: await response.text(), csp: response.headers.get("content-security-policy"), headers: response.headers };
}

/**
 * Requests `path` until the cache answers it, and returns that answer. The first request may render it;
 * a page whose tags an earlier test expired is not kept for RENDER_WINDOW_MS (lib/cache/page-cache-handler.cjs).
 */
async function cached(path: string): Promise<Fetched> {
  return until(`${path} from the cache`, async () => {
    const answer = await get(path);
    return answer.cache === "HIT" ? answer : undefined;
  }, { timeoutMs: 20_000, everyMs: 100 });
}

/** An editor sets a statement's venue through the editor's form; returns when it was saved (ms). */
async function correctVenue(statementId: string, venue: string): Promise<number> {
  const page = await signedIn(accounts.editor);
  await page.goto(url(`/editor/statements/${statementId}`));
  await page.fill("#st-venue", venue);
  await page.getByRole("button", { name: "Save" }).click();
  await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
  return Date.now();
}

/** A browser's page load, which proxy.ts answers from the page cache itself (proxy.ts, pageHit). */
const PAGE_LOAD = { headers: { "sec-fetch-dest": "document" } };

/** A feed's or the API's answer sent by proxy.ts from the cache (answerHit), not by Next.js's route handler. */
/** The API's per-client limit a minute: FAULTLINE_API_RATE_LIMIT's default (the served test app sets none). */
const RATE_LIMIT = 120;
/** Tokens left to the client after this answer, from its RateLimit header (NaN without one). */
const remaining = (answer: Fetched) => Number(/remaining=(\d+)/.exec(answer.headers.get("ratelimit") ?? "")?.[1]);
const answeredByProxy = (answer: Fetched) => answer.cache === "HIT" && !(answer.headers.get("vary") ?? "").includes("rsc");

/** Polls `path` until `fresh(body)` holds; fails if that takes longer than FRESH_WITHIN_MS from `since`. */
async function freshWithin(path: string, fresh: (body: string) => boolean, since: number, init?: RequestInit): Promise<number> {
  for (;;) {
    const answer = await get(path, init);
    const elapsed = Date.now() - since;
    if (fresh(answer.body)) return elapsed;
    if (elapsed > FRESH_WITHIN_MS) throw new Error(`${path} still showed the old content ${elapsed} ms after the write`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("the page cache", () => {
  it("serves every reader page from the cache on repeated reads, the same HTML for everyone", async () => {
    const article = await db.article.findFirstOrThrow({ where: { status: "published", deletedAt: null } });
    const paths = [
      "/",
      "/timeline",
      "/timeline?group=month&actor=vladimir-putin",
      "/statements?speaker=dmitry-peskov",
      "/actors?kind=person",
      "/actors/vladimir-putin",
      "/articles",
      `/articles/${article.slug}`,
      "/search?q=peacekeepers",
    ];
    for (const path of paths) {
      const first = await cached(path);
      const again = await get(path);
      expect(again.status, path).toBe(200);
      expect(again.cache, path).toBe("HIT");
      expect(again.body, path).toBe(first.body);
      // Shared HTML carries no per-request nonce and no signed-in person's links.
      expect(again.body, path).not.toMatch(/nonce=|class="edit-link"/);
      expect(again.csp, path).toContain("script-src 'self' 'unsafe-inline'");
      // A browser's page load is answered by proxy.ts from the same entry: same HTML, same verdict and headers.
      const load = await get(path, PAGE_LOAD);
      expect([load.status, load.cache, load.body === first.body], path).toEqual([200, "HIT", true]);
      expect(load.headers.get("x-middleware-rewrite"), path).toBeNull();
      expect(load.csp, path).toBe(again.csp);
      expect(load.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(load.headers.get("cache-control"), path).toBe(again.headers.get("cache-control"));
      // Sent whole, as a static file is (patches/next+16.4.6.patch: Next.js would stream it chunked).
      const plain = await get(path, { headers: { ...PAGE_LOAD.headers, "accept-encoding": "identity" } });
      expect([plain.cache, plain.headers.get("content-length")], path).toEqual(["HIT", String(Buffer.byteLength(first.body))]);
      expect(plain.headers.get("transfer-encoding"), path).toBeNull();
      // Compressed for a client that asks, as Next.js compresses its own answers.
      expect(load.headers.get("content-encoding"), path).toBe(again.headers.get("content-encoding"));
    }
    const head = await get("/timeline", { ...PAGE_LOAD, method: "HEAD" });
    expect([head.status, head.cache, head.body]).toEqual([200, "HIT", ""]);
    // The same address with its parameters in another order, or an empty one added, is the same entry.
    expect((await get("/timeline?actor=vladimir-putin&group=month&q=")).cache).toBe("HIT");
  });

  it("keeps the nonce for the private pages, which are never cached", async () => {
    const signInPage = await get("/sign-in");
    expect(signInPage.cache).toBeNull();
    expect(signInPage.csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(signInPage.body).toMatch(/nonce="[A-Za-z0-9+/=]+"/);
    // The cache's internal addresses cannot be requested directly.
    expect((await get("/timeline/_q/q")).status).toBe(404);
  });

  it("a signed-in editor gets the cached page too, with Edit links added by the browser", async () => {
    const path = "/actors/vladimir-putin";
    await cached(path);
    const page = await signedIn(accounts.editor);
    const response = await page.goto(url(path));
    expect(response?.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(await response?.text()).not.toContain(accounts.editor.email);
    await page.getByRole("link", { name: "Edit Vladimir Putin" }).waitFor();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Editor" }).waitFor();
  }, 180_000);

  // Before the tests that write: an answer whose tags were expired less than RENDER_WINDOW_MS ago is not kept,
  // and polling for a HIT through that window would spend the API's per-client rate limit.
  it("answers feeds and the API from the cache, rate limited per request; a statement correction makes the affected ones fresh within a second", async () => {
    const statement = await db.statement.findFirstOrThrow({
      where: { deletedAt: null, text: { not: "a danger for us." } },
      orderBy: { id: "desc" },
      include: { speaker: true },
    });
    const event = await db.event.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: "asc" } });
    const speaker = statement.speaker.slug;
    const venue = `Cache test answer venue ${Date.now().toString(36)}`;
    const affected = [`/api/v1/statements?speaker=${speaker}`, "/feeds/statements", `/feeds/actors/${speaker}`];
    const unrelated = ["/api/v1/events", `/api/v1/events/${event.id}`, "/feeds/events"];
    const before = new Map<string, string>();
    for (const path of [...affected, ...unrelated]) {
      const first = await cached(path);
      const again = await get(path);
      expect(again.status, path).toBe(200);
      expect(again.cache, path).toBe("HIT");
      expect(again.body, path).toBe(first.body);
      // Read again, an address its route has answered is answered by proxy.ts from the same entry (answerHit),
      // without Next.js's route handler (whose answers carry its router's Vary), with the same headers.
      expect(answeredByProxy(again), path).toBe(true);
      for (const header of ["content-type", "access-control-allow-origin", "content-security-policy", "x-content-type-options"]) {
        expect(again.headers.get(header), `${path} ${header}`).toBe(first.headers.get(header));
      }
      const plain = await get(path, { headers: { "accept-encoding": "identity" } });
      expect([plain.cache, plain.headers.get("content-length")], path).toEqual(["HIT", String(Buffer.byteLength(first.body))]);
      before.set(path, again.body);
    }
    // A feed is kept under its canonical query: parameters it ignores, or the same filters written
    // differently, reach the same entry instead of filling the cache.
    expect((await get("/feeds/events?_junk=1&group=month")).cache).toBe("HIT");
    expect((await get(`/feeds/actors/${speaker}?page=2`)).cache).toBe("HIT");
    // The API under its parsed parameters: their order, a blank one or `limit` at its default reach the plain
    // entry (unknown names are a 400 there); another filter is another entry.
    for (const same of [`/api/v1/statements?limit=20&speaker=${speaker}`, `/api/v1/statements?q=&speaker=${speaker}`]) {
      const answer = await get(same);
      expect([answer.cache, answer.body], same).toEqual(["HIT", before.get(affected[0])]);
    }
    expect((await get(`/api/v1/statements?speaker=${speaker}&direct=true`)).cache).toBe("MISS");
    // A cached API answer still carries CORS and the client's rate limit, spent by proxy.ts as by the route.
    const one = await get(affected[0]);
    expect(answeredByProxy(one)).toBe(true);
    expect(one.headers.get("access-control-allow-origin")).toBe("*");
    expect(one.headers.get("ratelimit-policy")).toBe(`${RATE_LIMIT};w=60`);
    expect(remaining(one)).toBeLessThan(RATE_LIMIT);

    const savedAt = await correctVenue(statement.id, venue);

    for (const path of affected) await freshWithin(path, (body) => body.includes(venue), savedAt);
    for (const path of unrelated) {
      const answer = await get(path);
      expect(answer.cache, path).toBe("HIT");
      expect(answer.body, path).toBe(before.get(path));
      expect(answeredByProxy(answer), path).toBe(true);
    }
    // Once fresh, they are kept again and read again from proxy.ts.
    for (const path of affected) expect(answeredByProxy(await cached(path)) || answeredByProxy(await get(path)), path).toBe(true);
    // The limit counts reads answered by proxy.ts: each takes one token, so a client that has `left` tokens gets
    // exactly that many answers (plus what the bucket refills meanwhile, RATE_LIMIT a minute), then a 429 with
    // Retry-After, as the route answers.
    const startedAt = Date.now();
    const left = remaining(await get(affected[0]));
    let answered = 0;
    let refused: Fetched | undefined;
    while (!refused && answered <= RATE_LIMIT * 2) {
      const answer = await get(affected[0]);
      if (answer.status === 429) refused = answer;
      else {
        expect([answer.status, answeredByProxy(answer)]).toEqual([200, true]);
        answered++;
      }
    }
    const refilled = Math.ceil(((Date.now() - startedAt) / 60_000) * RATE_LIMIT);
    expect(answered).toBeGreaterThanOrEqual(left);
    expect(answered).toBeLessThanOrEqual(left + 1 + refilled); // + 1: `left` is rounded down
    expect(refused!.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
    expect(remaining(refused!)).toBe(0);
    expect(JSON.parse(refused!.body).error.status).toBe(429);
    expect(refused!.headers.get("access-control-allow-origin")).toBe("*");
  }, 180_000);

  it("a statement correction makes its pages fresh within a second; unrelated pages stay cached", async () => {
    const statement = await db.statement.findFirstOrThrow({
      where: { deletedAt: null, text: { not: "a danger for us." } },
      orderBy: { id: "asc" },
      include: { speaker: true, article: true },
    });
    const venue = `Cache test venue ${Date.now().toString(36)}`;
    const affected = ["/statements", `/actors/${statement.speaker.slug}`];
    const unrelated = ["/timeline", "/timeline?group=month"];
    for (const path of [...affected, ...unrelated]) await cached(path);
    const before = new Map(await Promise.all(unrelated.map(async (p) => [p, (await cached(p)).body] as const)));

    const savedAt = await correctVenue(statement.id, venue);

    for (const path of affected) await freshWithin(path, (body) => body.includes(venue), savedAt);
    for (const path of affected) await freshWithin(path, (body) => body.includes(venue), savedAt, PAGE_LOAD);
    for (const path of unrelated) {
      const answer = await get(path);
      expect(answer.cache, path).toBe("HIT");
      expect(answer.body, path).toBe(before.get(path));
      expect((await get(path, PAGE_LOAD)).body, path).toBe(before.get(path));
    }
  }, 180_000);

  it("deleting an event takes it off the timeline within a second and restoring brings it back; statements stay cached", async () => {
    const event = await db.event.findFirstOrThrow({ where: { deletedAt: null, title: { not: "" } }, orderBy: { id: "asc" } });
    const marker = `id="e-${event.id}"`;
    const timeline = "/timeline?group=month";
    expect((await cached(timeline)).body).toContain(marker);
    const statementsBefore = (await cached("/statements")).body;

    const editor = await signedIn(accounts.editor);
    await editor.goto(url(`/editor/events/${event.id}`));
    await editor.getByRole("button", { name: "Delete…" }).click();
    await editor.getByRole("button", { name: "Yes, delete this event" }).click();
    await editor.waitForURL((u) => u.pathname === "/timeline");
    await freshWithin(timeline, (body) => !body.includes(marker), Date.now());
    const statements = await get("/statements");
    expect(statements.cache).toBe("HIT");
    expect(statements.body).toBe(statementsBefore);

    const admin = await signedIn(accounts.admin);
    await admin.goto(url(`/editor/events/${event.id}`));
    await admin.getByRole("button", { name: "Restore" }).click();
    await admin.getByRole("note", { name: "Deleted record" }).waitFor({ state: "detached" });
    await freshWithin(timeline, (body) => body.includes(marker), Date.now());
  }, 180_000);
});

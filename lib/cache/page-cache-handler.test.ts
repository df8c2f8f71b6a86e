import { createRequire } from "node:module";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { until } from "../../tests/support/wait";

type Handler = {
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  set(key: string, data: unknown, ctx: object): Promise<void>;
  get(key: string, ctx: object): Promise<{ value: unknown } | null>;
};
const require = createRequire(import.meta.url);
const PageCacheHandler = require("./page-cache-handler.cjs") as {
  new (ctx: object): Handler;
  RENDER_WINDOW_MS: number;
  cachedPageFor(path: string): { html: Buffer; revalidate: number } | null;
  cachedAnswerFor(address: string): { status: number; body: Buffer | null; headers: Record<string, string> } | null;
  noteAnswerAddress(address: string, answerKey: string): void;
};

const handler = new PageCacheHandler({ maxMemoryCacheSize: 1024 * 1024, flushToDisk: false, serverDistDir: "/nonexistent", revalidatedTags: [] });
const page = (tags: string) => ({ kind: "APP_PAGE", html: "<p>page</p>", rscData: undefined, headers: { "x-next-cache-tags": tags }, status: 200 });
const PAGE_CTX = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
let key = 0;
/** Stores a page carrying `tags` under a new key, and says whether the cache kept it. */
async function kept(tags: string): Promise<boolean> {
  const name = `/statements/_q/${++key}`;
  await handler.set(name, page(tags), { cacheControl: { revalidate: 3600, expire: undefined } });
  return (await handler.get(name, PAGE_CTX)) !== null;
}

describe("the page cache handler", () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"] }));
  afterEach(() => vi.useRealTimers());

  it("keeps pages whose tags were not expired lately", async () => {
    expect(await kept("statements,actor:vladimir-putin")).toBe(true);
  });

  it("does not keep a page stored right after one of its tags expired: its render may have read the old rows", async () => {
    await handler.revalidateTag(["statements"], { expire: 0 });
    expect(await kept("statements,actor:vladimir-putin")).toBe(false);
    expect(await kept("events,actor:olaf-scholz")).toBe(true);
  });

  it("keeps such pages again once any render that began before the write has ended", async () => {
    await handler.revalidateTag("actor:dmitry-peskov", { expire: 0 });
    vi.advanceTimersByTime(PageCacheHandler.RENDER_WINDOW_MS - 1);
    expect(await kept("actor:dmitry-peskov")).toBe(false);
    vi.advanceTimersByTime(2);
    expect(await kept("actor:dmitry-peskov")).toBe(true);
  });

  it("does the same for a route's cached answer (a data entry), whose tags come with it when it is stored", async () => {
    const answer = { kind: "FETCH", data: { headers: {}, body: "{}", status: 200, url: "" }, revalidate: 3600 };
    const keptAnswer = async (tags: string[]) => {
      const name = `answer-${++key}`;
      await handler.set(name, answer, { fetchCache: true, tags, fetchIdx: 1, fetchUrl: "" });
      return (await handler.get(name, { kind: "FETCH", tags, softTags: [] })) !== null;
    };
    await handler.revalidateTag(["event:answer-test"], { expire: 0 });
    expect(await keptAnswer(["event:answer-test", "actors"])).toBe(false);
    expect(await keptAnswer(["actor:answer-test"])).toBe(true);
  });

  it("hands proxy.ts a fresh cached page by the path it was rendered for, and nothing once a write expired its tags", async () => {
    const key = (path: string) => `/route-cache/APP_PAGE/0123abcd/$${path}`;
    const ctx = { cacheControl: { revalidate: 3600, expire: undefined } };
    await handler.set(key("/actors/_q/qa2luZD1wZXJzb24"), page("actors,actor:proxy-test"), ctx);
    await handler.set(key("/actors/_q/qbm90LWZvdW5k"), { ...page("actors"), status: 404 }, ctx);
    const hit = PageCacheHandler.cachedPageFor("/actors/_q/qa2luZD1wZXJzb24");
    expect(hit?.html.toString("utf8")).toBe("<p>page</p>");
    expect(hit?.revalidate).toBe(3600);
    expect(PageCacheHandler.cachedPageFor("/actors/_q/qbm90LWZvdW5k")).toBeNull(); // only 200s
    expect(PageCacheHandler.cachedPageFor("/actors/_q/qnever")).toBeNull();
    // Next.js compares the expiry (Date.now()) with performance's clock: real time, polled.
    vi.useRealTimers();
    const storedAt = Date.now();
    await until("a later millisecond", async () => (Date.now() > storedAt ? true : undefined), { timeoutMs: 1000, everyMs: 1 });
    await handler.revalidateTag("actor:proxy-test", { expire: 0 });
    await until("the page no longer handed out", async () => (PageCacheHandler.cachedPageFor("/actors/_q/qa2luZD1wZXJzb24") === null ? true : undefined), { timeoutMs: 1000, everyMs: 5 });
  });

  it("hands proxy.ts a route's fresh cached answer by the address it was asked at, and nothing once a write expired its tags", async () => {
    const answerKey = "/api/v1/events [[\"limit\",50]]";
    const answer = { answerKey, status: 200, body: '{"data":["Überfall"]}', headers: { "Content-Type": "application/json; charset=utf-8" } };
    const data = { kind: "FETCH", data: { headers: {}, body: JSON.stringify(answer), status: 200, url: "" }, revalidate: 3600 };
    await handler.set("answer-proxy-test", data, { fetchCache: true, tags: ["event:proxy-answer", "actors"], fetchIdx: 1, fetchUrl: "" });
    // Found only at addresses its route said it answered from this key.
    expect(PageCacheHandler.cachedAnswerFor("/api/v1/events?limit=50")).toBeNull();
    PageCacheHandler.noteAnswerAddress("/api/v1/events?limit=50", answerKey);
    PageCacheHandler.noteAnswerAddress("/api/v1/events", answerKey);
    for (const address of ["/api/v1/events", "/api/v1/events?limit=50"]) {
      const hit = PageCacheHandler.cachedAnswerFor(address);
      expect([hit?.status, hit?.body?.toString("utf8"), hit?.headers]).toEqual([200, answer.body, answer.headers]);
    }
    // Another route's data entry (not an answer) is never handed out.
    await handler.set("not-an-answer", { ...data, data: { ...data.data, body: "true" } }, { fetchCache: true, tags: ["events"], fetchIdx: 1, fetchUrl: "" });
    PageCacheHandler.noteAnswerAddress("/feeds/events", "not-an-answer");
    expect(PageCacheHandler.cachedAnswerFor("/feeds/events")).toBeNull();

    vi.useRealTimers();
    const storedAt = Date.now();
    await until("a later millisecond", async () => (Date.now() > storedAt ? true : undefined), { timeoutMs: 1000, everyMs: 1 });
    await handler.revalidateTag("event:proxy-answer", { expire: 0 });
    await until("the answer no longer handed out", async () => (PageCacheHandler.cachedAnswerFor("/api/v1/events") === null ? true : undefined), { timeoutMs: 1000, everyMs: 5 });
  });

  it("keeps a page's HTML as its UTF-8 bytes, so a hit is written to the socket without encoding a string", async () => {
    const html = "<p>Zelensky – “ceasefire” 💬</p>";
    await handler.set("/timeline/_q/bytes", { ...page("events"), html }, { cacheControl: { revalidate: 3600, expire: undefined } });
    const stored = (await handler.get("/timeline/_q/bytes", PAGE_CTX))?.value as { html: unknown };
    expect(Buffer.isBuffer(stored.html)).toBe(true);
    expect((stored.html as Buffer).toString("utf8")).toBe(html);
  });
});

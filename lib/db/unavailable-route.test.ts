import { describe, expect, it } from "vitest";
import { answer503WhenDatabaseDown } from "./unavailable-route";

describe("answer503WhenDatabaseDown", () => {
  it("turns a lost database into 503 with Retry-After, in the path's format", async () => {
    const lost = answer503WhenDatabaseDown(async () => {
      throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    });
    const feed = await lost(new Request("http://localhost/feeds/events"));
    expect(feed.status).toBe(503);
    expect(feed.headers.get("Retry-After")).toBe("5");
    expect(feed.headers.get("Content-Type")).toMatch(/^text\/plain/);
    expect((await lost(new Request("http://localhost/api/v1/events"))).headers.get("Content-Type")).toBe("application/json");
  });

  it("passes answers through and rethrows every other error", async () => {
    const ok = answer503WhenDatabaseDown(async (_request: Request, id: string) => new Response(id));
    expect(await (await ok(new Request("http://localhost/x"), "42")).text()).toBe("42");
    const broken = answer503WhenDatabaseDown(async () => {
      throw new TypeError("a bug");
    });
    await expect(broken(new Request("http://localhost/x"))).rejects.toThrow("a bug");
  });

  it("answers an empty 499 when the handler stopped because its client left", async () => {
    const controller = new AbortController();
    const feed = answer503WhenDatabaseDown(async (request: Request) => {
      controller.abort();
      request.signal.throwIfAborted();
      return new Response("never");
    });
    const answer = await feed(new Request("http://localhost/feeds/events", { signal: controller.signal }));
    expect(answer.status).toBe(499);
    expect(await answer.text()).toBe("");
  });
});

import { describe, expect, it } from "vitest";
import { refusal } from "./per-request";

describe("refusal before any route runs", () => {
  it("is the API's JSON error with CORS under /api, so a script can read why", async () => {
    const answer = refusal("/api/v1/events", 414, "The address is too long.");
    expect(answer.status).toBe(414);
    expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    expect(await answer.json()).toEqual({ error: { status: 414, message: "The address is too long." } });
  });

  it("is plain text for pages, feeds and exports", async () => {
    const answer = refusal("/timeline", 414, "The address is too long.");
    expect([answer.status, answer.headers.get("content-type"), await answer.text()]).toEqual([414, "text/plain; charset=utf-8", "The address is too long."]);
  });
});

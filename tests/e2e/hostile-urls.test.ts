import { describe, expect, inject, it } from "vitest";

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const forgedCursors = [b64(["2025-99-99", "x"]), b64(["2025-02-30", "x"]), b64(["-271821-04-20T00:00:00.000Z", "x"]), b64(["zzz", "x"]), b64(["2025-09-07", "x\u0000"]), "%%%"];
// Well-formed cursors of another sort order: a speaker order's [speaker, day], a count, a name.
const otherOrderCursors = [b64([JSON.stringify(["x", "2025-09-01"]), "x"]), b64([12, "x"]), b64(["volodymyr zelenskiy", "x"])];

const lists = ["/timeline", "/statements", "/articles", "/actors", "/search", "/actors/vladimir-putin"];
const exports = ["/timeline/export", "/statements/export", "/articles/export", "/actors/export"];
const feeds = ["/feeds/events", "/feeds/statements", "/feeds/actors/vladimir-putin"];
const hostileQueries = [
  "q=%00", "q=%00%01%7f", "place=%00", "from=0000-01-01", "to=0000-01-01", "from=2025-02-30&to=1999-01-01",
  "actor=%00&type=bogus&group=decade", "speaker=&direct=maybe", `q=${"x".repeat(10_000)}`, "q=%27%3B+DROP+TABLE+%22Article%22%3B--",
  "q=%E2%80%AE%F0%9F%92%A5", "kind=zzz&q=%25_%5C", ...forgedCursors.map((c) => `cursor=${c}`),
  ...otherOrderCursors.map((c) => `cursor=${c}`), `sort=speaker&cursor=${b64(["2025-09-01", "x"])}`, `sort=activity&cursor=${b64(["kyiv", "x"])}`,
];

async function fetchText(path: string, init?: RequestInit) {
  const response = await fetch(inject("baseUrl") + path, { redirect: "manual", ...init });
  return { status: response.status, body: await response.text() };
}

describe("hostile URLs never break a page", () => {
  it("lists, exports and feeds answer every malformed parameter without an error", async () => {
    const failures: string[] = [];
    for (const base of [...lists, ...exports, ...feeds]) {
      for (const query of hostileQueries) {
        const path = `${base}?${query}${exports.includes(base) ? "&format=json" : ""}`;
        const { status, body } = await fetchText(path);
        // An error boundary renders with status 200: look for its words and Next's error digest too.
        const broken = /Something went wrong|could not be shown|data-dgst|"digest":"/.test(body);
        if (status >= 500 || broken) failures.push(`${status} ${path.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 240_000);

  // /timeline, /actors and /search once dropped these silently: the unfiltered list passed for the filtered one.
  it("a list that ignores a filter says so, and a good URL has no notice", async () => {
    const notices: [string, string[]][] = [
      ["/timeline?from=2025-02-30&type=nope&match=zzz&group=zzz", ['from: "2025-02-30" is not a day that exists', 'type: "nope" is not one of', 'match: "zzz" is not one of any, all', 'group: "zzz" is not one of day, week, month; showing by week.']],
      ["/actors?kind=martian", ['kind: "martian" is not one of person,']],
      [`/actors?q=${"x".repeat(300)}`, ["q: at most 200 characters; ignored."]],
      [`/search?q=${"x".repeat(300)}`, ["q: at most 200 characters; ignored."]],
      [`/statements?sort=speaker&cursor=${b64(["2025-09-01", "x"])}`, ["cursor: a page link for another sort order; showing the first page."]],
      [`/actors?sort=activity&cursor=${b64(["volodymyr zelenskiy", "x"])}`, ["cursor: a page link for another sort order; showing the first page."]],
      [`/timeline?cursor=${b64(["2025-02-30", "x"])}`, ["cursor: not a page link this list handed out; showing the first page."]],
      ["/actors/vladimir-putin?cursor=%25%25%25", ["cursor: not a page link this list handed out; showing the first page."]],
    ];
    for (const [path, expected] of notices) {
      const { status, body } = await fetchText(path);
      const notice = /data-testid="list-notice">(.*?)<\/div>/.exec(body)?.[1].replaceAll("&quot;", '"') ?? "";
      expect(status, path).toBe(200);
      for (const words of expected) expect(notice, path).toContain(words);
    }
    for (const path of ["/timeline?from=2025-09-01&type=phone_call&group=month", "/actors?kind=person", "/search?q=peace"]) {
      expect((await fetchText(path)).body, path).not.toContain('data-testid="list-notice"');
    }
  });

  it("malformed paths are 400/404, not 500", async () => {
    for (const path of ["/actors/%FF", "/articles/%FF", "/feeds/actors/%FF", "/actors/%00", "/feeds/actors/vladimir-putin%00", "/editor/statements/%FF"]) {
      const { status } = await fetchText(path);
      expect([400, 404], path).toContain(status);
    }
  });

  it("a cross-site server action post is refused with 403", async () => {
    const { status } = await fetchText("/editor/articles/new", {
      method: "POST",
      headers: { "Next-Action": "00".repeat(21), Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
      body: "[{}]",
    });
    expect(status).toBe(403);
  });
});

import { describe, expect, it } from "vitest";
import { actorFilters, actorNotices, parseActorFilters } from "@/lib/actors/filters";
import { parseTimelineFilters, timelineFilters, timelineNotices } from "@/lib/events/filters";
import { encodeCursor } from "@/lib/pagination/cursor";
import { articleNotices } from "@/lib/articles/filters";
import { parseStatementFilters, statementFilters, statementNotices } from "@/lib/statements/filters";
import { searchNotices } from "@/lib/search/filters";

// Each filter is defined once; pages read it leniently, the API strictly. Same good values, same result.
describe("one filter schema, two readings", () => {
  const cursor = encodeCursor({ key: "2025-09-07", id: "abc" });

  it("reads good parameters the same way both ways", () => {
    const params = { speaker: ["Vladimir-Putin", "andrii-sybiha"], from: "2025-09-01", direct: "Paraphrase", q: " peace ", topic: "peace-talks", cursor };
    expect(statementFilters.api.parse(params)).toEqual(parseStatementFilters(params));
    const timeline = { actor: "a,b", type: ["phone_call"], place: "Kyiv", from: "2025-09-01", cursor };
    expect(timelineFilters.api.parse(timeline)).toEqual(parseTimelineFilters(timeline));
    expect(actorFilters.api.parse({ q: "sybiha", kind: "person" })).toEqual(parseActorFilters({ q: "sybiha", kind: "person" }));
  });

  it("where the page falls back, the API refuses and names the parameter", () => {
    const bad = { speaker: ["putin", "Not a slug"], from: "2025-02-30", direct: "maybe", cursor: "%%%", unknown: "1" };
    expect(parseStatementFilters(bad)).toMatchObject({ speaker: ["putin"], from: undefined, direct: undefined, cursor: "%%%" });
    const result = statementFilters.api.safeParse(bad);
    expect(result.success).toBe(false);
    const named = result.error!.issues.map((i) => (i.code === "unrecognized_keys" ? i.keys.join() : String(i.path[0])));
    expect(named.sort()).toEqual(["cursor", "direct", "from", "speaker", "unknown"]);
    expect(result.error!.issues.find((i) => i.path[0] === "speaker")!.message).toBe('"not a slug" is not a slug');
  });
});

// A page that dropped a filter says so: otherwise the unfiltered list passes for the filtered one.
describe("notices for filters a page ignored", () => {
  it("names each refused filter and its value, and nothing for good or unknown parameters", () => {
    const notices = statementNotices({ from: "2025-02-30", q: "x".repeat(201), speaker: ["putin", "Not a slug"], to: "2025-09-01", utm_source: "mail", sort: "loudest" });
    expect(notices).toEqual([
      'sort: "loudest" is not one of newest, oldest, speaker, speaker-activity; showing newest first.',
      "speaker: \"not a slug\" is not a slug; ignored.",
      'from: "2025-02-30" is not a day that exists (YYYY-MM-DD); ignored.',
      "q: at most 200 characters; ignored.",
    ]);
    expect(articleNotices({ publication: "bne-intellinews", from: "2025-09-01", cursor: encodeCursor({ key: "2025-09-07", id: "abc" }), q: "" })).toEqual([]);
    expect(articleNotices({ cursor: "%%%" })).toEqual(["cursor: not a page link this list handed out; showing the first page."]);
    expect(articleNotices({ to: "tomorrow" })).toEqual(['to: "tomorrow" is not a day that exists (YYYY-MM-DD); ignored.']);
  });

  it("on the timeline, in the same words", () => {
    const timeline = timelineNotices({ from: "2025-02-30", type: "nope", match: "zzz", group: "zzz", view: "grid", actor: "vladimir-putin", cursor: "%%%" });
    expect(timeline).toEqual([
      'group: "zzz" is not one of day, week, month; showing by week.',
      'match: "zzz" is not one of any, all; showing events with any of the actors.',
      'view: "grid" is not one of cards, table; showing cards.',
      expect.stringMatching(/^type: "nope" is not one of summit_talks, phone_call, .*; ignored\.$/),
      'from: "2025-02-30" is not a day that exists (YYYY-MM-DD); ignored.',
      "cursor: not a page link this list handed out; showing the first page.",
    ]);
    expect(timelineNotices({ from: "2025-09-01", type: "phone_call", match: "all", group: "month", view: "table", utm_source: "mail" })).toEqual([]);
  });

  it("on a cursor of another sort order or an impossible day, with the order the page shows", () => {
    const b64 = (key: unknown) => Buffer.from(JSON.stringify([key, "abc"])).toString("base64url");
    const otherOrder = ["cursor: a page link for another sort order; showing the first page."];
    const speakerKey = JSON.stringify(["abc", "2025-09-01"]);
    expect(statementNotices({ sort: "speaker", cursor: b64("2025-09-01") })).toEqual(otherOrder);
    expect(statementNotices({ cursor: b64(speakerKey) })).toEqual(otherOrder);
    expect(statementNotices({ sort: "speaker", cursor: b64(speakerKey) })).toEqual([]);
    expect(statementNotices({ sort: "oldest", cursor: b64(null) })).toEqual([]);
    // An unknown sort shows the default order, and the cursor is read in that order.
    expect(statementNotices({ sort: "loudest", cursor: b64(speakerKey) })).toEqual([expect.stringMatching(/^sort: /), ...otherOrder]);
    expect(actorNotices({ sort: "activity", cursor: b64("kyiv") })).toEqual(otherOrder);
    expect(actorNotices({ sort: "activity", cursor: b64(12) })).toEqual([]);
    expect(actorNotices({ sort: "last-active", cursor: b64("2025-02-30") })).toEqual(otherOrder); // a name, as the default order has them
    const impossibleDay = ["cursor: not a page link this list handed out; showing the first page."];
    expect(articleNotices({ cursor: b64("2025-02-30") })).toEqual(impossibleDay);
    expect(timelineNotices({ cursor: b64("2025-02-30") })).toEqual(impossibleDay);
    expect(timelineNotices({ cursor: "x".repeat(600) })).toEqual(impossibleDay);
    expect(timelineNotices({ cursor: b64(null) })).toEqual([]);
  });

  it("on the actor directory and search, naming the limit of words", () => {
    expect(actorNotices({ kind: "martian", q: "x".repeat(300) })).toEqual([
      "q: at most 200 characters; ignored.",
      'kind: "martian" is not one of person, state, government, armed_force, alliance, organization, media, other; ignored.',
    ]);
    expect(actorNotices({ kind: "person", q: "sybiha" })).toEqual([]);
    expect(searchNotices({ q: "x".repeat(300) })).toEqual(["q: at most 200 characters; ignored."]);
    expect(searchNotices({ q: "peace" })).toEqual([]);
  });
});

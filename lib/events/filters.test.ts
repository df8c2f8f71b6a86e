import { describe, expect, it } from "vitest";
import { filterParams, hasActiveFilters, parseTimelineFilters, timelineFilters } from "./filters";

describe("timeline filters", () => {
  it("reads repeated and comma-separated actors and types, keeping only real types and slug-shaped actors", () => {
    const f = parseTimelineFilters({ actor: ["vladimir-putin", "Donald-Trump,../etc"], type: ["phone_call", "bogus,sanctions"] });
    expect(f.actor).toEqual(["vladimir-putin", "donald-trump"]);
    expect(f.type).toEqual(["phone_call", "sanctions"]);
  });

  it("falls back to defaults on malformed values", () => {
    expect(parseTimelineFilters({ from: "2025-02-30", type: "bogus", cursor: "garbage", group: "decade", to: "x" })).toEqual({
      actor: [], type: [], place: undefined, from: undefined, to: undefined, q: undefined, group: undefined, cursor: "garbage",
    });
    expect(parseTimelineFilters({ cursor: "x".repeat(600), q: "y".repeat(300) })).toMatchObject({ cursor: undefined, q: undefined });
  });

  it("swaps a reversed date range and reads URLSearchParams", () => {
    const f = parseTimelineFilters(new URLSearchParams("from=2025-09-30&to=2025-09-01&actor=a&actor=b&group=month"));
    expect(f).toMatchObject({ from: "2025-09-01", to: "2025-09-30", actor: ["a", "b"], group: "month" });
  });

  it("knows when anything narrows the list, and drops the cursor from links", () => {
    expect(hasActiveFilters(parseTimelineFilters({ group: "day", cursor: "abc" }))).toBe(false);
    expect(hasActiveFilters(parseTimelineFilters({ place: "Kyiv" }))).toBe(true);
    expect(filterParams(parseTimelineFilters({ place: "Kyiv", cursor: "abc" })).cursor).toBeUndefined();
  });
});

describe("the API's reading of a timeline cursor", () => {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
  it("refuses a well-formed cursor whose key is not a day, takes the ones the timeline hands out", () => {
    for (const key of ["9999-99-99", "2025-02-30", "zzz", 5]) expect(timelineFilters.api.safeParse({ cursor: b64([key, "x"]) }).success, String(key)).toBe(false);
    for (const key of ["2025-09-07", null]) expect(timelineFilters.api.parse({ cursor: b64([key, "x"]) }).cursor).toBe(b64([key, "x"]));
  });
});

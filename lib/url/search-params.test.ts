import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isoDay, many, parseSearchParams, single, toQueryString, words } from "./search-params";

const schema = z.object({
  actor: many,
  from: isoDay,
  q: words,
  view: single.pipe(z.enum(["day", "week", "month"]).optional()).catch("week"),
});

describe("search params", () => {
  it("reads repeated and comma-separated values", () => {
    expect(parseSearchParams(schema, { actor: ["putin", "zelenskiy,putin"], from: "2025-09-01", q: " refinery " })).toEqual({
      actor: ["putin", "zelenskiy"],
      from: "2025-09-01",
      q: "refinery",
      view: undefined,
    });
  });

  it("falls back on malformed values instead of throwing", () => {
    const parsed = parseSearchParams(schema, { from: "2025-02-30", view: "decade", q: "x".repeat(500) });
    expect(parsed).toEqual({ actor: [], from: undefined, q: undefined, view: "week" });
  });

  it("writes filters back as a query string", () => {
    expect(toQueryString({ actor: ["a", "b"], from: "2025-09-01", q: "", cursor: null })).toBe("?actor=a&actor=b&from=2025-09-01");
    expect(toQueryString({})).toBe("");
  });
});

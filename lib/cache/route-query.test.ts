import { describe, expect, it } from "vitest";
import { cachedPathFor, canonicalQuery, decodeQuerySegment, encodeQuerySegment, isCachedReaderPath } from "./route-query";

const search = (s: string) => new URLSearchParams(s);

describe("cached reader paths", () => {
  it("sorts keys, keeps the order of a key's values and drops empty values", () => {
    expect(canonicalQuery(search("page=3&actor=b&actor=a&q=&=x"))).toBe("actor=b&actor=a&page=3");
    expect(encodeQuerySegment(search("page=3&actor=x"))).toBe(encodeQuerySegment(search("actor=x&page=3&q=")));
  });

  it("round-trips any query through one path segment", () => {
    const segment = encodeQuerySegment(search("q=“legitimate targets”/&actor=a&actor=b&from=2025-01-01"));
    expect(segment).toMatch(/^q[A-Za-z0-9_-]*$/);
    expect(decodeQuerySegment(segment)).toEqual({ actor: ["a", "b"], from: "2025-01-01", q: "“legitimate targets”/" });
    expect(cachedPathFor("/", search(""))).toBe("/_q/q");
    expect(cachedPathFor("/timeline", search("group=month"))).toBe(`/timeline/_q/${encodeQuerySegment(search("group=month"))}`);
  });

  it("reads a malformed segment as no parameters", () => {
    expect(decodeQuerySegment("not base64!")).toEqual({});
    expect(decodeQuerySegment("")).toEqual({});
  });

  it("covers the reader pages only", () => {
    for (const p of ["/", "/timeline", "/statements", "/actors", "/articles", "/search", "/actors/vladimir-putin"]) expect(isCachedReaderPath(p), p).toBe(true);
    for (const p of ["/actors/export", "/timeline/export", "/editor", "/sign-in", "/articles/some-slug", "/feeds/events", "/api/auth/session"]) expect(isCachedReaderPath(p), p).toBe(false);
  });
});

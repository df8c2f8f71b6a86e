import { describe, expect, it } from "vitest";
import { cursorIn, cursorInstant, cursorRefusal, cursorRule, decodeCursor, encodeCursor, pageOf } from "./cursor";

describe("cursor", () => {
  it("round-trips dates as strings, numbers and nulls", () => {
    for (const key of ["2025-09-05", 42, null]) {
      expect(decodeCursor(encodeCursor({ key, id: "abc" }))).toEqual({ key, id: "abc" });
    }
  });

  it("treats garbage as the first page", () => {
    for (const bad of ["", "%%%", "bm90IGpzb24", Buffer.from('{"a":1}').toString("base64url"), "x".repeat(600)]) {
      expect(decodeCursor(bad)).toBeNull();
    }
  });

  it("pages a take+1 batch", () => {
    const rows = [{ id: "a", n: 3 }, { id: "b", n: 2 }, { id: "c", n: 1 }];
    const page = pageOf(rows, 2, (r) => r.n);
    expect(page.items.map((r) => r.id)).toEqual(["a", "b"]);
    expect(decodeCursor(page.nextCursor)).toEqual({ key: 2, id: "b" });
    expect(pageOf(rows, 3, (r) => r.n).nextCursor).toBeNull();
  });
});

describe("forged cursors", () => {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
  it("refuse ids and keys with control characters", () => {
    expect(decodeCursor(b64(["2025-09-07", "x\u0000"]))).toBeNull();
    expect(decodeCursor(b64(["a\u0000b", "abc"]))).toBeNull();
  });
  it("read only moments as the audit log writes them, on days that exist", () => {
    expect(cursorInstant("2025-09-07T10:00:00.000Z")?.getUTCHours()).toBe(10);
    for (const key of ["2025-09-07", "2025-02-30T10:00:00.000Z", "2025-09-07T25:00:00.000Z", "-271821-04-20T00:00:00.000Z", "0999-01-01T00:00:00.000Z", "zzz", null, 5]) {
      expect(cursorInstant(key as never), String(key)).toBeNull();
    }
  });
});

describe("a list's cursor rule: one check for the API, the page and the query", () => {
  const b64 = (key: unknown) => Buffer.from(JSON.stringify([key, "abc"])).toString("base64url");
  // A list in name order (the default) or by a count, as the actor directory.
  const rule = cursorRule<"name" | "count">((key, sort) => (sort === "count" ? typeof key === "number" : typeof key === "string"), ["name", "count"]);

  it("continues from a cursor of the order asked for, else from the first page", () => {
    expect(cursorIn(rule, { cursor: b64("kyiv") })).toEqual({ key: "kyiv", id: "abc" });
    expect(cursorIn(rule, { cursor: b64(12), sort: "count" })).toEqual({ key: 12, id: "abc" });
    expect(cursorIn(rule, { cursor: b64(12), sort: "name" })).toBeNull();
    expect(cursorIn(rule, { cursor: "%%%" })).toBeNull();
    expect(cursorIn(rule, {})).toBeNull();
  });

  it("tells a cursor of another order from one the list never hands out", () => {
    expect(cursorRefusal(rule, undefined, "count")).toBeNull();
    expect(cursorRefusal(rule, b64(12), "count")).toBeNull();
    expect(cursorRefusal(rule, b64(12), undefined)).toBe("otherOrder");
    expect(cursorRefusal(rule, b64("kyiv"), "count")).toBe("otherOrder");
    expect(cursorRefusal(rule, b64(null), "count")).toBe("malformed");
    for (const bad of ["%%%", "", "x".repeat(600), 5, ["a"]]) expect(cursorRefusal(rule, bad, undefined), String(bad)).toBe("malformed");
  });

  it("leaves an unknown sort to its own refusal: any of the list's orders will do", () => {
    expect(cursorRefusal(rule, b64(12), "loudest")).toBeNull();
    expect(cursorRefusal(rule, b64(null), "loudest")).toBe("malformed");
  });
});

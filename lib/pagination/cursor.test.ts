import { describe, expect, it } from "vitest";
import { cursorDate, decodeCursor, encodeCursor, isCalendarDay, pageOf } from "./cursor";

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
  it("read only dates PostgreSQL can store", () => {
    expect(cursorDate("2025-09-07")?.toISOString()).toBe("2025-09-07T00:00:00.000Z");
    expect(cursorDate("2025-09-07T10:00:00.000Z")?.getUTCHours()).toBe(10);
    for (const key of ["2025-99-99", "2025-02-30", "-271821-04-20T00:00:00.000Z", "0000-01-01", "zzz", null, 5]) expect(cursorDate(key as never), String(key)).toBeNull();
  });
  it("take calendar days only, the never-active 0001-01-01 included", () => {
    for (const day of ["2025-09-07", "2024-02-29", "0001-01-01", "9999-12-31"]) expect(isCalendarDay(day), day).toBe(true);
    for (const key of ["2025-02-30", "2025-02-29", "2025-13-01", "0000-01-01", "2025-9-7", "2025-09-07T00:00:00Z", 20250907, null]) expect(isCalendarDay(key), String(key)).toBe(false);
  });
});

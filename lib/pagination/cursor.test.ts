import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, pageOf } from "./cursor";

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

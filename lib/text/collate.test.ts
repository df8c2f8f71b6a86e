import { describe, expect, it } from "vitest";
import { byName, compareNames } from "./collate";

describe("name order", () => {
  it("sorts as localeCompare in English ignoring case and accents does, without changing its input", () => {
    const rows = [{ name: "Zelenskiy" }, { name: "bne IntelliNews" }, { name: "Émile" }, { name: "BBC" }, { name: "ernst" }];
    const sorted = byName(rows);
    expect(sorted.map((r) => r.name)).toEqual(
      [...rows].sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" })).map((r) => r.name),
    );
    expect(sorted.map((r) => r.name)).toEqual(["BBC", "bne IntelliNews", "Émile", "ernst", "Zelenskiy"]);
    expect(rows[0].name).toBe("Zelenskiy");
    expect(compareNames("émile", "EMILE")).toBe(0);
  });
});

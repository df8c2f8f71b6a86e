import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const actorsOf = (body: string) => extractArticle({ text: `Title\n\n${body}`, publishedOn: "2026-03-02" }).actors;

describe("short names in parentheses", () => {
  it("gives an institution the transliterated short name written after it", () => {
    const agency = actorsOf("Officials at the Federal Forestry Agency (Lesagentstvo) said on Monday that fires had spread.").find((a) => a.name === "Federal Forestry Agency");
    expect(agency?.aliases).toContain("Lesagentstvo");
  });

  it("reads no short name from a text without a capitalised word in parentheses", () => {
    const names = actorsOf("The Federal Forestry Agency said on Monday that fires had spread (again).").map((a) => a.name);
    expect(names).not.toContain("Again");
  });
});

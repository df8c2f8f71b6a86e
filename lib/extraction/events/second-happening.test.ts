import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { splitClauses } from "./clauses";
import { splitSecondHappenings } from "./second-happening";

const parts = (s: string) =>
  splitSecondHappenings(splitClauses(s, 0, []), s, 0).map((c) => ({ text: s.slice(c.start, c.end), relative: c.relative, nested: c.nested }));
const titles = (text: string) => extractArticle({ text, publishedOn: "2026-03-13", title: "T", rulesOnly: true }).events.map((e) => e.title);

describe("a 'where' relative with a pronoun or a name as its subject is a clause of its own", () => {
  it("with a pronoun subject", () => {
    expect(parts("In March the Dutch minister hosted a donors' conference in Bern, where she pledged 50 million francs for mine clearance.")).toEqual([
      { text: "In March the Dutch minister hosted a donors' conference in Bern", relative: false, nested: false },
      { text: "she pledged 50 million francs for mine clearance.", relative: true, nested: true },
    ]);
  });
  it("with a list of names as its subject, whose commas it reads past", () => {
    const s = "The foreign ministers met in Oslo on Friday, where Spain, Italy and Greece agreed to fund a field hospital in Kharkiv.";
    expect(parts(s).map((p) => p.text)).toEqual(["The foreign ministers met in Oslo on Friday", "Spain, Italy and Greece agreed to fund a field hospital in Kharkiv."]);
    expect(titles(s)).toEqual(["Foreign ministers meet in Oslo", "Spain, Italy and Greece agree to fund field hospital in Kharkiv"]);
  });
  it("not with a lower-case noun phrase that describes the place, nor with no done verb", () => {
    expect(parts("Kyiv's drones struck a depot in Tula overnight, where a fire broke out.")).toHaveLength(1);
    expect(parts("The envoy flew to Madrid on Monday, where he is expected to meet the king.")).toHaveLength(1);
  });
});

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
  it("with the parties of a meeting told again as its subject", () => {
    const s = "The premier flew to Tallinn on Tuesday, where the two leaders agreed to build a shell plant.";
    expect(parts(s).map((p) => p.text)).toEqual(["The premier flew to Tallinn on Tuesday", "the two leaders agreed to build a shell plant."]);
    expect(parts("The envoys gathered in Vienna in June, where both sides exchanged lists of detainees.")).toHaveLength(2);
    expect(parts("The ministers met in Tartu, where the two countries had signed a border treaty in 1994.")).toHaveLength(1);
  });
  it("not with a lower-case noun phrase that describes the place, nor with no done verb", () => {
    expect(parts("Kyiv's drones struck a depot in Tula overnight, where a fire broke out.")).toHaveLength(1);
    expect(parts("The envoy flew to Madrid on Monday, where he is expected to meet the king.")).toHaveLength(1);
  });
  it("not with a pluperfect or a verb of staying, which tell what held before", () => {
    const towed = "The barge was towed to the port of Galati, where it had been anchored since 2021, the harbour office said.";
    expect(parts(towed)).toHaveLength(1);
    const candidates = extractArticle({ text: towed, publishedOn: "2026-03-13", title: "T", allCandidates: true }).events.map((e) => e.title);
    expect(candidates).toEqual(["Barge towed to port of Galati"]);
    expect(parts("Dozens of miners went back to Pervomaisk in April, where they had worked before the flood.")).toHaveLength(1);
    expect(parts("The refugees moved to Lublin in May, where they lived with relatives.")).toHaveLength(1);
  });
  it("not with the outcome of the act, told of its doers as 'they' or 'it'", () => {
    const s = "Russian drones hit a bus depot in Sumy on Friday, where they killed three drivers and wounded nine mechanics.";
    expect(parts(s)).toHaveLength(1);
    expect(titles(s)).toHaveLength(1);
    expect(parts("A glide bomb struck a market in Kupiansk, where it destroyed 20 stalls.")).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { splitClauses } from "./clauses";
import { opensFiniteClause, opensMainClause } from "./finite-cut";

const parts = (s: string) => splitClauses(s, 0, []).map((c) => s.slice(c.start, c.end));

describe("an 'after' before a subject and a finite verb opens a clause of its own", () => {
  it("cuts before a noun-phrase subject and before a name in the passive", () => {
    expect(parts("The port halted loadings after falling debris started two fires.")).toEqual(["The port halted loadings", "falling debris started two fires."]);
    expect(parts("The mayor declared a day of mourning after Hollowmere was shelled overnight.")).toEqual([
      "The mayor declared a day of mourning",
      "Hollowmere was shelled overnight.",
    ]);
  });
  it("keeps an 'after' before a noun, a fronted 'after' clause and a verb inside a relative", () => {
    expect(parts("The ferry sailed after midnight.")).toHaveLength(1);
    expect(opensFiniteClause("Two days", "the ship sailed")).toBe(false);
    expect(opensFiniteClause("Talks resumed", "a meeting that she expected to fail")).toBe(false);
  });
  it("needs a finite verb of its own on each side", () => {
    expect(opensFiniteClause("The council voted", "the ministers arrived in Brest")).toBe(true);
    expect(opensFiniteClause("The council voted", "the long debate on tariffs")).toBe(false);
  });
});

describe("', and' or ', as' before a subject and a finite verb opens a clause of its own", () => {
  it("cuts before a lower-case noun-phrase subject the word lists do not know", () => {
    expect(parts("Rescuers cleared the road, and one volunteer drowned in the flood.")).toEqual(["Rescuers cleared the road", "one volunteer drowned in the flood."]);
    expect(parts("The envoys left Varnholm, and inspectors from the agency sealed the depot.")).toEqual([
      "The envoys left Varnholm",
      "inspectors from the agency sealed the depot.",
    ]);
  });
  it("also before an 'as' clause with a subject and a finite verb of its own", () => {
    expect(parts("Freight rates rose in Lorva, as the insurers raised their premiums.")).toEqual(["Freight rates rose in Lorva", "the insurers raised their premiums."]);
    expect(parts("The envoy spoke in Tessel, as part of the tour.")).toHaveLength(1);
  });
  it("keeps a list of nouns and a verb phrase sharing the subject", () => {
    expect(parts("The convoy carried flour, rice, and blankets.")).toHaveLength(1);
    expect(parts("The minister arrived in Tessel, and was greeted by the mayor.")).toHaveLength(1);
  });
});

describe("a second main clause may open with a place or time phrase without a comma", () => {
  it("cuts before 'and in 2019 she …' and 'and in response the council …'", () => {
    expect(parts("He enlisted in Dravik in 2017, and in 2019 he moved to the coastal brigade.")).toEqual([
      "He enlisted in Dravik in 2017",
      "in 2019 he moved to the coastal brigade.",
    ]);
    expect(opensMainClause("A bridge collapsed near Orsk", "in response the council closed the road")).toBe(true);
  });
  it("keeps a phrase that opens no clause", () => {
    expect(opensMainClause("The envoys met in Lorva", "in the spring of that year")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { splitClauses } from "./clauses";

const split = (s: string) => splitClauses(s, 0, []).map((c) => ({ text: s.slice(c.start, c.end), relative: c.relative }));

describe("subordinate and relative clauses with a finite past verb are clauses of their own", () => {
  it("a 'who' relative on a person, with its antecedent marked", () => {
    expect(split("He spoke by phone with Ursula von der Leyen, who promised a mechanism to cap gas prices.")).toEqual([
      { text: "He spoke by phone with Ursula von der Leyen", relative: false },
      { text: "promised a mechanism to cap gas prices.", relative: true },
    ]);
  });
  it("a 'where' relative with its own subject", () => {
    const parts = split("The two leaders last met in The Hague, where Zelenskiy first raised the idea.").map((p) => p.text);
    expect(parts).toEqual(["The two leaders last met in The Hague", "Zelenskiy first raised the idea."]);
  });
  it("an 'after' clause with a noun-phrase subject and a past verb", () => {
    const parts = split("The government lodged a protest after a Russian military aircraft flew close to Japanese airspace.").map((p) => p.text);
    expect(parts).toEqual(["The government lodged a protest", "a Russian military aircraft flew close to Japanese airspace."]);
  });
  it("not a 'when' clause that tells how one happening came about, nor a 'who' without a past verb", () => {
    expect(split("A woman was killed when a drone hit a car.")).toHaveLength(1);
    expect(split("Sybiha, who is in Munich, spoke to reporters.")).toHaveLength(1);
  });

  it("a second verb phrase after 'and' when each half has a date of its own", () => {
    const s = "She arrived in Japan on Oct. 19 and visited a plant in Osaka the following day.";
    const ps = [s.indexOf("on Oct. 19"), s.indexOf("the following day")];
    const dates = ps.map((start, i) => ({ start, end: start + (i ? 17 : 10) })) as never[];
    expect(splitClauses(s, 0, dates).map((c) => s.slice(c.start, c.end))).toEqual(["She arrived in Japan on Oct. 19", "visited a plant in Osaka the following day."]);
    expect(split("She arrived in Japan and visited a plant in Osaka.")).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { brief, ctxOf } from "./test-context";
import { findIndirectStatements } from "./indirect";

const cited = (text: string) => brief(findIndirectStatements(ctxOf(text), [], 0));

describe("according to a document and its source", () => {
  it("a participle and a date between the document and its source ('data compiled by', 'published on Tuesday by')", () => {
    expect(cited("Grain exports fell by a third, according to ship-tracking data compiled by Vortexa.")).toEqual([["Vortexa", "Grain exports fell by a third"]]);
    expect(cited("Grain exports fell by a third, according to data published on Tuesday by the Ministry of Economy.")).toEqual([["Ministry of Economy", "Grain exports fell by a third"]]);
  });

  it("after a document, the source's description needs no article ('data from gas grid operator Eustream')", () => {
    expect(cited("Gas flows fell by a third, according to data from gas transmission system operator Eustream.")).toEqual([["Eustream", "Gas flows fell by a third"]]);
  });

  it("'according to the Nordic officials' takes up the counted group named before; with none, nobody", () => {
    const group = "Three Nordic officials with knowledge of the plan said the summit would move.";
    expect(cited(`${group} The summit will open on May 4, according to the Nordic officials.`)).toContainEqual(["Three Nordic officials with knowledge of the plan", "The summit will open on May 4"]);
    expect(cited("The summit will open on May 4, according to the Nordic officials.")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { leadDateline, stripDateline } from "./parse-article-lead";
import { parseArticle } from "./parse-article";

const read = (first: string) => {
  const d = leadDateline(first);
  return d && { ...d, rest: first.slice(d.length) };
};

describe("leadDateline", () => {
  it("reads an agency dateline with the place in capitals", () => {
    expect(read("TALLINN, Estonia (AP) — Ferries stopped running on Monday.")).toMatchObject({ dateline: "Tallinn", publication: "AP", rest: "Ferries stopped running on Monday." });
  });
  it("reads a day without its year", () => {
    expect(read("RIGA, Nov 4 (Reuters) - Latvia closed two crossings.")).toMatchObject({ dateline: "Riga", datelineDay: "11-04", publication: "Reuters" });
  });
  it("reads the agency first", () => {
    expect(read("(ANSA) - MILAN, MAR 9 - The port reopened.")).toMatchObject({ dateline: "Milan", publication: "ANSA", rest: "The port reopened." });
  });
  it("reads a slashed agency and a city with its date", () => {
    expect(read("VILNIUS, March 2. /BNS/. The Seimas voted.")).toMatchObject({ dateline: "Vilnius", publication: "BNS" });
    expect(read("Tartu, 3 March 2026 — The council met.")).toMatchObject({ dateline: "Tartu", publishedOn: "2026-03-03" });
  });
  it("reads a place before a colon only when a sentence follows", () => {
    expect(read("TARTU: Students marched through the town.")).toMatchObject({ dateline: "Tartu" });
    expect(read("Analysis: Why the port matters")).toBeNull();
  });
  it("is null for a paragraph with no dateline", () => {
    expect(read("Ferries stopped running on Monday.")).toBeNull();
  });
});

describe("stripDateline", () => {
  it("fills only what the head left empty", () => {
    const meta = { title: null, standfirst: null, author: null, dateline: "Narva", publishedOn: null, publication: null, datelineDay: null };
    expect(stripDateline("TALLINN, Estonia (AP) — Ferries stopped.", meta, {})).toBe("Ferries stopped.");
    expect(meta).toMatchObject({ dateline: "Narva", publication: "AP" });
  });
});

describe("an Indian agency's undashed dateline in mixed case", () => {
  it("reads the place and the day below a summary line, the paper's masthead staying the outlet", () => {
    const p = parseArticle("HWTV\nIndia\nMinister presses Moscow on the release of stranded harbour workers\nEdited By: Anna Koval | Updated: Aug 05, 2026, 18:40 IST\nStory highlights: The minister raised the fate of the stranded harbour workers during a phone call with his counterpart on Tuesday after weeks of appeals from their families\nNew Delhi, Aug 5 (PTI) The minister on Tuesday spoke with his counterpart and sought the release of the workers.\nThe two also discussed trade, officials said.");
    expect(p).toMatchObject({ dateline: "New Delhi", publishedOn: "2026-08-05", publication: "HWTV" });
    expect(p.body.startsWith("The minister on Tuesday")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { holdsPosition } from "./held-complement";

/** Every candidate the rules let through to the learned gate, loose ones included. */
const candidates = (text: string) => extractArticle({ text, publishedOn: "2025-11-20", title: "T", allCandidates: true }).events.map((e) => e.title);

describe("a reported clause that holds a position", () => {
  it("drops a saying whose clause tells an attitude ('Chisinau expected Minsk to …', 'Riga hoped …')", () => {
    expect(candidates("The Moldovan spokesman said on Thursday that Chisinau expected Minsk to use its influence on the rebels.")).toEqual([]);
    expect(candidates("The Latvian envoy said on Friday that Riga hoped the delegations could meet in May.")).toEqual([]);
  });
  it("drops a saying whose clause tells a duty ('Tbilisi had a duty to …')", () => {
    expect(candidates("The Georgian premier said that Tbilisi had a duty to protect the pipeline.")).toEqual([]);
  });
  it("keeps a message to someone named ('told Slovakia's negotiator that Prague wanted a deal')", () => {
    expect(candidates("The Czech envoy told Slovakia's chief negotiator on Friday that Prague wanted a deal.").join()).toMatch(/tells/);
  });
  it("keeps a happening forced on the subject ('its units had to pull back from the town')", () => {
    expect(candidates("The Moldovan army said on Tuesday that its units had to pull back from the border town.").join()).toMatch(/pull/);
  });
  it("keeps a happening the clause tells after 'had' ('his government had seized the tanker')", () => {
    expect(candidates("The Estonian minister said his government had seized the tanker on Monday.").join()).toMatch(/seize/);
  });
});

describe("holdsPosition", () => {
  it("reads the reported clause's first finite verb, not a participle after it", () => {
    expect(holdsPosition("said", " the raids do not help the talks expected later this month")).toBe(false);
    expect(holdsPosition("said", " on Monday that any levy had to be fair")).toBe(true);
  });
  it("reads 'had to' and a verb of action as a forced happening, 'had to be' as an obligation", () => {
    expect(holdsPosition("said", " on Monday that the crews had to abandon the ferry")).toBe(false);
    expect(holdsPosition("said", " on Monday that the crews had to remain calm")).toBe(true);
  });
  it("reads attitude verbs that double their last consonant ('regretted', 'preferred')", () => {
    expect(holdsPosition("said", " that Oslo preferred a slower timetable")).toBe(true);
    expect(holdsPosition("said", " that Oslo regretted the decision")).toBe(true);
  });
  it("reads a message to someone named as a contact, one to a news outlet as a held position", () => {
    const isOutlet = (name: string) => name === "Norpress";
    expect(holdsPosition("told", " Velan's envoy that Oslo hoped for a truce", isOutlet)).toBe(false);
    expect(holdsPosition("told", " Norpress on Monday that Oslo hoped for a truce", isOutlet)).toBe(true);
  });
  it("leaves a saying made at a meeting the setting names", () => {
    expect(holdsPosition("said", " on Friday after a meeting of EU ministers that she expected the levy to pass")).toBe(false);
  });
});

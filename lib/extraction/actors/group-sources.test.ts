import { describe, expect, it } from "vitest";
import { groupSources } from "./group-sources";
import { Registry } from "./registry";

const groupsIn = (text: string) => {
  const r = new Registry(text);
  groupSources(r);
  return [...r.actors.values()].filter((a) => a.kind === "other").map((a) => a.name).sort();
};

describe("group sources", () => {
  it("people of a named place speak as a group named by it; officials, sources and a body's people do not", () => {
    expect(groupsIn("Residents of Cahul told reporters they heard two bangs.")).toEqual(["Residents of Cahul"]);
    expect(groupsIn("Prices rose, according to farmers in Varna and Burgas.")).toEqual(["farmers in Varna and Burgas"]);
    expect(groupsIn("Officials in Kyiv said the talks were over. Employees of NATO said nothing.")).toEqual([]);
  });

  it("a counted group of a named place is also known by the collective's bare name", () => {
    const r = new Registry("The vote slipped again, according to three Nordic diplomats briefed on the talks. Two traders said so too.");
    groupSources(r);
    const aliases = [...r.actors.values()].map((a) => [a.name, [...a.aliases]]).sort();
    expect(aliases).toEqual([
      ["Two traders", ["traders"]],
      ["three Nordic diplomats briefed on the talks", ["Nordic diplomats", "Nordic diplomats briefed on the talks"]],
    ]);
  });

  it("a counted group that speaks or is cited is one actor, named as printed", () => {
    expect(groupsIn("Barley fell by a third in May, three grain traders said. Port fees rose, according to two people familiar with the tender.")).toEqual([
      "three grain traders",
      "two people familiar with the tender",
    ]);
    expect(groupsIn("Two sources in the ministry told a radio station that the plan was ready.")).toEqual(["Two sources in the ministry"]);    const r = new Registry("Barley fell by a third in May, three grain traders said.");
    groupSources(r);
    expect([...r.actors.values()].map((a) => a.unnamed)).toEqual([true]);
  });

  it("an uncounted group known by what it knows is one actor too", () => {
    expect(groupsIn("The mill stopped in May, people familiar with the owner's plans said. According to sources aware of the bid, it was late.")).toEqual([
      "people familiar with the owner's plans",
      "sources aware of the bid",
    ]);
  });

  it("a described group of sources is cited by a lower-case word before 'sources'", () => {
    expect(groupsIn("The depot burned for a day, the agency reported, citing shipping sources.")).toEqual(["shipping sources"]);
  });

  it("a nation's group with its modifiers that speaks is one actor; an uncounted bare group is none", () => {
    expect(groupsIn("Polish grain traders warned of a blockade. If the border stays shut, Lithuanian energy executives say, prices will fall.")).toEqual([
      "Lithuanian energy executives",
      "Polish grain traders",
    ]);
    expect(groupsIn("Many regional officials said nothing. Polish traders blocked the road.")).toEqual([]);
  });

  it("a base-form verb right before the plural noun modifies it ('two London market brokers')", () => {
    expect(groupsIn("Premiums doubled last week, according to two London market brokers.")).toEqual(["two London market brokers"]);
  });

  it("bare, anonymous or partitive groups name nobody", () => {
    expect(groupsIn("Officials said the road was closed. Anonymous sources said it was not, according to unnamed sources. Two of the officials said no.")).toEqual([]);
  });

  it("a counted group is also known without its count, unless that leaves a generic group", () => {
    const r = new Registry("Freight rates doubled, two Hamburg brokers said. Four people briefed on the sale said it slipped. Two officials said so.");
    groupSources(r);
    const aliases = Object.fromEntries([...r.actors.values()].map((a) => [a.name, [...a.aliases]]));
    expect(aliases["two Hamburg brokers"]).toContain("Hamburg brokers");
    expect(aliases["Four people briefed on the sale"]).toContain("people briefed on the sale");
    expect(aliases["Two officials"] ?? []).not.toContain("officials");
  });

  it("people of one place are also known with the place before the noun ('Lagos traders')", () => {
    const r = new Registry("Prices rose, according to traders in Kano. Residents of Ruse and Vidin said little.");
    groupSources(r);
    expect([...r.byForm.get("traders in Kano")!.aliases]).toEqual(["Kano traders"]);
    expect([...r.byForm.get("Residents of Ruse and Vidin")!.aliases]).toEqual([]);
  });
});

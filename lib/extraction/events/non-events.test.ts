import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const titles = (text: string) => extractArticle({ text, publishedOn: "2025-11-20", title: "T", rulesOnly: true }).events.map((e) => e.title);

describe("proposals that name no happening", () => {
  it("drops a one-word title, which names no one doing anything", () => {
    expect(titles("Officials recalled last week's strike.")).not.toContain("Strike");
  });
});

describe("a duration or a neighbouring day is no rate of habit", () => {
  it("keeps a happening 'after a week of fighting' and one cut off before 'a day before …'", () => {
    expect(titles("Enemy units captured the village of Lysivka on Tuesday after a week of heavy fighting.").join()).toMatch(/capture/i);
    expect(titles("The minister warned on Monday that any foreign troops would be targets, a day before Macron hosted a video call.").join()).toMatch(/warn/i);
  });
  it("still drops a rate ('200 drones a day')", () => {
    expect(titles("The army launched 200 drones a day.")).toEqual([]);
  });
});

describe("a state told with 'remained'", () => {
  it("is no happening: 'remained' is the state's own verb, not an action beside it", () => {
    expect(titles("The Kremlin spokesman said on Monday that Moscow remained \"open to a settlement\".")).toEqual([]);
  });
});

describe("a habit told in an appositive or a relative describes the antecedent, not the happening", () => {
  it("keeps a demand followed by ', a condition Kyiv has repeatedly rejected'", () => {
    const text = "Moscow demanded on Tuesday that Ukraine withdraw its troops from Donetsk, a condition Kyiv has repeatedly rejected.";
    expect(titles(text).join()).toMatch(/demand/i);
  });
  it("still drops a habit in the main clause", () => {
    expect(titles("Moscow has repeatedly demanded on Tuesday that Ukraine withdraw its troops.")).toEqual([]);
  });
});

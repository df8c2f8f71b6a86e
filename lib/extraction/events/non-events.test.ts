import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const titles = (text: string) => extractArticle({ text, publishedOn: "2025-11-20", title: "T", rulesOnly: true }).events.map((e) => e.title);

describe("proposals that name no happening", () => {
  it("drops a one-word title, which names no one doing anything", () => {
    expect(titles("Officials recalled last week's strike.")).not.toContain("Strike");
  });
});

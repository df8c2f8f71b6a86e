import { describe, expect, it } from "vitest";
import { findActors } from "../actors";
import { findQuotes, splitParagraphs, splitSentences } from "../sentences";

function personNames(text: string): string[] {
  const paragraphs = splitParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  const index = findActors(text, splitSentences(text, paragraphs, quotes), quotes);
  return index.actors.filter((a) => a.kind === "person").map((a) => a.name);
}

describe("a name set off by a place noun that names an office", () => {
  it("is a person: ', the village head', ', a district official'", () => {
    expect(personNames("“We will not leave our homes,” said Bohdan Sirko, the village head.")).toContain("Bohdan Sirko");
    expect(personNames("“The road is mined,” said Bohdan Sirko, a district official.")).toContain("Bohdan Sirko");
  });

  it("while ', a village near the river' still sets off a place", () => {
    expect(personNames("Shelling hit Verkhnia Balka, a village near the river.")).not.toContain("Verkhnia Balka");
  });
});

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

  it("but the name a strike hits, or one before an office that speaks itself, stays a place", () => {
    expect(personNames("Artillery fire hit Staryi Brid, the village head said on Friday.")).not.toContain("Staryi Brid");
    expect(personNames("Russian drones shelled Nyzhnia Hrebla, a district official told reporters.")).not.toContain("Nyzhnia Hrebla");
    expect(personNames("Mala Tokmachka, the village head says, has had no power since May.")).not.toContain("Mala Tokmachka");
  });

  it("while a name opening with a given name, or one a strike does not govern, is the office holder", () => {
    expect(personNames("The blast hit Petro Shulha, the village head said.")).toContain("Petro Shulha");
    expect(personNames("Marta Kovalchuk, the village head, said the well was dry.")).toContain("Marta Kovalchuk");
  });
});

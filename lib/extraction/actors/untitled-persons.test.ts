import { describe, expect, it } from "vitest";
import { findActors } from "../actors";
import { findQuotes, splitParagraphs, splitSentences } from "../sentences";
import { Registry } from "./registry";
import { untitledPersons } from "./untitled-persons";

const personsOf = (text: string) => {
  const paragraphs = splitParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  return findActors(text, splitSentences(text, paragraphs, quotes), quotes).actors.filter((a) => a.kind === "person").map((a) => a.name);
};

describe("persons named with a hyphenated title", () => {
  it("the title whose part is a title word is not part of the name, and stays an alias", () => {
    const text = '"Every lead will be followed," NAPTIP Director-General Amaka Obi told journalists. Under-Secretary Ines Dahl said it. Vice-Chairman Olu Bakare told the senators so.';
    const actors = personsOf(text);
    expect(actors).toEqual(expect.arrayContaining(["Amaka Obi", "Ines Dahl", "Olu Bakare"]));
    expect(actors.some((a) => /-/.test(a))).toBe(false);
  });

  it("a hyphenated name is no title", () => {
    const r = new Registry("Jean-Claude Kabila and Anna Lvova-Kessler met.");
    r.ensure("Jean-Claude Kabila", "person");
    untitledPersons(r);
    expect([...r.actors.values()].map((a) => a.name)).toEqual(["Jean-Claude Kabila"]);
  });
});

import { describe, expect, it } from "vitest";
import { findActors } from "../actors";
import { findQuotes, splitParagraphs, splitSentences } from "../sentences";

function actors(text: string) {
  const paragraphs = splitParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  return findActors(text, splitSentences(text, paragraphs, quotes), quotes).actors;
}

describe("mergeSameBodies", () => {
  it("folds a body named with its state's demonym into the same body named with the state's initials", () => {
    const found = actors("The US Supreme Court ruled on Monday that the levy was lawful. The American Supreme Court had ruled the other way in 2019.")
      .filter((a) => /Supreme Court/.test(a.name));
    expect(found.map((a) => a.name)).toEqual(["US Supreme Court"]);
    expect(found[0].aliases).toContain("American Supreme Court");
  });
});

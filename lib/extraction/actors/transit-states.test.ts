import { describe, expect, it } from "vitest";
import { findActors } from "../actors";
import { findQuotes, splitParagraphs, splitSentences } from "../sentences";

function names(text: string): string[] {
  const paragraphs = splitParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  return findActors(text, splitSentences(text, paragraphs, quotes), quotes).actors.map((a) => a.name);
}

describe("dropRouteOnlyStates", () => {
  it("drops states named only along someone's route, a listed route included", () => {
    const found = names("The volunteers crossed Austria, Slovenia and Croatia before Ukraine thanked them. Later a lorry came via Moldova.");
    expect(found).toContain("Ukraine");
    expect(found).not.toContain("Austria");
    expect(found).not.toContain("Croatia");
    expect(found).not.toContain("Moldova");
  });

  it("reads 'through' and 'across' as a route only after a verb of movement", () => {
    const found = names("The convoy travelled through Moldova. Talks were mediated through Qatar, and drones struck targets across Ukraine.");
    expect(found).not.toContain("Moldova");
    expect(found).toContain("Qatar");
    expect(found).toContain("Ukraine");
  });

  it("keeps a state that also acts elsewhere in the article", () => {
    const found = names("The convoy travelled through Moldova. Moldova said the border stayed open.");
    expect(found).toContain("Moldova");
  });
});

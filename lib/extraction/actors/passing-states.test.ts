import { describe, expect, it } from "vitest";
import { findActors } from "../actors";
import { findQuotes, splitParagraphs, splitSentences } from "../sentences";

function names(text: string): string[] {
  const paragraphs = splitParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  return findActors(text, splitSentences(text, paragraphs, quotes), quotes).actors.map((a) => a.name);
}

describe("states far from the war", () => {
  it("are actors when the article returns to them, acts through them or names their government", () => {
    const found = names("Peru said it would send no troops. Lima's envoy met Ukrainian officials, and Peru later voted for the resolution. The Ghanaian government said 12 citizens were recruited.");
    expect(found).toContain("Peru");
    expect(found).toContain("Ghanaian Government");
  });

  it("named once in passing are places, not actors", () => {
    const found = names("Ukraine bought fuel that had been refined from oil shipped out of Iraq. Ukraine paid in euros.");
    expect(found).toContain("Ukraine");
    expect(found).not.toContain("Iraq");
  });

  it("keep one mention that acts, alone or as the first of two subjects", () => {
    expect(names("Ukraine asked for help. Kenya said it would repatriate its citizens.")).toContain("Kenya");
    expect(names("Ukraine asked for help. Chile and Peru met in Lima.")).toContain("Chile");
  });

  it("keep one mention that is the other party of a deal or a meeting ('with Nigeria')", () => {
    expect(names("Ukraine signed a fishing deal with Nigeria on Tuesday. Kyiv hopes to sell more boats.")).toContain("Nigeria");
    expect(names("Ukraine's wheat harvest was large compared with Nigeria. Ukraine paid in euros.")).not.toContain("Nigeria");
  });
});

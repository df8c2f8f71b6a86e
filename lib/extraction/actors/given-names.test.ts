import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { isGivenName } from "./given-names";

const actorsOf = (text: string) => extractArticle({ text, publishedOn: "2025-09-07", title: "T" }).actors;

describe("isGivenName", () => {
  it("knows East Slavic given names the English lexicon lacks, and the lexicon's own", () => {
    expect(["Mykola", "Svitlana", "Oleh", "Anna"].every(isGivenName)).toBe(true);
    expect(isGivenName("Harbour")).toBe(false);
  });

  it("makes a full name opening with one a person with no title or verb beside it", () => {
    const a = actorsOf("In March the cabinet dismissed Mykola Hrytsenko from the board of the port.");
    expect(a.find((x) => x.name === "Mykola Hrytsenko")?.kind).toBe("person");
  });
});

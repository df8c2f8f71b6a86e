import { describe, expect, it } from "vitest";
import { isPersonNoun } from "./person-nouns";

describe("person nouns", () => {
  it("the lexicon's person nouns are persons", () => {
    expect(["banker", "farmer", "journalist", "politician"].every(isPersonNoun)).toBe(true);
  });

  it("an unknown agent noun built on a verb is a person: -er, -or, -ier, a doubled consonant", () => {
    expect(["importer", "exporter", "surveyor", "supplier", "shipper"].every(isPersonNoun)).toBe(true);
  });

  it("unknown -ist, -ian, -ent and -man nouns are persons, -ment nouns are not", () => {
    expect(["strategist", "civilian", "correspondent", "ferryman"].every(isPersonNoun)).toBe(true);
    expect(isPersonNoun("realignment")).toBe(false);
  });

  it("words the lexicon files as things, and -ee words on a doubled consonant, are no persons", () => {
    expect(["border", "number", "plant", "water", "committee"].some(isPersonNoun)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const extract = (text: string) => extractArticle({ text, publishedOn: "2026-03-03", title: "T" });
const names = (text: string) => extract(text).actors.map((a) => a.name);

describe("officialsGovernment", () => {
  it("gives a bare government the state of the minister named before it in its sentence", () => {
    expect(names("Chilean Finance Minister Pablo Reyes told lawmakers on Monday that the government would cut fuel duties.")).toContain("Chilean Government");
  });

  it("or of the president named in the sentence before, in its paragraph", () => {
    const text = "Kenyan President William Otieno met grain traders in Mombasa on Friday. Afterwards the government lifted the export ban.";
    expect(names(text)).toContain("Kenyan Government");
  });

  it("stays off when the sentences name officials of two states", () => {
    const text = "Kenyan President William Otieno met Chilean Finance Minister Pablo Reyes on Friday. Afterwards the government lifted the ban.";
    const got = names(text);
    expect(got).not.toContain("Kenyan Government");
    expect(got).not.toContain("Chilean Government");
  });

  it("stays off with no official nearby, or an official of a union rather than a state", () => {
    expect(names("Kenya exported more tea.\n\nTraders said the government had lifted the ban.")).not.toContain("Kenyan Government");
    expect(names("Commission President Ursula von der Leyen spoke in Nairobi. The government welcomed her.")).not.toContain("Kenyan Government");
  });
});

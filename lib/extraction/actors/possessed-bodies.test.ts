import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const extract = (text: string) => extractArticle({ text, publishedOn: "2026-03-03", title: "T" });

describe("possessedBodies", () => {
  it("names a state's lower-case body after its possessive with the state's demonym, and a place's with the place", () => {
    const p = extract("Norway's fisheries ministry said on Monday that quotas would fall. Lysychansk's military administration said that 900 people remained.");
    const names = p.actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Norwegian fisheries ministry", "Lysychansk military administration"]));
    expect(p.statements.find((s) => /quotas/.test(s.quote))?.speaker).toBe("Norwegian fisheries ministry");
  });

  it("leaves a possessed body that neither acts nor is cited", () => {
    const p = extract("Reporters visited Norway's fisheries ministry on Monday.");
    expect(p.actors.map((a) => a.name)).not.toContain("Norwegian fisheries ministry");
  });
});

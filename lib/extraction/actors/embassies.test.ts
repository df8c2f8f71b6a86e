import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

describe("a state's mission to an organisation as a speaker", () => {
  it("gives \"it said\" after the mission to the mission, not to the organisation named inside its name", () => {
    const text = "Inspectors criticised both sides over access to detainees.\n\nNorway's permanent mission to the UN in Vienna rejected the criticism. In a statement published on Friday, it said that Oslo \"meets its obligations in full\".";
    const p = extractArticle({ text, publishedOn: "2026-03-03", title: "T", rulesOnly: true });
    expect(p.statements.find((s) => /obligations/.test(s.quote))?.speaker).toBe("Norwegian permanent mission to the UN in Vienna");
  });
});

import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse-article";
import { tailCredit } from "./parse-article-tail";

const lead = "The harbour master said on Tuesday that the ferry to the island would sail again next week after repairs.";
const more = "Repairs to the pier cost more than the council had planned, the mayor told reporters at the harbour.";

describe("the agency credit closing a story", () => {
  it("reads a credit line of its own ('- Harbour', '— TASS', '(Reuters)')", () => {
    for (const [line, name] of [["- Anadolu", "Anadolu"], ["— TASS", "TASS"], ["(Reuters)", "Reuters"], ["– HPA", "HPA"]]) {
      expect(tailCredit([lead, line]), line).toEqual({ publication: name, lastParagraph: null });
    }
  });

  it("reads a credit closing the last paragraph and leaves the sentence", () => {
    expect(tailCredit([lead, `${more} (Reuters)`])).toEqual({ publication: "Reuters", lastParagraph: more });
    expect(tailCredit([lead, `${more} — AFP`])).toEqual({ publication: "AFP", lastParagraph: more });
  });

  it("takes no person's sign-off or ordinary last words for an agency", () => {
    for (const line of ["— Anna Koval", "(Kyiv)", "- The End", `${more} (Updated)`]) expect(tailCredit([lead, line]), line).toBeNull();
  });

  it("names the publication only when nothing above does, and drops the credit from the body", () => {
    const p = parseArticle(`Ferry to sail again after storm repairs\n\n${lead}\n\n${more}\n\n— TASS`);
    expect(p.publication).toBe("TASS");
    expect(p.body).toBe(`${lead}\n\n${more}`);
    const paper = parseArticle(`Harbour Herald\n\nFerry to sail again after the storm repairs on the pier\n\n${lead}\n\n${more} (Reuters)`);
    expect(paper.publication).toBe("Harbour Herald");
  });
});

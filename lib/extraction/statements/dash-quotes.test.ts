import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../sentences";
import { brief, ctxOf } from "./test-context";
import { findDirectStatements } from "./direct";
import { withDashQuotes } from "./dash-quotes";

const dashQuoted = (text: string) => withDashQuotes(text, splitParagraphs(text), []).map((q) => text.slice(q.innerStart, q.innerEnd));

describe("a dash paragraph after a reporting colon", () => {
  it("is the speaker's quotation though nothing closes it", () => {
    const text = "Mayor Ostap Kulyk met the residents on Monday. He told them:\n\n— The water will be back by Friday. Every school will have heat.";
    expect(dashQuoted(text)).toEqual(["The water will be back by Friday. Every school will have heat."]);
    expect(brief(findDirectStatements(ctxOf(text)))).toEqual([["Ostap Kulyk", "The water will be back by Friday. Every school will have heat."]]);
  });

  it("not a list after a colon with no reporting verb, nor items that are no sentences", () => {
    expect(dashQuoted("The package includes:\n\n— New air defence systems for the east.")).toEqual([]);
    expect(dashQuoted("The mayor said the package includes:\n\n— new generators for the hospitals")).toEqual([]);
  });
});

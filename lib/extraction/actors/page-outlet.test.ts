import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { withPageOutlet } from "./page-outlet";
import { Registry } from "./registry";

describe("page outlet", () => {
  it("adds the masthead's outlet as a media actor when the text never names it", () => {
    const page = [
      "Harbour Ledger",
      "",
      "Ferry operator halts crossings after storm damage",
      "",
      "By Mira Tollan | 4 March 2026",
      "",
      "The Baltic Ferry Company on Tuesday suspended crossings between the two ports, its chief executive said.",
    ].join("\n");
    const actors = extractArticle({ text: page, publishedOn: "2026-03-04", rulesOnly: true }).actors;
    const outlet = actors.find((a) => a.name === "Harbour Ledger");
    expect(outlet?.kind).toBe("media");
    expect(outlet?.aliases).not.toContain("The Harbour Ledger");
  });

  it("names the outlet without its 'The' only when the masthead prints one", () => {
    const r = new Registry("The storm closed the port.");
    const [printedThe] = withPageOutlet(r, [], "The Harbour Ledger");
    expect([...printedThe.aliases]).toEqual(["Harbour Ledger"]);
    const [bare] = withPageOutlet(r, [], "Valley Wire");
    expect([...bare.aliases]).toEqual([]);
  });

  it("keeps a cited outlet of the same name as the one actor", () => {
    const r = new Registry("A pilot told the Valley Herald the harbour was quiet.");
    const cited = r.ensure("The Valley Herald", "media");
    r.addForm(cited, "Valley Herald");
    expect(withPageOutlet(r, [cited], "Valley Herald")).toEqual([cited]);
  });
});

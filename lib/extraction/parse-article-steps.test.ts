import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse-article";

const LEAD = "Estonia closed two crossings on Monday after drones were seen near Narva, officials said.";
const SECOND = "The crossings will stay shut for a week, the interior ministry said.";

describe("parseArticle's steps", () => {
  it("tidyTitle: drops a wire marker and the outlet a browser tab's title appends", () => {
    const page = parseArticle(`(LEAD) Estonia closes two border crossings with Russia | Harbour Herald\n\n${LEAD}\n\n${SECOND}`);
    expect(page).toMatchObject({ title: "Estonia closes two border crossings with Russia", publication: "Harbour Herald" });
  });
  it("bodyParagraphs: drops an agency's closing trailer", () => {
    const page = parseArticle(`Estonia closes two border crossings with Russia\n\n${LEAD}\n\n${SECOND}\n\n(Reporting by Anna Koval; Editing by Petro Marchuk)`);
    expect(page.body).toBe(`${LEAD}\n\n${SECOND}`);
  });
  it("readLead: a short line above an agency dateline is the standfirst, the dateline leaves the lead", () => {
    const page = parseArticle(`Estonia closes two border crossings with Russia\n\nMinister says the crossings will stay shut for a week\n\n(ANSA) - TALLINN, MAR 9 - ${LEAD}\n\n${SECOND}`);
    expect(page).toMatchObject({ standfirst: "Minister says the crossings will stay shut for a week", dateline: "Tallinn", datelineDay: "03-09", publication: "ANSA" });
    expect(page.body.startsWith(LEAD)).toBe(true);
  });
  it("readHead: a section kicker above the headline is dropped; byline and date are read", () => {
    const standfirst = "The interior ministry said the crossings near Narva would stay shut for at least a week after drones were seen.";
    const page = parseArticle(`Europe | Border security\n\nEstonia closes two border crossings with Russia\n\n${standfirst}\n\nBy Anna Koval\n\n9 March 2026\n\n${LEAD}\n\n${SECOND}`);
    expect(page).toMatchObject({ title: "Estonia closes two border crossings with Russia", standfirst, author: "Anna Koval", publishedOn: "2026-03-09" });
  });
});

import { describe, expect, it } from "vitest";
import { classifyHeadLine } from "./parse-article";
import { isPersonName } from "./parse-article-byline";
import { isNavList, joinAuthorLines, markNameLines, namesADesk } from "./parse-article-name-lines";

describe("head lines read by shape and neighbours", () => {
  it("tells section lists from bylines and date lines", () => {
    expect(isNavList("Ports · War · Economy · Culture")).toBe(true);
    expect(isNavList("By Anna Koval | Updated: Mar 3, 2026 14:05")).toBe(false);
    expect(isNavList("Anna Koval | Harbour Wire")).toBe(false);
  });

  it("takes a desk for an outlet's only when an outlet is named before it", () => {
    expect(namesADesk("HW Business Desk")).toBe(true);
    expect(namesADesk("Harbour.net newsroom")).toBe(true);
    expect(namesADesk("Web desk")).toBe(false);
  });

  it("marks a name with its place beside the date line as a byline with a dateline", () => {
    const lines = ["Port reopens after three days of strikes", "Anna Koval, Geneva", "3 March 2026, 10:15"];
    const kinds = lines.map((l) => classifyHeadLine(l));
    markNameLines(kinds, lines);
    expect(kinds[1]).toMatchObject({ kind: "byline", author: "Anna Koval", dateline: "Geneva" });
  });

  it("marks a bare name as a byline when a line giving the author's job follows it", () => {
    const lines = ["HARBOUR TV", "Port reopens after three days of strikes as unions accept the offer", "Anna Koval", "Senior Online Producer, HarbourTV.ca", "Published: Tuesday, March 3, 2026"];
    const kinds = lines.map((l) => classifyHeadLine(l));
    markNameLines(kinds, lines);
    expect(kinds[2]).toMatchObject({ kind: "byline", author: "Anna Koval" });
  });

  it("reads 'Name, in Place' and a first name that is also a place ('Sofia', 'Chad') on an invented Portuguese page head", () => {
    const lines = ["DIÁRIO DO SUL", "Mundo", "In Odesa, the ferries sail again after a winter of drone attacks", "Chad Barros, in Odesa", "14 March 2026, 08:30"];
    const kinds = lines.map((l) => classifyHeadLine(l));
    markNameLines(kinds, lines);
    expect(kinds[3]).toMatchObject({ kind: "byline", author: "Chad Barros", dateline: "Odesa" });
    expect(isPersonName("Sofia Marques")).toBe(true);
    expect(isPersonName("Kyiv Harbour")).toBe(false);
  });
});


describe("authors each above a job line", () => {
  it("joins the names into one byline and takes the job lines out of the text", () => {
    const lines = ["Why the port needs a second crane", "3 March 2026", "Anna Koval", "Senior Fellow, Maritime Programme", "Petro Marchuk", "Director, Black Sea Office", "The port handled more grain in May than in any month since the war began."];
    const kinds = lines.map((l) => classifyHeadLine(l));
    markNameLines(kinds, lines);
    joinAuthorLines(kinds, lines);
    expect(kinds.slice(2, 6)).toEqual([{ kind: "byline", author: "Anna Koval, Petro Marchuk", dateline: undefined, publishedOn: undefined, publication: undefined }, { kind: "junk" }, { kind: "junk" }, { kind: "junk" }]);
  });

  it("leaves one author's byline alone when no job line follows it", () => {
    const lines = ["Why the port needs a second crane", "3 March 2026", "Anna Koval", "The port handled more grain in May than in any month since the war began."];
    const kinds = lines.map((l) => classifyHeadLine(l));
    markNameLines(kinds, lines);
    joinAuthorLines(kinds, lines);
    expect(kinds[2]).toMatchObject({ kind: "byline", author: "Anna Koval" });
    expect(kinds[3]).toBeNull();
  });
});

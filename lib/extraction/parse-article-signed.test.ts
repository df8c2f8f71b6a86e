import { describe, expect, it } from "vitest";
import { classifyHeadLine, parseArticle } from "./parse-article";
import { markMastheadNameCredits } from "./parse-article-signed";

const body = "The harbour master said on Tuesday that the ferry would sail again next week after repairs.";

describe("an outlet that signs the story", () => {
  it("reads an outlet line beside the date, where a person's byline would stand, as the author", () => {
    const p = parseArticle(`Ferry service to resume after storm repairs\nThe operator says the crossing will reopen next week.\nCoast Radio News\n12 May 2026, 10:15\n${body}`);
    expect(p.author).toBe("Coast Radio News");
    expect(p.publication).toBe("Coast Radio News");
  });

  it("reads the masthead's name repeated beside the date as the author", () => {
    const p = parseArticle(`Kovrik\nFerry service to resume after storm repairs\nThe operator says the crossing will reopen next week.\n12 May 2026\nKovrik\n${body}`);
    expect(p.author).toBe("Kovrik");
    expect(p.publication).toBe("Kovrik");
  });

  it("keeps a person's byline over the outlet line", () => {
    const p = parseArticle(`Ferry service to resume after storm repairs\nCoast Radio News\n12 May 2026, 10:15\nBy Anna Koval\n${body}`);
    expect(p.author).toBe("Anna Koval");
  });
});

describe("a byline at the foot of the story", () => {
  it("reads 'By <name>' among the last lines as the author and drops it from the body", () => {
    const p = parseArticle(`Ferry service to resume after storm repairs\nPublished: 12 May 2026\n${body}\nThe operator expects full timetables by June.\nBy Anna Koval\n© 2026 Harbour Wire. All rights reserved.`);
    expect(p.author).toBe("Anna Koval");
    expect(p.body).not.toContain("By Anna Koval");
  });

  it("keeps the head's byline over a foot line", () => {
    const p = parseArticle(`Ferry service to resume after storm repairs\nBy Petro Marchuk\n12 May 2026\n${body}\nBy Anna Koval`);
    expect(p.author).toBe("Petro Marchuk");
  });
});

describe("date lines with dots and bullets between their parts", () => {
  it("reads the date and the place of 'Warsaw ● Tue, May 12, 2026' and a date beside a reading time", () => {
    expect(parseArticle(`Ferry service to resume after storm repairs\nBy Anna Koval\nWarsaw ● Tue, May 12, 2026\n${body}`)).toMatchObject({ dateline: "Warsaw", publishedOn: "2026-05-12" });
    const p = parseArticle(`Ferry service to resume after storm repairs\nThe operator says the crossing will reopen next week.\nAnna Koval\n12 May 2026 · 5 min read\n${body}`);
    expect(p).toMatchObject({ author: "Anna Koval", publishedOn: "2026-05-12", standfirst: "The operator says the crossing will reopen next week." });
  });
});

describe("bylines led by the kind of piece", () => {
  it("reads 'Opinion by', 'Analysis by' and 'Compiled by' lines as bylines", () => {
    for (const lead of ["Opinion by", "Analysis by", "Compiled by"]) {
      expect(parseArticle(`Ferry service to resume after storm repairs\n${lead} Anna Koval\nMay 12, 2026\n${body}`).author).toBe("Anna Koval");
    }
  });
});

describe("a byline crediting an agency after a slash", () => {
  it("reads 'By Anna Koval / Reuters' as a byline, not a photo credit", () => {
    const p = parseArticle(`Ferry service to resume after storm repairs\nBy Anna Koval / Reuters\nMay 12, 2026\n${body}`);
    expect(p).toMatchObject({ author: "Anna Koval", publication: "Reuters" });
  });
});

describe("an agency or site credit where the byline stands", () => {
  it("reads 'BTA/KZN' or a bare site name beside the date line as the author (invented Bulgarian and Slovene heads)", () => {
    const agency = parseArticle(`Kurier Zagorski\nNews / Region\nFerry service to resume after storm repairs\nThe operator says the crossing will reopen next week.\nBTA/KZN\nMay 12, 2026, 10:15\n${body}`);
    expect(agency).toMatchObject({ author: "BTA/KZN", publication: "Kurier Zagorski" });
    const site = parseArticle(`Ferry service to resume after storm repairs\nThe operator says the crossing will reopen next week.\nprimorska.si\n12.05.2026, 10:15\n${body}`);
    expect(site.author).toBe("primorska.si");
  });

  it("leaves a person's byline in place", () => {
    const p = parseArticle(`Ferry service to resume after storm repairs\nBy Anna Koval\nBTA/KZN\nMay 12, 2026, 10:15\n${body}`);
    expect(p.author).toBe("Anna Koval");
  });
});

describe("the outlet's name between the headline and the date line", () => {
  it("reads it as the publication, keeps a later byline, and keeps it out of the body (an invented Croatian head)", () => {
    const p = parseArticle(`Ferry service to resume after storm repairs on the island line\nOtočnik\n12 May 2026, 10:15\nText: Ana Kovač, Ivo Marić\n${body}`);
    expect(p).toMatchObject({ publication: "Otočnik", author: "Ana Kovač, Ivo Marić", body });
  });

  it("does not read a label ('Topic: Ports') or a person's name as an outlet", () => {
    const p = parseArticle(`Ferry service to resume after storm repairs on the island line\nTopic: Ports\n12 May 2026, 10:15\n${body}`);
    expect(p.publication).toBeNull();
  });
});

describe("a masthead in capitals repeated beside the date line", () => {
  it("signs the story, though the line alone reads like a place", () => {
    const p = parseArticle("HWTV\nWorld\nMinister says harbour talks will resume after a two-week pause\nUpdated 21:06, 29-Oct-2026\nHWTV\nThe minister said on Thursday that the talks would resume next month.\nHe gave no other details.");
    expect(p).toMatchObject({ author: "HWTV", publication: "HWTV", dateline: null });
  });
});

describe("a reporter credited with the masthead's paper", () => {
  it("reads 'Anna Koval - The Harbour Star' under 'The Harbour STAR' as her byline", () => {
    const lines = ["The Harbour STAR", "Nation", "Seafarers recount the night the drones hit their ship", "Anna Koval - The Harbour Star", "March 17, 2026 | 12:00am"];
    const kinds = lines.map((l) => classifyHeadLine(l));
    markMastheadNameCredits(kinds, lines);
    expect(kinds[3]).toEqual({ kind: "byline", author: "Anna Koval" });
  });

  it("leaves a headline with a dash and another outlet's name alone", () => {
    const lines = ["The Harbour STAR", "Anna Koval - Harbour Wire", "March 17, 2026"];
    const kinds = lines.map((l) => classifyHeadLine(l));
    markMastheadNameCredits(kinds, lines);
    expect(kinds[1]).toBeNull();
  });
});

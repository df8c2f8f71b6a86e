import { describe, expect, it } from "vitest";
import { classifyHeadLine, parseArticle } from "./parse-article";
import { ROLE_LINE_RE } from "./parse-article-byline";
import { isCreditsLine } from "./parse-article-name-lines";
import { isGeneric, mastheadOf, outletName } from "./parse-article-outlet";

const lead = "The harbour authority said on Tuesday that two cranes had been damaged in the night.";
const page = (...head: string[]) => parseArticle([...head, lead, "More follows."].join("\n\n"));
const title = "Cranes damaged in overnight strike on Harbourton port";

describe("page heads of more outlets", () => {
  it("takes a country in the head for a section, not for the dateline", () => {
    expect(page("ESTONIA", title, "2026-06-18", "By Tomas Varga").dateline).toBeNull();
    expect(page("Finland | Tuesday, 11 August 2026, 14:05", title).dateline).toBeNull();
    // The story's own dateline under a country kicker still counts.
    expect(page("ESTONIA", title, "2026-06-18", `TALLINN – ${lead}`).dateline).toBe("Tallinn");
  });

  it("reads a town in capitals beside its country as the dateline, known to the gazetteer or not", () => {
    expect(page(title, "By Tomas Varga", "HARBOURTON, Ukraine", "7 April 2026")).toMatchObject({ dateline: "Harbourton", publication: null });
  });

  it("leaves a reporter's 'based in' job line out of the standfirst and the dateline", () => {
    expect(ROLE_LINE_RE.test("Freelance journalist based in Tallinn")).toBe(true);
    const p = page(title, "Two cranes were hit and the port closed for the day, the authority said.", "Tomas Varga", "Freelance journalist based in Tallinn", "7 April 2026");
    expect(p.standfirst).toBe("Two cranes were hit and the port closed for the day, the authority said.");
    expect(p.dateline).toBeNull();
  });

  it("drops the job between a byline's name and its date", () => {
    expect(page(title, "Tomas Varga | Senior Correspondent | 12 May 2026")).toMatchObject({ author: "Tomas Varga", publishedOn: "2026-05-12" });
    expect(page(title, "By Tomas Varga | Diplomatic Editor", "12 May 2026")).toMatchObject({ author: "Tomas Varga", publishedOn: "2026-05-12" });
  });

  it("reads agencies and the site credited together on one line as the byline", () => {
    expect(isCreditsLine("HWA, harbourton.pl")).toBe(true);
    expect(isCreditsLine("EU, NATO")).toBe(false);
    expect(isCreditsLine("Tomas Varga, harbourton.pl")).toBe(false);
    expect(page(title, "HWA, harbourton.pl")).toMatchObject({ author: "HWA, harbourton.pl", body: `${lead}\n\nMore follows.` });
  });

  it("reads a place, a date and a time before the dash", () => {
    expect(page(title, `Harbourton, 12 May 2026, 14:05 – ${lead}`)).toMatchObject({ dateline: "Harbourton", publishedOn: "2026-05-12" });
  });

  it("reads a wire dateline whose bracketed credit is a web host or follows the day", () => {
    const p = page(title, "Harbourton, Estonia (HarbourDaily.com) -- Ministers met on Monday.");
    expect(p).toMatchObject({ dateline: "Harbourton", publication: "HarbourDaily.com" });
    expect(p.body.startsWith("Ministers met on Monday.")).toBe(true);
    expect(page(title, `Harbourton, May 12, 2026 (Harbour Wire) — ${lead}`)).toMatchObject({ dateline: "Harbourton", publication: "Harbour Wire", datelineDay: "05-12" });
    // A bracket after a mixed-case place with no day is no dateline ("Harbourton (file) – …" stays text).
    expect(page(title, `Harbourton (file) – ${lead}`).dateline).toBeNull();
  });

  it("reads the author after the date of a 'Posted on … by …' line and beside the outlet after a slash", () => {
    expect(page(title, "Posted on 12 May 2026 by Tomas Varga")).toMatchObject({ author: "Tomas Varga", publishedOn: "2026-05-12" });
    expect(page(title, "Tomas Varga / Harbour Herald", "May 12, 2026")).toMatchObject({ author: "Tomas Varga", publication: "Harbour Herald", standfirst: null });
  });

  it("drops photo credits 'via' a channel or 'on' a photo site and 'Follow X on Telegram' lines", () => {
    const clean = `${lead}\n\nMore follows.`;
    expect(page(title, "By Tomas Varga", "Ministers at the venue on Tuesday. Photo via Telegram").body).toBe(clean);
    expect(page(title, "By Tomas Varga", "Photo by Ilse Brandt on Unsplash").body).toBe(clean);
    expect(parseArticle([title, "By Tomas Varga", lead, "More follows.", "Follow the Harbour Herald on Telegram"].join("\n\n")).body).toBe(clean);
  });

  it("keeps 'World' and a capitals 'ONLINE' in an outlet's name, drops other edition words", () => {
    expect(outletName("HWN World")).toBe("HWN World");
    expect(outletName("HAFEN ONLINE")).toBe("HAFEN ONLINE");
    expect(outletName("Harbour Post Online")).toBe("Harbour Post");
  });

  it("takes a country's news section for no masthead", () => {
    expect(isGeneric("Estonia News")).toBe(true);
    expect(mastheadOf("Estonia News")).toBeNull();
    expect(mastheadOf("Harbourton News")).toBe("Harbourton News");
  });
});

describe("place lines and section labels with a colon", () => {
  it("reads 'Pokrovsk:' as a place but not a label of ordinary words such as 'Executive Summary:'", () => {
    expect(classifyHeadLine("Pokrovsk:")).toMatchObject({ kind: "place", dateline: "Pokrovsk" });
    expect(classifyHeadLine("Doha:")).toMatchObject({ kind: "place", dateline: "Doha" });
    expect(classifyHeadLine("Executive Summary:")).toBeNull();
    expect(classifyHeadLine("Key Points:")).toBeNull();
  });

  it("reads a wire agency's credit beside its city as the byline, the paper's masthead staying the outlet", () => {
    expect(classifyHeadLine("PTI | Mumbai")).toMatchObject({ kind: "byline", author: "PTI", dateline: "Mumbai" });
    const p = parseArticle("Harbour Standard\nWorld News\nRefiners cut crude imports as new sanctions bite\nPTI | Mumbai\nLast Updated : Mar 3 2026 | 2:18 PM IST\nMumbai, Mar 3 (PTI) Indian refiners cut their imports in February, traders said on Tuesday.\nPrices rose.");
    expect(p).toMatchObject({ author: "PTI", publication: "Harbour Standard", dateline: "Mumbai" });
  });

  it("reads a name above a city line closed by a comma and the date as byline and dateline", () => {
    expect(classifyHeadLine("Mumbai,")).toMatchObject({ kind: "place", dateline: "Mumbai" });
    const p = parseArticle("Harbour Today\nRefiners cut crude imports as new sanctions bite\nIndian refiners cut imports of Russian crude in February, traders said.\nAnna Koval\nMumbai,\nUPDATED: Mar 3, 2026 21:10 IST\nIndian refiners cut their imports in February, traders said on Tuesday.\nPrices rose.");
    expect(p).toMatchObject({ author: "Anna Koval", dateline: "Mumbai" });
  });

  it("reads a city between a byline and its date as the dateline", () => {
    expect(classifyHeadLine("By Anna Koval | New Delhi | March 3, 2026 06:15 IST")).toMatchObject({ kind: "byline", author: "Anna Koval", dateline: "New Delhi", publishedOn: "2026-03-03" });
  });
});

describe("notes and captions between the head and the dateline", () => {
  it("drops a translation note in brackets, so the dateline below it is read", () => {
    const p = page(title, "By Tomas Varga", "(Translated from Spanish)", `HARBOURTON.– ${lead}`);
    expect(p).toMatchObject({ dateline: "Harbourton", author: "Tomas Varga" });
    expect(p.body.startsWith(lead)).toBe(true);
    expect(page(title, "Translated from Portuguese.", `HARBOURTON.– ${lead}`).dateline).toBe("Harbourton");
  });

  it("drops the caption printed under a photo credit below the date, so the dateline below it is read", () => {
    const p = page(title, "By Tomas Varga", "12 May 2026", "Photo: HWA", "Dock workers clear the rubble after the strike.", `HARBOURTON: ${lead}`);
    expect(p).toMatchObject({ dateline: "Harbourton", author: "Tomas Varga", standfirst: null });
    expect(p.body.startsWith(lead)).toBe(true);
    // A caption without a full stop is no lead paragraph, dateline or not.
    expect(page(title, "12 May 2026", "Author: Tomas Varga", "Photo: HWA", "Dock workers in the harbour after the strike", lead).body.startsWith(lead)).toBe(true);
    // A short lead below the credit stays: it ends like a sentence and no dateline follows it.
    expect(page(title, "12 May 2026", "Photo: HWA", "Two cranes burned in the night.", lead).body.startsWith("Two cranes burned in the night.")).toBe(true);
  });

  it("reads 'Pic:' as a photo credit and an agency's initials alone above the dateline paragraph as its byline", () => {
    const p = page(title, "12 May 2026", "Dock workers clear the rubble after the strike. Pic: HWA", "HWNA", `Harbourton: ${lead}`);
    expect(p).toMatchObject({ author: "HWNA", dateline: "Harbourton" });
    expect(p.body.startsWith(lead)).toBe(true);
  });
});

describe("an agency's masthead and its initials in the dateline", () => {
  it("names the outlet by the masthead the dateline's initials abbreviate", () => {
    expect(parseArticle(["Harbourland Press Service", "World", title, "12 May 2026", `HARBOURTON, May 12 (HPS): ${lead}`, "More follows."].join("\n\n"))).toMatchObject({ publication: "Harbourland Press Service", dateline: "Harbourton", author: null });
    // A paper running another agency's copy keeps its own masthead and credits the agency.
    expect(parseArticle(["Harbour Standard", title, "12 May 2026", `HARBOURTON, May 12 (Reuters) - ${lead}`, "More follows."].join("\n\n"))).toMatchObject({ publication: "Harbour Standard", author: "Reuters" });
  });
});

describe("the outlet's own credit beside the city it files from", () => {
  const run = (...head: string[]) => parseArticle([...head, lead, "More follows."].join("\n\n"));
  it("reads 'Outlet, City' and 'City. Outlet' repeating the masthead as the outlet's byline and the dateline", () => {
    expect(run("HarbourNews", "Society", title, "HarbourNews, Odesa", "18.11.2026")).toMatchObject({ author: "HarbourNews", dateline: "Odesa", publication: "HarbourNews" });
    expect(run("Harbour.az", "Energy", title, "02 June, 2026 12:47", "Baku. Harbour")).toMatchObject({ author: "Harbour", dateline: "Baku", publication: "Harbour.az" });
    // Another outlet's name beside a city is no credit of this page's masthead.
    expect(run("HarbourNews", "Society", title, "Tomas Varga, Odesa", "18.11.2026")).toMatchObject({ author: "Tomas Varga", dateline: "Odesa" });
  });
});

describe("section names before a date line", () => {
  it("does not take a region's section ('Europe, Russia/Caspian') for the dateline", () => {
    expect(classifyHeadLine("Europe, Russia/Caspian | November 26, 2026")).toMatchObject({ kind: "date", publishedOn: "2026-11-26", dateline: undefined });
    expect(classifyHeadLine("Middle East, Africa | November 26, 2026")).toMatchObject({ kind: "date", dateline: undefined });
    expect(classifyHeadLine("Harbourton, November 26, 2026")).toMatchObject({ kind: "date", dateline: "Harbourton" });
  });
});

describe("a masthead printed in two scripts", () => {
  it("reads the Latin side of 'ГАВАНЬ ICTV / Havan ICTV' as the outlet, and the headline below the kicker", () => {
    expect(mastheadOf("ГАВАНЬ / Havan")).toBe("Havan");
    const quoted = `"They come at night": ${title}`;
    expect(page("ГАВАНЬ ICTV / Havan ICTV", "Frontline", quoted, "July 29, 2026, 18:30")).toMatchObject({ title: quoted, publication: "Havan ICTV", publishedOn: "2026-07-29" });
    expect(mastheadOf("Harbour Daily / Politics")).toBeNull();
    expect(page("Гавань / Havan", "Society", title, "20 August 2026, 11:05").publication).toBe("Havan");
  });
});

describe("a masthead of the site's host and its full name", () => {
  it("reads 'Harbourwire.com | Harbour News Agency' above the date line as the masthead, the headline below it", () => {
    expect(mastheadOf("Harbourwire.com | Harbour News Agency")).toBe("Harbourwire.com");
    expect(page("Harbourwire.com | Harbour News Agency", "Politics | May 14, 2026, Thursday // 16:05", title)).toMatchObject({ title, publication: "Harbourwire.com", publishedOn: "2026-05-14" });
  });
});

import { describe, expect, it } from "vitest";
import { bylineOf, isOutletCredit, isPersonName, labelledByline, nameLineByline, tidyByline } from "./parse-article-byline";
import { classifyHeadLine, parseArticle } from "./parse-article";

describe("bylines that credit an outlet", () => {
  it("reads the outlet of a correspondent's job line, not a beat or a place", () => {
    expect(nameLineByline("Anna Koval, Harbour Herald correspondent")).toMatchObject({ author: "Anna Koval", publication: "Harbour Herald" });
    expect(nameLineByline("Anna Koval, Harbour Wire's Kyiv correspondent")).toMatchObject({ author: "Anna Koval", publication: "Harbour Wire" });
    expect(nameLineByline("Anna Koval, Ukraine correspondent")).toMatchObject({ author: "Anna Koval", publication: undefined });
    expect(nameLineByline("Anna Koval, Europe's correspondent")).toMatchObject({ author: "Anna Koval", publication: undefined });
  });

  it("reads a contributor's 'for <Outlet>'", () => {
    expect(tidyByline("Anna Koval for The Harbour Wire")).toEqual({ author: "Anna Koval", publication: "The Harbour Wire" });
    expect(tidyByline("Anna Koval for Ukraine")).toBeNull();
  });

  it("takes the places off when every author files from one, the first being the dateline", () => {
    expect(bylineOf("Anna Koval in Odesa and Petro Marchuk in Kyiv")).toMatchObject({ author: "Anna Koval and Petro Marchuk", dateline: "Odesa" });
    expect(bylineOf("Anna Koval in Odesa and Petro Marchuk")).toMatchObject({ author: "Anna Koval in Odesa and Petro Marchuk", dateline: undefined });
  });

  it("reads an outlet credited after '|' but not a place, section or job", () => {
    expect(bylineOf("Anna Koval | Harbour Wire")).toMatchObject({ author: "Anna Koval", publication: "Harbour Wire" });
    expect(isOutletCredit("Kyiv")).toBe(false);
    expect(isOutletCredit("Politics")).toBe(false);
    expect(isOutletCredit("Staff writer")).toBe(false);
    expect(isOutletCredit("March 3, 2026")).toBe(false);
  });

  it("takes a date, a job or the outlet printed after one author's name off the byline", () => {
    expect(bylineOf("Anna Koval on March 3, 2026 at 10:21 AM")).toMatchObject({ author: "Anna Koval", publishedOn: "2026-03-03" });
    expect(bylineOf("Anna Koval, special correspondent in Odesa")).toMatchObject({ author: "Anna Koval", dateline: "Odesa" });
    expect(bylineOf("Anna Koval / Staff reporter, with AFP")).toMatchObject({ author: "Anna Koval" });
    expect(bylineOf("Anna Koval  Harbour News")).toMatchObject({ author: "Anna Koval", publication: "Harbour News" });
    expect(tidyByline("Anna Koval, Kyiv Regional Council")).toBeNull();
  });

  it("leaves out a photographer credited beside the writer, and the writer's '(text)' tag", () => {
    expect(bylineOf("Anna Koval (text) and Petro Marchuk (photo), Warsaw")).toMatchObject({ author: "Anna Koval", dateline: "Warsaw" });
    expect(bylineOf("Anna Koval, Petro Marchuk (photos)")).toMatchObject({ author: "Anna Koval" });
  });

  it("reads 'Place - Author': the city filed from before a dash, not a headline with a dash", () => {
    expect(nameLineByline("Kyiv - Anna Koval")).toMatchObject({ author: "Anna Koval", dateline: "Kyiv" });
    expect(nameLineByline("Warsaw – Petro Marchuk")).toMatchObject({ author: "Petro Marchuk", dateline: "Warsaw" });
    expect(nameLineByline("Kyiv - Harbour News")).toBeNull();
    expect(nameLineByline("Kyiv - Ports reopen after the storm")).toBeNull();
  });
});

describe("labelled and foreign-language bylines", () => {
  it("reads 'Authors:', 'WRITER:', 'Interview:' and a foreign 'by'", () => {
    expect(labelledByline("Authors: Anna Koval, Petro Marchuk")).toMatchObject({ author: "Anna Koval, Petro Marchuk" });
    expect(labelledByline("WRITER: Reuters")).toMatchObject({ author: "Reuters" });
    expect(labelledByline("Interview: Anna Koval")).toMatchObject({ author: "Anna Koval" });
    expect(labelledByline("Par Jean-Luc Morel")).toMatchObject({ author: "Jean-Luc Morel" });
    expect(labelledByline("Von Anna Koval")).toMatchObject({ author: "Anna Koval" });
    expect(labelledByline("di Marco Bellini")).toMatchObject({ author: "Marco Bellini" });
    expect(labelledByline("Por favor")).toBeNull();
    expect(labelledByline("Sector: Agriculture, Shipping")).toBeNull();
  });

  it("takes a photographer's or studio's credit and a social handle off the authors", () => {
    expect(bylineOf("Anna Koval  Photo: Petro Marchuk")).toMatchObject({ author: "Anna Koval" });
    expect(bylineOf("Anna Koval, Harbour Capital Studio")).toMatchObject({ author: "Anna Koval" });
    expect(bylineOf("Anna Koval @annakoval_hw")).toMatchObject({ author: "Anna Koval" });
  });

  it("takes the newsroom department off the author ('Name, Foreign News Department')", () => {
    expect(bylineOf("Hiroshi Tanabe, Foreign News Department")).toMatchObject({ author: "Hiroshi Tanabe" });
    expect(bylineOf("Anna Koval, Economics Desk")).toMatchObject({ author: "Anna Koval" });
  });
});

describe("several names with their job", () => {
  it("reads 'ANNA KOVAL and PETRO MARCHUK, Harbour staff writers'", () => {
    expect(nameLineByline("ANNA KOVAL and PETRO MARCHUK, Harbour staff writers")).toMatchObject({ author: "Anna Koval and Petro Marchuk" });
  });
});

describe("a byline with the author's place after a slash", () => {
  it("reads 'Name / Place' as the author and the dateline, not an outlet after the slash", () => {
    expect(tidyByline("Anna Koval / Riga")).toMatchObject({ author: "Anna Koval", dateline: "Riga" });
    expect(tidyByline("Anna Koval / Harbour Wire")).toBeNull();
  });
});

describe("a byline with the outlet in brackets", () => {
  it("reads 'Name (Outlet)' as the author, not a place or a label in brackets", () => {
    expect(nameLineByline("Anna Koval (The Harbour Post)")).toMatchObject({ author: "Anna Koval" });
    expect(nameLineByline("Storm Warning (Update)")).toBeNull();
  });
});

describe("the place of a correspondent's job line", () => {
  it("reads the city of 'special correspondent in <city> (<country>)' or '… in <city>, <country>' as the dateline", () => {
    expect(nameLineByline("Anna Koval, special correspondent in Kherson (Ukraine)")).toMatchObject({ author: "Anna Koval", dateline: "Kherson" });
    expect(nameLineByline("Anna Koval, senior correspondent in Mykolaiv, Ukraine")).toMatchObject({ author: "Anna Koval", dateline: "Mykolaiv" });
    expect(nameLineByline("Anna Koval, Harbour Herald correspondent")).toMatchObject({ author: "Anna Koval", dateline: undefined });
  });
});

describe("byline labels in more languages and conventions", () => {
  it("reads 'Byline:', 'Auteur :', 'Autorius:' and 'Szerző:' labels", () => {
    expect(labelledByline("Byline: Anna Koval")).toMatchObject({ author: "Anna Koval" });
    expect(labelledByline("Auteur : Anna Koval")).toMatchObject({ author: "Anna Koval" });
    expect(labelledByline("Autorius: Anna Koval")).toMatchObject({ author: "Anna Koval" });
    expect(labelledByline("Szerző: Koval Anna")).toMatchObject({ author: "Koval Anna" });
  });
});

describe("where a correspondent files from", () => {
  it("reads the city before the job ('Warsaw correspondent') but not a country or region", () => {
    expect(nameLineByline("Ilse Brandt, Warsaw correspondent")).toMatchObject({ author: "Ilse Brandt", dateline: "Warsaw" });
    expect(nameLineByline("Ilse Brandt, Ukraine correspondent")).toMatchObject({ author: "Ilse Brandt", dateline: undefined });
    expect(nameLineByline("Ilse Brandt, Europe correspondent")).toMatchObject({ author: "Ilse Brandt", dateline: undefined });
  });

  it("reads 'NAME IN CAPITALS Special envoy, Place (Country)' (an invented Italian head)", () => {
    expect(nameLineByline("GIULIA FERRANTE Special envoy, Sloviansk (Ukraine)")).toMatchObject({ author: "Giulia Ferrante", dateline: "Sloviansk" });
    expect(nameLineByline("GIULIA FERRANTE Staff writer")).toMatchObject({ author: "Giulia Ferrante", dateline: undefined });
  });
});

describe("two authors filing from one place", () => {
  it("reads 'By Name and Name in Place' as the authors and the dateline", () => {
    expect(bylineOf("Ilse Brandt and Tomas Varga", "Lviv")).toMatchObject({ author: "Ilse Brandt and Tomas Varga", dateline: "Lviv" });
    expect(bylineOf("Ilse Brandt with Tomas Varga", "Lviv")).toMatchObject({ author: "Ilse Brandt with Tomas Varga in Lviv", dateline: undefined });
  });
});

describe("bylines with what the page pastes beside the names", () => {
  it("drops the outlet's name run on after names in capitals, and a follow button", () => {
    expect(bylineOf("ANNA KOVAL and PETRO MARCHUK Harbour Times")).toMatchObject({ kind: "byline", author: "Anna Koval and Petro Marchuk" });
    expect(bylineOf("ANNA KOVAL Harbour News")).toMatchObject({ kind: "byline", author: "Anna Koval" });
    expect(bylineOf("Anna Koval Follow")).toMatchObject({ kind: "byline", author: "Anna Koval" });
  });
});

describe("bylines of foreign papers", () => {
  it("reads the city beside the name after a bar or a dash", () => {
    expect(classifyHeadLine("Anna Koval | Prague")).toMatchObject({ kind: "byline", author: "Anna Koval", dateline: "Prague" });
    expect(classifyHeadLine("By Anna Koval — Brasília")).toMatchObject({ kind: "byline", author: "Anna Koval", dateline: "Brasília" });
    expect(classifyHeadLine("Anna Koval | Harbour Lights")).toBeNull();
  });

  it("reads the paper's own correspondent in Italian, French and Spanish", () => {
    expect(classifyHeadLine("dalla nostra inviata Anna Koval")).toMatchObject({ kind: "byline", author: "Anna Koval" });
    expect(classifyHeadLine("De notre envoyée spéciale Anna Koval")).toMatchObject({ kind: "byline", author: "Anna Koval" });
    expect(classifyHeadLine("De nuestro enviado especial Petro Marchuk")).toMatchObject({ kind: "byline", author: "Petro Marchuk" });
  });

  it("takes particles inside a name ('Arnout le Clercq') for part of it", () => {
    expect(isPersonName("Anna le Koval")).toBe(true);
    expect(isPersonName("Petra van der Berg")).toBe(true);
    expect(isPersonName("le Koval Anna")).toBe(false);
    expect(classifyHeadLine("Anna le Koval, 21 januari 2026, 05:00")).toMatchObject({ kind: "date", author: "Anna le Koval", publishedOn: "2026-01-21" });
  });
});

describe("bylines labelled by what the author did", () => {
  it("reads 'Interviewed by' and 'Curated by' lines as bylines", () => {
    expect(classifyHeadLine("Interviewed by Olena Marchuk")).toMatchObject({ kind: "byline", author: "Olena Marchuk" });
    expect(classifyHeadLine("Curated By: Ravi Menon")).toMatchObject({ kind: "byline", author: "Ravi Menon" });
  });
});

describe("translator and editor credits", () => {
  it("are not authors, on the byline or on a line of their own", () => {
    expect(classifyHeadLine("By Anna Koval, translated by Petro Marchuk")).toMatchObject({ kind: "byline", author: "Anna Koval" });
    expect(classifyHeadLine("Translated from Ukrainian by Petro Marchuk")).toMatchObject({ kind: "junk" });
    expect(classifyHeadLine("Translation: Petro Marchuk")).toMatchObject({ kind: "junk" });
  });
});

describe("surnames with an inner capital", () => {
  it("are person names ('McAdam', 'AlNour', \"O'Hara\"), a brand with an inner capital is not", () => {
    expect(isPersonName("Lina AlNour")).toBe(true);
    expect(isPersonName("Rory McAdam")).toBe(true);
    expect(isPersonName("Kate O'Hara")).toBe(true);
    expect(isPersonName("HarbourTech Energy")).toBe(false);
  });

  it("reads such a name above a place line and the date as the byline", () => {
    const p = parseArticle("The Harbour\nEnvoy says grain talks will resume next month\nLina AlNour\nAbu Dhabi\nSeptember 3, 2026\nThe envoy said on Thursday that the talks would resume.\nShe gave no date.");
    expect(p).toMatchObject({ author: "Lina AlNour", dateline: "Abu Dhabi" });
  });
});

describe("a name with the outlet it writes for, after a comma", () => {
  it("reads 'Name, for <Outlet>' as the contributor's byline", () => {
    expect(nameLineByline("Marta Lind, for Harbour Radio")).toMatchObject({ kind: "byline", author: "Marta Lind" });
    expect(nameLineByline("Marta Lind, for the first time")).toBeNull();
  });
});

describe("a date line signed by its outlet", () => {
  it("reads 'Published <date> by <Outlet>' as the date and the outlet as author", () => {
    expect(classifyHeadLine("Published Mar 4, 2026 3:41 PM by The Harbour Mariner")).toMatchObject({ kind: "date", publishedOn: "2026-03-04", author: "The Harbour Mariner" });
    const p = parseArticle("The Harbour Mariner\nTanker detained off the harbour entrance\nPublished Mar 4, 2026 3:41 PM by The Harbour Mariner\nThe coast guard boarded the tanker on Tuesday.\nIt remains at anchor.");
    expect(p).toMatchObject({ author: "The Harbour Mariner", publishedOn: "2026-03-04" });
  });
});

describe("a think tank's byline", () => {
  it("takes a fellow's, analyst's or director's job after the comma off the author", () => {
    expect(bylineOf("Anna Koval, Senior Policy Fellow")).toMatchObject({ author: "Anna Koval" });
    expect(bylineOf("Anna Koval, Research Director")).toMatchObject({ author: "Anna Koval" });
    expect(classifyHeadLine("Anna Koval, Senior Analyst")).toMatchObject({ kind: "byline", author: "Anna Koval" });
  });
});

describe("a byline with its date, then the time after a bar", () => {
  it("reads the author and the date, the time and zone after the bar saying nothing more", () => {
    expect(classifyHeadLine("By HWA   March 3, 2026 | 04:12 pm GMT+7")).toMatchObject({ kind: "byline", author: "HWA", publishedOn: "2026-03-03" });
    expect(classifyHeadLine("By Anna Koval, May 12, 2026 | 10:15 AM")).toMatchObject({ kind: "byline", author: "Anna Koval", publishedOn: "2026-05-12" });
  });
});

describe("bylines of agencies and papers new in session 41", () => {
  it("reads a first name spelt like a month as a name, a month before a day or year not", () => {
    expect(isPersonName("Jan Vermeulen")).toBe(true);
    expect(isPersonName("April Hollings")).toBe(true);
    expect(isPersonName("Mar Vermeulen")).toBe(false);
    expect(isPersonName("March Update")).toBe(false);
    expect(isPersonName("May Day")).toBe(false);
  });

  it("keeps the agency or reporter before an unspaced slash and drops the site running the copy", () => {
    expect(bylineOf("HWA/The Harbour")).toMatchObject({ kind: "byline", author: "HWA" });
    expect(bylineOf("Anna Koval/Reuters")).toMatchObject({ kind: "byline", author: "Anna Koval" });
    expect(classifyHeadLine("By HWA/The Harbour")).toMatchObject({ kind: "byline", author: "HWA" });
    expect(bylineOf("Anna Koval/Petro Marchuk")).toMatchObject({ kind: "byline", author: "Anna Koval/Petro Marchuk" });
  });
});

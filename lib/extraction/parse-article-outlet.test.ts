import { describe, expect, it } from "vitest";
import { copyrightHolder, hostNamedInText, isMediaName, isWebHost, isWireAgency, mastheadOf, pageFooter, plainMasthead, sourceOutlet, urlOutlet } from "./parse-article-outlet";
import { KICKER_WORDS_RE } from "./parse-article-byline";
import { parseArticle } from "./parse-article";

describe("outlet evidence on a pasted page", () => {
  it.each([
    ["© 2026 The Kyiv Independent. All rights reserved.", "The Kyiv Independent"],
    ["Copyright (c) 2026. RFE/RL, Inc. All rights reserved.", "RFE/RL"],
    ["©2026 Bloomberg L.P. All Rights Reserved.", "Bloomberg"],
    ["Copyright © HT Digital Streams Ltd. All rights reserved. Hindustan Times", "Hindustan Times"],
    ["© 2026 Guardian News & Media Limited or its affiliated companies. All rights reserved.", "The Guardian"],
    ["All rights reserved. Interfax 2026. 03.03.2026 14:05", "Interfax"],
    ["© 2014–2026 Meduza", "Meduza"],
    ["Copyright © 2026 Harbour Media group - www.harbourmedia.com - All rights", "Harbour Media"],
  ])("reads the copyright holder of %s", (line, holder) => expect(copyrightHolder(line)).toBe(holder));

  it("ignores photo credits and lines without a copyright mark", () => {
    expect(copyrightHolder("Photo: Rescuers in Kharkiv © AFP")).toBeNull();
    expect(copyrightHolder("The Kremlin said talks would continue.")).toBeNull();
  });

  it("reads Source: lines, URLs and mastheads", () => {
    expect(sourceOutlet("Source: Al Jazeera and news agencies")).toBe("Al Jazeera");
    expect(sourceOutlet("Source: Xinhua")).toBe("Xinhua");
    expect(sourceOutlet("Sources say the talks failed, officials said.")).toBeNull();
    expect(urlOutlet("https://www.lemonde.fr/en/international/article/2026/03/03/macron-troops_674_4.html")).toEqual({ publication: "Le Monde", publishedOn: "2026-03-03" });
    expect(urlOutlet("https://p.dw.com/p/4xYz1")).toEqual({ publication: "DW", publishedOn: null });
    expect(urlOutlet("Kyiv.")).toBeNull();
    expect(mastheadOf("LRT English")).toBe("LRT");
    expect(mastheadOf("Institute for the Study of War")).toBe("Institute for the Study of War");
    expect(mastheadOf("World News")).toBeNull();
    expect(mastheadOf("Interview")).toBeNull();
    expect(mastheadOf("Investigations")).toBeNull();
    expect(mastheadOf("Meduza")).toBe("Meduza");
    expect(mastheadOf("Russia launched 60 drones overnight.")).toBeNull();
    expect(isMediaName("Gulf News")).toBe(true);
    expect(isMediaName("World News")).toBe(false);
  });

  it("takes the copyright holder and date only from the page's last lines", () => {
    const lines = ["Headline", "© AFP caption credit is not a footer", "Body.", "Body.", "Body.", "Body.", "All rights reserved. Interfax 2026. 03.03.2026 14:05"];
    expect(pageFooter(lines)).toMatchObject({ copyright: "Interfax", date: "2026-03-03" });
  });

  it("names an unknown outlet's web host as the page spells it", () => {
    expect(hostNamedInText("Drones hit the port, Harbour Herald staff said.\nhttps://www.harbourherald.com/world/2026/12/03/drones")).toBe("Harbour Herald");
    expect(hostNamedInText("Write to desk@thecoastpost.net.\nThe Coast Post is published daily.")).toBe("The Coast Post");
    expect(hostNamedInText("https://www.harbourherald.com/world\nNo name is printed here.")).toBeNull();
  });

  it("reads a bare host line ('primorske24.si') and the one-word masthead spelled like it ('Primorske24 / Svet')", () => {
    expect(hostNamedInText("Primorske24 / Svet\nFerry line resumes after storm repairs\nprimorske24.si\n12.05.2026, 10:15")).toBe("Primorske24");
    expect(hostNamedInText("Svet / Primorje\nFerry line resumes\nprimorske24.si")).toBeNull();
  });
});

describe("copyright lines and mastheads in other conventions", () => {
  it("reads no holder from a foreign 'all rights reserved' alone, and drops company forms", () => {
    expect(copyrightHolder("© RIPRODUZIONE RISERVATA")).toBeNull();
    expect(copyrightHolder("© Tous droits réservés")).toBeNull();
    expect(copyrightHolder("© 2026 The Harbour Times DAC")).toBe("The Harbour Times");
    expect(copyrightHolder("© 2026 Harbour Media S.p.A.")).toBe("Harbour Media");
  });

  it("reads a masthead with a lower-case article or a number in its name", () => {
    expect(mastheadOf("la Gazzetta Nuova")).toBe("la Gazzetta Nuova");
    expect(mastheadOf("Harbour24")).toBe("Harbour24");
    expect(mastheadOf("3 March 2026")).toBeNull();
    expect(mastheadOf("mint")).toBeNull();
  });
});

describe("copyright lines among footer links and small print", () => {
  it("reads the holder beside footer links, before a registration note and after 'All content'", () => {
    expect(copyrightHolder("© 2026 Harbour Wire | Privacy Policy | Terms of Use")).toBe("Harbour Wire");
    expect(copyrightHolder("© 2026 Harbour Wire Ltd. Registered in England and Wales.")).toBe("Harbour Wire");
    expect(copyrightHolder("All content © 2026 Harbour Wire")).toBe("Harbour Wire");
    expect(copyrightHolder("Photo: Anna Koval | © Harbour Wire")).toBeNull();
  });
});

describe("mastheads printed with a second name or a breadcrumb", () => {
  it("reads the name beside its web host or other name, and a site's name opening a breadcrumb", () => {
    expect(mastheadOf("Harbour Noviny | harbour.cz")).toBe("Harbour Noviny");
    expect(mastheadOf("TV Harbour | Gavan")).toBe("TV Harbour");
    expect(mastheadOf("Harbour.sk › Domáce › Súdy")).toBe("Harbour.sk");
    expect(mastheadOf("World › Europe")).toBeNull();
    expect(mastheadOf("Harbour Times | Drones strike the port again overnight")).toBeNull();
  });

  it("reads a name printed beside its acronym as one masthead, and the headline below it", () => {
    expect(mastheadOf("Harbour Press Agency – HPA")).toBe("Harbour Press Agency – HPA");
    expect(mastheadOf("HPA – Harbour Press Agency")).toBe("HPA – Harbour Press Agency");
    expect(mastheadOf("Drones hit port – HPA")).toBeNull();
    expect(mastheadOf("EU – NATO")).toBeNull();
    const p = parseArticle("Harbour Press Agency – HPA\nCustoms officers seize drone parts at the northern border crossing\nThe customs service said on Monday it had seized 400 drone engines hidden in a lorry.\nThe driver was detained.");
    expect(p.title).toBe("Customs officers seize drone parts at the northern border crossing");
    expect(p.publication).toBe("Harbour Press Agency – HPA");
  });

  it("takes a last word in lower case that is no English word for part of a foreign name", () => {
    expect(mastheadOf("Harbour noviny")).toBe("Harbour noviny");
    expect(mastheadOf("Le Port diplomatique")).toBe("Le Port diplomatique");
    expect(mastheadOf("Web desk")).toBeNull();
    expect(mastheadOf("Drones strike again")).toBeNull();
  });

  it("puts the masthead before an agency's credit line in the head", () => {
    const p = parseArticle("Harbour Herald\nWorld › Europe\nDrones strike the port of Odesa again as talks stall\nAssociated Press\nTue 10 Feb 2026 at 14:27\nKYIV, Ukraine (AP) — Drones struck the port overnight, officials said on Tuesday.\nThe mayor said the grain terminal was hit.");
    expect(p.publication).toBe("Harbour Herald");
  });
});

describe("isWireAgency", () => {
  it("knows a wire agency by its short or full name, and by its short name only when told", () => {
    expect(isWireAgency("Reuters")).toBe(true);
    expect(isWireAgency("Agence France-Presse")).toBe(true);
    expect(isWireAgency("Agence France-Presse", false)).toBe(false);
    expect(isWireAgency("AFP", false)).toBe(true);
    expect(isWireAgency("Harbour Herald")).toBe(false);
  });
});

describe("isWebHost", () => {
  it("takes a one-part host with a common or country ending, not a sentence or a path", () => {
    expect(isWebHost("HarbourDaily.com")).toBe(true);
    expect(isWebHost("harbour-wire.pl")).toBe(true);
    expect(isWebHost("news.harbour.com")).toBe(false);
    expect(isWebHost("Harbour Daily.com")).toBe(false);
  });
});

describe("the first line as the outlet when nothing else names one", () => {
  const page = (first: string, body = "The port was hit on Monday, the governor said.") =>
    [first, "Drones strike the grain port of Izmail for a third night", body, "Repairs will take weeks."];

  it("takes a short name in capitals, a brand in lower case or a name with a number", () => {
    expect(plainMasthead(page("HARBOUR A.M."), KICKER_WORDS_RE)).toBe("HARBOUR A.M.");
    expect(plainMasthead(page("iHarbour"), KICKER_WORDS_RE)).toBe("iHarbour");
    expect(plainMasthead(page("7 Channel"), KICKER_WORDS_RE)).toBe("7 Channel");
    const withDate = parseArticle(["iHarbour", "Drones strike the grain port of Izmail for a third night", "May 4, 2026", "The port was hit on Monday, the governor said.", "Repairs will take weeks."].join("\n"));
    expect(withDate).toMatchObject({ title: "Drones strike the grain port of Izmail for a third night", publication: "iHarbour" });
  });

  it("takes one capitalised word only when the text names it again mid-sentence, and no section or kicker", () => {
    expect(plainMasthead(page("Lantern"), KICKER_WORDS_RE)).toBeNull();
    expect(plainMasthead(page("Lantern", "The port was hit on Monday, the governor told Lantern."), KICKER_WORDS_RE)).toBe("Lantern");
    expect(plainMasthead(page("Energy", "The port was hit, said an analyst at Rystad Energy."), KICKER_WORDS_RE)).toBeNull();
    expect(plainMasthead(page("Europe"), KICKER_WORDS_RE)).toBeNull();
    expect(plainMasthead(page("EXCLUSIVE"), KICKER_WORDS_RE)).toBeNull();
    expect(plainMasthead(page("Russia-Ukraine war"), KICKER_WORDS_RE)).toBeNull();
  });
});

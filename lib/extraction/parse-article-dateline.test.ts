import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse-article";
import { creditedDatelineLine, extraDateline, isCityName, isCreditedCaption, isKnownPlace, isOrdinaryWords, wireDateline } from "./parse-article-dateline";

describe("datelines beyond the agency forms", () => {
  it("knows the cities stories are filed from that the lexicon lacks, in mixed case and in a byline", () => {
    for (const city of ["Abuja", "Kathmandu", "Port Moresby", "Addis Abeba", "Odesa", "Podgorica"]) expect(isCityName(city) && isKnownPlace(city)).toBe(true);
    expect(extraDateline("Kigali – The ministry said on Monday that the border would reopen.")).toMatchObject({ dateline: "Kigali" });
    const p = parseArticle("Harbour Herald\n\nFerry service resumes after the storm\n\nBy Anna Koval, Maputo\n\nMay 12, 2026\n\nThe harbour master said on Tuesday that the ferry would sail again.");
    expect(p).toMatchObject({ author: "Anna Koval", dateline: "Maputo" });
  });

  it("reads a place in capitals closed by a full stop, a known city in mixed case and 'NEAR <place>'", () => {
    expect(extraDateline("ODESA REGION. The ferry left at dawn.")).toMatchObject({ dateline: "Odesa Region" });
    expect(extraDateline("Warsaw – The ministry said on Monday…")).toMatchObject({ dateline: "Warsaw" });
    expect(extraDateline("NEAR POKROVSK, Ukraine – The crew waits in a cellar.")).toMatchObject({ dateline: "Pokrovsk" });
    expect(extraDateline("Putin – who spoke first – said little.")).toBeNull();
  });

  it("tells ordinary words in capitals from places", () => {
    expect(isOrdinaryWords("GLOBAL")).toBe(true);
    expect(isOrdinaryWords("THE BRIEFING")).toBe(true);
    expect(isOrdinaryWords("NEW DELHI")).toBe(false);
    expect(isOrdinaryWords("KYIV")).toBe(false);
  });

  it("drops a credited photo caption printed above the dateline paragraph", () => {
    expect(isCreditedCaption("Rescuers clear debris in Sumy on Monday. (Anna Koval/Harbour Wire)")).toBe(true);
    const page = parseArticle("Drones hit port city overnight\n\nA tug burns in the harbour on Friday. (HWA)\n\nODESA: Russian drones struck the port on Friday, officials said.\n\nMore text.");
    expect(page).toMatchObject({ dateline: "Odesa" });
    expect(page.body.startsWith("Russian drones struck")).toBe(true);
  });

  it("does not read a label line or the outlet's name as the dateline", () => {
    const label = parseArticle("Grain offers firm after strikes\n\nSector: Agriculture, Shipping\n\nGrain offers rose on Tuesday after the strikes.");
    expect(label.dateline).toBeNull();
    const outlet = parseArticle("HARBOUR LEDGER\n\nPort reopens after three days of strikes\n\nAnna Koval\n\nHarbour Ledger, 9 July 2026, 16:12\n\nThe port reopened on Thursday.");
    expect(outlet).toMatchObject({ dateline: null, author: "Anna Koval", publishedOn: "2026-07-09" });
  });
});

describe("a city in mixed case before a full stop, and a caption credited by name above the dateline", () => {
  it("reads 'Berlin. The …' as a dateline, not an ordinary word before a full stop", () => {
    expect(extraDateline("Vienna. The court adjourned until May.")).toMatchObject({ dateline: "Vienna" });
    expect(extraDateline("Yes. The court adjourned until May.")).toBeNull();
  });

  it("drops a caption ending in a bracketed name credit above the dateline paragraph", () => {
    expect(isCreditedCaption("A drone on display at a fair in Kyiv. (Harbour Drones)")).toBe(true);
    const page = parseArticle("Drone makers team up\n\nBy Anna Koval\n\nMay 3, 2026\n\nA drone on display at a fair in Kyiv. (Harbour Drones)\n\nWARSAW — Two drone makers signed a deal on Friday.\n\nMore text.");
    expect(page).toMatchObject({ dateline: "Warsaw" });
    expect(page.body.startsWith("Two drone makers")).toBe(true);
  });
});

describe("wire datelines with the day first or a year", () => {
  const page = (lead: string) => parseArticle(`Ferry service to resume after storm repairs\n${lead} The harbour master said the ferry would sail again.\nMore text follows.`);

  it("reads the place, the agency and the day of 'KYIV, 12 May (AFP) –' and 'ROME, 12 MAY -'", () => {
    expect(page("KYIV, 12 May (AFP) –")).toMatchObject({ dateline: "Kyiv", publication: "AFP", datelineDay: "05-12" });
    expect(page("ROME, 12 MAY -")).toMatchObject({ dateline: "Rome", datelineDay: "05-12" });
  });

  it("dates the page from a wire dateline that prints its year, and reads '/AGENCY/' without a full stop after the day", () => {
    expect(page("WARSAW, 12 May 2026 (PAP) -")).toMatchObject({ dateline: "Warsaw", publication: "PAP", publishedOn: "2026-05-12" });
    expect(page("Kyiv, 12 May 2026 /Ukrinform/.")).toMatchObject({ dateline: "Kyiv", publication: "Ukrinform", publishedOn: "2026-05-12" });
    expect(page("MOSCOW, May 12 /TASS/.")).toMatchObject({ dateline: "Moscow", publication: "TASS", datelineDay: "05-12" });
  });
});

describe("wire datelines of more agencies", () => {
  const lead = "The harbour master said on Thursday that the ferry would sail again next week after the repairs.";
  const more = "Repairs to the pier cost more than the council had planned, the mayor told reporters.";
  const parse = (first: string) => parseArticle(`Ferry to sail again after storm repairs\n\n${first}\n\n${more}`);

  it("reads the place, the agency in capitals after a full stop and drops them from the lead ('ASTANA. KAZINFORM –')", () => {
    expect(extraDateline(`VARNA. HARBOURINFORM – ${lead}`)).toMatchObject({ dateline: "Varna", publication: "HARBOURINFORM" });
    expect(parse(`VARNA. HARBOURINFORM – ${lead}`)).toMatchObject({ dateline: "Varna", publication: "HARBOURINFORM", body: `${lead}\n\n${more}` });
  });

  it("reads a dateline printed as a line of its own, with the agency's reporter", () => {
    expect(creditedDatelineLine("Varna, November 6 (HPA correspondent Anna Koval)")).toEqual({ dateline: "Varna", day: "11-06", publication: "HPA", author: "Anna Koval" });
    expect(parse(`Varna, 6 November (HPA)\n\n${lead}`)).toMatchObject({ dateline: "Varna", publication: "HPA", datelineDay: "11-06", body: `${lead}\n\n${more}` });
    expect(creditedDatelineLine("Varna, November 6 (Reuters) - The ferry left.")).toBeNull();
  });

  it("reads the wire grammar: place, country, day, agency and a dash, colon or full stop", () => {
    expect(wireDateline(`BAKU, Azerbaijan, November 6. ${lead}`)).toMatchObject({ dateline: "Baku", day: "11-06", publication: null });
    expect(wireDateline(`New Delhi [India], November 6 (HPA): ${lead}`)).toMatchObject({ dateline: "New Delhi", publication: "HPA" });
    expect(wireDateline(`New Delhi, Nov 6 (HPA) ${lead}`)).toMatchObject({ dateline: "New Delhi", publication: "HPA" });
    expect(wireDateline(`Riyadh, November 06, 2026, HPA -- ${lead}`)).toMatchObject({ dateline: "Riyadh", dayText: "November 06, 2026", publication: "HPA" });
    expect(wireDateline(`Tehran, HPA – ${lead}`)).toMatchObject({ dateline: "Tehran", publication: "HPA" });
    expect(wireDateline(`ABU DHABI, 6th November, 2026 (HPA) -- ${lead}`)).toMatchObject({ dateline: "Abu Dhabi", day: "11-06" });
    expect(wireDateline("Baku, November 6, HPA")).toMatchObject({ dateline: "Baku", publication: "HPA" });
  });

  it("reads no dateline from a sentence, a bare place or an unknown word in brackets", () => {
    for (const line of [`Kyiv, November 6.`, `Kyiv – ${lead}`, `MUMBAI (Harbour) Officials met.`, `Ankara, Kyiv and Warsaw – ${lead}`, `The Council, November 6: ${lead}`]) {
      expect(wireDateline(line), line).toBeNull();
    }
  });

  it("takes an agency only this grammar reads for the publication after every other sign", () => {
    expect(parse(`Tehran, HPA – ${lead}`)).toMatchObject({ dateline: "Tehran", publication: "HPA", body: `${lead}\n\n${more}` });
    const paper = parseArticle(`Ferry to sail again after storm repairs\n\nTehran, HPA – ${lead}\n\n${more}\n\n© 2026 Harbour Herald. All rights reserved.`);
    expect(paper.publication).toBe("Harbour Herald");
  });
});

describe("a region in brackets after the place", () => {
  it("reads 'ODESA (Odesa region). ' as the dateline", () => {
    expect(extraDateline("IZMAIL (Odesa region). The ferry left at dawn.")).toMatchObject({ dateline: "Izmail" });
  });
});

describe("more dateline and byline shapes of foreign papers", () => {
  const lead = "Drones struck the port overnight, damaging a grain terminal, the regional administration said on Thursday.";
  const more = "The mayor said repairs to the pier would begin next week.";
  const parse = (head: string) => parseArticle(`Drones hit the harbour again as talks stall\n\n${head}\n\n${more}`);

  it("reads a known place before a hyphen, a place and its region, and a city and country before a colon", () => {
    expect(parse(`Kyiv - ${lead}`)).toMatchObject({ dateline: "Kyiv", body: `${lead}\n\n${more}` });
    expect(parse(`IZMAIL, Odesa region – ${lead}`)).toMatchObject({ dateline: "Izmail", body: `${lead}\n\n${more}` });
    expect(parse(`Izmail, Odesa oblast: ${lead}`)).toMatchObject({ dateline: "Izmail" });
    expect(parse(`Izmail, Ukraine: ${lead}`)).toMatchObject({ dateline: "Izmail" });
    expect(parse(`Harbour - ${lead}`).dateline).toBeNull();
  });

  it("reads where the correspondent files from in the head", () => {
    const head = (line: string) => parseArticle(`Drones hit the harbour again as talks stall\n${line}\n6 November 2026\n${lead}\n${more}`);
    expect(head("From our correspondent in Kyiv")).toMatchObject({ dateline: "Kyiv" });
    expect(head("Anna Koval, special envoy to Kharkiv")).toMatchObject({ author: "Anna Koval", dateline: "Kharkiv" });
    expect(head("Anna Koval reports from Kyiv")).toMatchObject({ author: "Anna Koval", dateline: "Kyiv", standfirst: null });
    expect(head("Anna Koval (Kyiv)")).toMatchObject({ author: "Anna Koval", dateline: "Kyiv" });
    expect(parseArticle(`Drones hit the harbour again as talks stall\nBy Anna Koval\nKyiv, Ukraine\n6 November 2026\n${lead}`)).toMatchObject({ author: "Anna Koval", dateline: "Kyiv" });
  });
});

describe("a place in capitals closed by a full stop and a dash", () => {
  it("reads 'HARBOURTOWN.–' as the dateline and strips it from the lead", () => {
    expect(extraDateline("VALPARAÍSO.– Two volunteers returned home on Tuesday.")).toMatchObject({ dateline: "Valparaíso" });
    const p = parseArticle("Volunteers return from the front\nVALPARAÍSO.– Two volunteers returned home on Tuesday after a year near Pokrovsk.\nThey described heavy losses.");
    expect(p.dateline).toBe("Valparaíso");
    expect(p.body.startsWith("Two volunteers")).toBe(true);
  });
});

describe("a country's abbreviation as a section line", () => {
  it("is not the dateline; the lead's own dateline is", () => {
    const p = parseArticle("Harbour Herald\nUAE\nMediators secure the release of forty sailors held since spring\nAnna Koval, Chief Reporter\nPublished: March 06, 2026 14:32\nAbu Dhabi: Forty sailors were released on Thursday after mediation, the ministry said.\nThey flew home in the evening.");
    expect(p.dateline).toBe("Abu Dhabi");
  });
});

describe("a city with a particle in its name before a full stop", () => {
  it("reads 'Dar es Salaam.' and 'Rio de Janeiro.' as datelines, not a sentence's first words", () => {
    expect(extraDateline("Dar es Salaam. The port authority said on Monday that two berths were closed.")).toMatchObject({ dateline: "Dar es Salaam" });
    expect(extraDateline("Rio de Janeiro. The governor said the port would reopen.")).toMatchObject({ dateline: "Rio de Janeiro" });
    expect(extraDateline("Ana de Souza. The governor said the port would reopen.")).toBeNull();
  });
});

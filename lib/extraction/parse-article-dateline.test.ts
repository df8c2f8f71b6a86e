import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse-article";
import { extraDateline, isCreditedCaption, isOrdinaryWords } from "./parse-article-dateline";

describe("datelines beyond the agency forms", () => {
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

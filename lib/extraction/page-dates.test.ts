import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse-article";
import { isDayMonthLine, parseDateString, publishedDateOf, yearFirstDate } from "./page-dates";

const body = "The harbour master said on Tuesday that the ferry would sail again next week after repairs.";

describe("published, not updated", () => {
  it("takes the date after the 'Published' label on a line that also prints the update", () => {
    expect(publishedDateOf("Updated: 14 May 2026 | Published: 12 May 2026")).toBe("2026-05-12");
    expect(publishedDateOf("Last updated on May 14, 2026. First published on May 12, 2026.")).toBe("2026-05-12");
    expect(publishedDateOf("Published 12 May 2026, updated 14 May 2026")).toBe("2026-05-12");
    expect(publishedDateOf("Updated 14 May 2026")).toBe("2026-05-14");
  });

  it("prefers a 'Published' line below an 'Updated' line, and takes the update when it is the only date", () => {
    expect(parseArticle(`Ferry service to resume after storm repairs\nBy Anna Koval\nUpdated 14 May 2026\nPublished 12 May 2026\n${body}`).publishedOn).toBe("2026-05-12");
    expect(parseArticle(`Ferry service to resume after storm repairs\nBy Anna Koval\nUpdated 14 May 2026\n${body}`).publishedOn).toBe("2026-05-14");
  });
});

describe("dates in more languages and shapes", () => {
  it("reads Turkish, Romanian, Scandinavian, Finnish, Russian and Ukrainian month names", () => {
    for (const line of ["12 Mayıs 2026", "12 mai 2026", "12 maj 2026", "12. toukokuuta 2026", "12 мая 2026", "12 травня 2026"]) {
      expect(parseDateString(line), line).toBe("2026-05-12");
    }
    expect(parseDateString("3 Kasım 2026")).toBe("2026-11-03");
    expect(yearFirstDate("2026. május 12. 10:15")).toBe("2026-05-12");
  });

  it("reads 'Mar.12,2026' without spaces and '2026. 03. 12.' year first with spaced dots, not a number after a month", () => {
    expect(parseDateString("Posted on : Mar.12,2026 14:05 KST")).toBe("2026-03-12");
    expect(parseDateString("2026. 03. 12. – 14:05")).toBe("2026-03-12");
    expect(parseDateString("May 12,20261")).toBeNull();
  });
  it("reads '12-May-2026' and '2026年5月12日'", () => {
    expect(parseDateString("12-May-2026")).toBe("2026-05-12");
    expect(parseDateString("2026年5月12日 10:15")).toBe("2026-05-12");
  });

  it("reads '12. 2. 2026' with spaces after the dots, and the byline beside it on an invented Czech page head", () => {
    expect(parseDateString("12. 2. 2026 14:18")).toBe("2026-02-12");
    expect(parseDateString("3. 11. 2026")).toBe("2026-11-03");
    const page = `Lidový Přehled\n\nDomácí\n\nOstrava tram depot reopens after a month of repairs to its roof\n\nKarel Dvořák, Ostrava\n3. 11. 2026 09:05\n\n${body}`;
    expect(parseArticle(page)).toMatchObject({ publishedOn: "2026-11-03", author: "Karel Dvořák", dateline: "Ostrava" });
  });

  it("reads '4.10. 08:15 | Updated 4.10. 11:40' as an undated date line that marks the byline above it (an invented Nordic head)", () => {
    expect(isDayMonthLine("4.10. 08:15 | Updated 4.10. 11:40")).toBe(true);
    expect(isDayMonthLine("4.10.2026 08:15")).toBe(false);
    const page = `Ferry line to Gotland gets a second ship for the winter\n\nThe operator doubles sailings after a record summer. The navy will escort the new ship on its first crossing.\n\nErik Lund NP\n4.10. 08:15 | Updated 4.10. 11:40\n\n${body}`;
    expect(parseArticle(page)).toMatchObject({ author: "Erik Lund", standfirst: expect.stringMatching(/^The operator doubles/) });
    expect(parseArticle(page).body).toBe(body);
  });
});

describe("dates in more languages", () => {
  it("reads Croatian, Serbian, Slovenian and Bulgarian month names", () => {
    expect(parseDateString("13. svibnja 2026. 07:12")).toBe("2026-05-13");
    expect(parseDateString("5. novembra 2026")).toBe("2026-11-05");
    expect(parseDateString("5 ноември 2026")).toBe("2026-11-05");
    expect(parseDateString("Marta Koval, 5 June 2026")).toBe("2026-06-05");
  });
});

import { describe, expect, it } from "vitest";
import { datelineDay, datelineYear, isUndatedLine, referenceDate, undatedLineDate } from "./dateline-date";
import { extractArticle } from "./index";
import { parseArticle } from "./parse-article";

describe("dateline dates", () => {
  it("reads the month and day a wire dateline prints", () => {
    expect(datelineDay("MOSCOW, Sept 3 (Reuters) - ")).toBe("09-03");
    expect(datelineDay("(ANSA) - ROME, MAR 17 - ")).toBe("03-17");
    expect(datelineDay("MOSCOW, November 27. /TASS/. ")).toBe("11-27");
    expect(datelineDay("KYIV, Ukraine (AP) — ")).toBeNull();
    expect(datelineDay("LVIV, Feb 30 (Reuters) - ")).toBeNull();
  });

  it("finds the year only when the lead's weekday fits exactly one year from the latest year mentioned", () => {
    // 2026-03-17 is a Tuesday; the text mentions 2025.
    expect(datelineYear("03-17", "The minister on Tuesday received his counterpart.", "talks began in 2025")).toBe("2026-03-17");
    expect(datelineYear("03-17", "The minister received his counterpart.", "talks began in 2025")).toBeNull();
    expect(datelineYear("03-17", "The minister on Tuesday received his counterpart.", "no year here")).toBeNull();
  });

  it("counts relative dates from the dateline's day in the week before the publication date", () => {
    expect(referenceDate("2026-09-04", "09-03")).toBe("2026-09-03");
    expect(referenceDate("2027-01-02", "12-30")).toBe("2026-12-30");
    expect(referenceDate("2026-09-04", "06-03")).toBe("2026-09-04");
    expect(referenceDate("2026-09-04", null)).toBe("2026-09-04");
  });

  it("dates a paste without a year from its dateline and lead", () => {
    const page = "Port city hit by drones as talks stall\n\nODESA, Mar 17 (Harbour Wire) - Drones struck the port of Odesa on Tuesday, officials said.\n\nThe strikes were the heaviest since 2025.";
    expect(parseArticle(page)).toMatchObject({ dateline: "Odesa", datelineDay: "03-17", publishedOn: "2026-03-17" });
  });

  it("reads 'yesterday' from the dateline's day, not from a later update of the page", () => {
    const page = "Drones hit Odesa port\n\nUpdated: Sep 4, 2026\n\nODESA, Sept 3 (Harbour Wire) - Russian drones struck the port of Odesa yesterday, killing two people, the governor said.\n\nThe port was closed for the day.";
    const proposal = extractArticle({ text: page });
    expect(proposal.article.publishedOn).toBe("2026-09-04");
    const strike = proposal.events.find((e) => /struck|strike/i.test(e.title));
    expect(strike?.date).toBe("2026-09-02");
  });

  it("dates a head line without a year only from its weekday", () => {
    const text = "Repairs are the first since 2025.";
    expect(undatedLineDate("Thu 3 Dec 10.14 GMT", text)).toBe("2026-12-03");
    expect(undatedLineDate("Updated: Thursday, December 3, 5:14 p.m. ET", text)).toBe("2026-12-03");
    expect(undatedLineDate("December 3", text)).toBeNull();
    expect(undatedLineDate("Thu 3 Dec 10.14 GMT", "No year is mentioned.")).toBeNull();
    expect(isUndatedLine("December 3")).toBe(true);
    expect(isUndatedLine("December 3 was a cold day.")).toBe(false);
  });

  it("keeps such a line out of the headline and body", () => {
    const page = "Drones hit Odesa port as talks stall in Geneva\n\nBy Anna Koval\n\nThu 3 Dec 10.14 GMT\n\nRussian drones struck the port of Odesa overnight, killing two people.\n\nIt was the heaviest strike since 2025.";
    expect(parseArticle(page)).toMatchObject({ title: "Drones hit Odesa port as talks stall in Geneva", publishedOn: "2026-12-03" });
    expect(parseArticle(page).body.startsWith("Russian drones")).toBe(true);
  });
});

describe("a day and month printed in brackets after the weekday", () => {
  it("reads 'Tuesday (17 March)' as an undated head line, dated from the page's year", () => {
    expect(isUndatedLine("Tuesday (17 March)")).toBe(true);
    expect(undatedLineDate("Tuesday (17 March)", "The plant was hit in 2026.")).toBe("2026-03-17");
    const p = parseArticle("Grid operator extends outage schedules\nTuesday (17 March)\nAnna Koval, Correspondent\nThe grid operator said on Tuesday that outages would last until the end of March 2026.\nRepairs will take weeks.");
    expect(p.publishedOn).toBe("2026-03-17");
    expect(p.standfirst).toBeNull();
  });
});

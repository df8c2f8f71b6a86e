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

  it("lets the lead's weekday fall a day or two before the dateline's day when none falls on it", () => {
    // 2026-06-09 is a Tuesday: "on Monday" is the day before; no year from 2026 to 2030 has June 9 on a Monday.
    expect(datelineYear("06-09", "The governor said on Monday that the dam would reopen.", "The dam was closed in 2026.")).toBe("2026-06-09");
    // 2025-03-17 is a Monday: the weekday falling on the day itself comes first.
    expect(datelineYear("03-17", "The minister said on Monday that talks would resume.", "Talks began in 2025.")).toBe("2025-03-17");
  });

  it("does not count a year of a budget, a plan or a future vote as the text's year", () => {
    const lead = "The cabinet decided on Wednesday to hand the fuel scheme over to the regional councils.";
    // Without the budget's 2027 the latest year is 2025, and 2025-12-03 is a Wednesday (2031-12-03 would be next).
    expect(datelineYear("12-03", lead, `${lead} The scheme has run since 2023 and was widened in 2025. Last week parliament approved the 2027 state budget.`)).toBe("2025-12-03");
    // 2026-03-17 is a Tuesday; the vote in 2028 and the goal for 2030 are not evidence.
    expect(datelineYear("03-17", "The foreign minister on Tuesday met his counterpart.", "Talks began in 2024. Elections will be held in 2028. The goal is to cut emissions by 2030.")).toBe("2026-03-17");
  });

  it("dates a text after a month it tells in the past", () => {
    const lead = "The cabinet decided on Wednesday to hand the fuel scheme over to the regional councils.";
    // The coalition took office in December 2025, so 2025-12-03 (a Wednesday) is too early: 2026-12-03 is the Thursday after.
    const text = `${lead} The scheme has run since 2023. The coalition took office in December 2025. Last week parliament approved the 2027 state budget.`;
    expect(datelineYear("12-03", lead, text)).toBe("2026-12-03");
  });

  it("finds no year without a weekday in the lead, nor without a year in the text", () => {
    expect(datelineYear("11-27", "Russia's foreign minister received his Laotian counterpart.", "Ties have grown since 2022.")).toBeNull();
    expect(datelineYear("11-27", "The foreign minister on Thursday received his counterpart.", "Ties have grown.")).toBeNull();
  });

  it("with only plans named, dates the text in the years up to the earliest one", () => {
    // 2026-09-21 is a Monday.
    expect(datelineYear("09-21", "Ministers agreed on Monday on the harbour levy.", "The levy is part of the budget for 2027.")).toBe("2026-09-21");
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

  it("dates a wire paste from its dateline even when the text names a later budget year", () => {
    const page = "Cabinet hands fuel scheme to regions\n\nBRNO, Dec 3 (Harbour News) - The cabinet decided on Wednesday to hand the fuel scheme over to the regional councils, the minister told reporters.\n\nThe scheme has run since 2023. The coalition took office in December 2025.\n\nLast week parliament approved the 2027 state budget.";
    const proposal = extractArticle({ text: page });
    expect(proposal.article.publishedOn).toBe("2026-12-03");
    expect(proposal.events.find((e) => /decide|hand/i.test(e.title))?.date).toBe("2026-12-02");
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

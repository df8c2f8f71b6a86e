import { describe, expect, it } from "vitest";
import { datelineDay, datelineYear, referenceDate } from "./dateline-date";
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
});

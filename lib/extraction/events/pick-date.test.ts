import { describe, expect, it } from "vitest";
import { findDates } from "../dates";
import { extractArticle } from "../index";
import { findQuotes, splitParagraphs, splitSentences } from "../sentences";
import { firstPredicateDates, pickDate } from "./pick-date";

/** The date pickDate chooses for a one-clause report whose complement starts after `that`. */
function picked(text: string, pub: string) {
  const ps = splitParagraphs(text);
  const dates = findDates(text, pub, splitSentences(text, ps, findQuotes(text, ps)));
  const from = text.indexOf(" that ") + 6;
  return pickDate(dates, { from, complement: text.slice(from), text })?.text;
}

describe("pickDate", () => {
  it("takes the most precise date of a clause that reports nothing", () => {
    const text = "In March the regiment crossed the river on March 4.";
    const ps = splitParagraphs(text);
    expect(pickDate(findDates(text, "2026-05-10", splitSentences(text, ps, findQuotes(text, ps))))?.text).toBe("on March 4");
  });

  it("never dates a report by a span's start alone", () => {
    expect(picked("The minister told reporters that exports had doubled since 2023.", "2026-05-13")).toBeUndefined();
    expect(picked("The minister told reporters on Monday that exports had doubled since 2023.", "2026-05-13")).toBe("on Monday");
  });

  it("prefers any other date of a clause to one inside a since-phrase, but keeps that when it is the only one", () => {
    const own = (text: string) => {
      const ps = splitParagraphs(text);
      return pickDate(findDates(text, "2026-05-13", splitSentences(text, ps, findQuotes(text, ps))))?.text;
    };
    expect(own("Drones struck the depot every week since the blockade in March 2024, last on Monday.")).toBe("on Monday");
    expect(own("Drones struck the depot every week since the blockade in March 2024.")).toBe("in March 2024");
  });

  it("dates a reported past happening by its own date, however coarse, not by the day it was reported", () => {
    expect(picked("The governor said on Monday that rebels had seized the depot last month.", "2026-05-13")).toBe("last month");
    expect(picked("The agency reported on Friday that the envoy had arrived the previous day.", "2026-05-16")).toBe("the previous day");
  });

  it("keeps the report's day for a plan, a warning or a span's start in the complement", () => {
    expect(picked("The minister said on Monday that the plant would open next month.", "2026-05-13")).toBe("on Monday");
    expect(picked("The ministry said on Monday that the brigade was ready, trained since last year.", "2026-05-13")).toBe("on Monday");
  });

  it("does not date a report by the time of the plan it tells ('said Ireland would provide €5m this year')", () => {
    expect(picked("The department said that Ireland would provide an extra €5 million to frontline regions this year.", "2026-06-03")).toBeUndefined();
    expect(picked("The minister said that the first jets would arrive before the summer.", "2026-04-22")).toBeUndefined();
    // A happening told before the modal keeps its date.
    expect(picked("The ministry said that drones had hit the depot on Sunday and would strike again.", "2026-06-03")).toBe("on Sunday");
  });
});

describe("the time a pledge sets", () => {
  it("does not date the pledge ('pledged to deliver … by March')", () => {
    const events = extractArticle({ text: "Intro.\n\nNorway pledged to deliver four more Patriot systems by March.", publishedOn: "2026-12-03", title: "T", rulesOnly: true }).events;
    expect(events[0]).toMatchObject({ date: "2026-12-03", dateText: null });
  });

  it("dates a clause joined after the pledge by its own date ('…, and on Monday the first arrived')", () => {
    const events = extractArticle({ text: "Intro.\n\nLatvia pledged to send four howitzers, and on Monday the first arrived in Lviv.", publishedOn: "2026-12-03", title: "T", rulesOnly: true }).events;
    expect(events.find((e) => /arrive/i.test(e.title))).toMatchObject({ date: "2026-11-30", dateText: "on Monday" });
  });

  it("leaves a date after a second predicate of the same subject to that predicate", () => {
    const first = (text: string) => {
      const ps = splitParagraphs(text);
      const dates = findDates(text, "2026-09-10", splitSentences(text, ps, findQuotes(text, ps)));
      return pickDate(firstPredicateDates(dates, text, 0, text.length))?.text;
    };
    expect(first("The baker emigrated to Lisbon in 2018 and had come back to Lviv in May.")).toBe("in 2018");
    expect(first("The tanker left Batumi in 2024 but was seized off Crete in August.")).toBe("in 2024");
    expect(first("The tanker left Batumi and was seized off Crete in August.")).toBe("in August");
    expect(first("The tanker left Batumi in 2024 with grain and oil on board in August.")).toBe("in August");
  });

  it("leaves a date after a participle set off by a comma to the participle's happening", () => {
    const first = (text: string) => {
      const ps = splitParagraphs(text);
      const dates = findDates(text, "2026-11-24", splitSentences(text, ps, findQuotes(text, ps)));
      return pickDate(firstPredicateDates(dates, text, 0, text.length))?.text;
    };
    expect(first("A year ago, balloons drifted over the Lindor air base, forcing the airport to close on the night of 4 November 2025.")).toBe("A year ago");
    expect(first("Since August, drones have struck eleven depots, including the Vardo plant in late September.")).toBe("Since August");
    // With no date of its own before it, the clause keeps the participle's.
    expect(first("Balloons drifted over the air base, forcing the airport to close on Tuesday.")).toBe("on Tuesday");
  });

  it("does not cut at a reporting participle set off by a comma ('citing', 'adding', 'according to')", () => {
    const first = (text: string) => {
      const ps = splitParagraphs(text);
      const dates = findDates(text, "2026-11-20", splitSentences(text, ps, findQuotes(text, ps)));
      return firstPredicateDates(dates, text, 0, text.length).map((d) => d.text);
    };
    expect(first("The coast guard said on Monday, citing sonar readings, that a torpedo struck the ferry on Saturday.")).toEqual(["on Monday", "on Saturday"]);
    expect(first("The mayor said on Monday, adding that the blaze was out, that rockets hit the mill on Saturday.")).toEqual(["on Monday", "on Saturday"]);
    // A source set off so keeps its own date to itself.
    expect(first("Exports to Norland came to $40 million in March, according to customs data published on Wednesday.")).toEqual(["in March"]);
    // A consequence or a part set off so still keeps its own date.
    expect(first("Rockets hit the mill on Monday, forcing the town to close its school on Tuesday.")).toEqual(["on Monday"]);
  });
});

import { describe, expect, it } from "vitest";
import { findAbsoluteDates, findDates, formatDate, parseIsoDay } from "./dates";
import { extractArticle } from "./index";
import { findQuotes, splitParagraphs, splitSentences } from "./sentences";

function resolve(text: string, pub: string) {
  const ps = splitParagraphs(text);
  const ss = splitSentences(text, ps, findQuotes(text, ps));
  return findDates(text, pub, ss).map((d) => ({ text: d.text, date: d.date, precision: d.precision }));
}

describe("dates", () => {
  it("resolves explicit days and past months against the publication date", () => {
    expect(resolve("Putin spoke on September 5. The idea was abandoned in April.", "2025-09-07")).toEqual([
      { text: "on September 5", date: "2025-09-05", precision: "day" },
      { text: "in April", date: "2025-04", precision: "month" },
    ]);
  });

  it("reads a range as one date, its start at no finer precision than the whole range", () => {
    const one = (text: string) => resolve(text, "2026-10-20");
    expect(one("Air defences downed 900 drones between October 5 and 11.")).toEqual([{ text: "October 5 and 11", date: "2026-10", precision: "month" }]);
    expect(one("The guard pays were cut between 3 and 9 August.")).toEqual([{ text: "3 and 9 August", date: "2026-08", precision: "month" }]);
    expect(one("The batteries arrived between November 2022 and 2024, late.")).toEqual([{ text: "November 2022 and 2024", date: "2022", precision: "year" }]);
    expect(one("He sent photos to a handler between May 2025 and January 2026.")).toEqual([{ text: "May 2025 and January 2026", date: "2025-05", precision: "month" }]);
    expect(one("Chile trained 600 medics between 2023 and 2025.")).toEqual([{ text: "2023 and 2025", date: "2023", precision: "year" }]);
    // Counts are no dates.
    expect(one("Between 10 and 15 drones flew on Monday.")).toEqual([{ text: "on Monday", date: "2026-10-19", precision: "day" }]);
  });

  it("gives a half or quarter of a year, and a marketing or fiscal year, at the year (its first year for a split one)", () => {
    const one = (text: string) => resolve(text, "2026-05-20");
    expect(one("The agency sold more bonds in the first half of the year.")).toMatchObject([{ text: "in the first half of the year", date: "2026" }]);
    expect(one("Canning output grew in the third quarter.")).toMatchObject([{ text: "in the third quarter", date: "2025" }]);
    expect(one("Canning output grew in the second quarter of 2024.")).toMatchObject([{ date: "2024" }]);
    expect(one("Barley sales in the 2024/25 marketing year fell.")).toMatchObject([{ text: "the 2024/25 marketing year", date: "2024", precision: "year" }]);
    expect(one("Rice imports in fiscal 2023-24 rose.")).toMatchObject([{ date: "2023", precision: "year" }]);
    expect(one("He scored in the first half of the match.")).toEqual([]);
    expect(one("The utility booked pipeline capacity for the third quarter.")).toEqual([]);
  });

  it("reads no half or quarter of a year into a hyphenated compound ('quarter-century', 'half-hour')", () => {
    const one = (text: string) => resolve(text, "2026-05-20");
    expect(one("Turnout was the lowest in the last quarter-century, the board said on Friday.")).toMatchObject([{ text: "on Friday", precision: "day" }]);
    expect(one("In the first half-hour of the storm, the dam held.")).toEqual([]);
  });

  it("puts 'the second half of the year' not yet begun on the latest such half begun by publication", () => {
    const one = (text: string) => resolve(text, "2026-03-10");
    expect(one("Canning output fell in the second half of the year.")).toMatchObject([{ date: "2025", precision: "quarter" }]);
    expect(one("Canning output fell in the first quarter of the year.")).toMatchObject([{ date: "2026", precision: "quarter" }]);
  });

  it("reads a range of clock hours as the day it falls on, not as a range of days", () => {
    const one = (text: string) => resolve(text, "2026-10-20");
    expect(one("Sirens wailed over Odesa between 1 and 3 a.m. on Thursday.")).toMatchObject([{ date: "2026-10-15", precision: "day" }]);
    expect(one("The ferry was searched between 9 and 11 o'clock on 12 October.")).toMatchObject([{ date: "2026-10-12", precision: "day" }]);
  });

  it("reads a count before a weekday as a count, not as the day of the month", () => {
    expect(resolve("Norway pledged another 20 on Tuesday and lost 4 by Friday.", "2026-03-12")).toEqual([
      { text: "on Tuesday", date: "2026-03-10", precision: "day" },
      { text: "by Friday", date: "2026-03-06", precision: "day" },
    ]);
    expect(resolve("They met on March 20 on Friday.", "2026-03-23")[0]).toMatchObject({ date: "2026-03-20" });
  });

  it("keeps a deadline after publication in its year, though a participle reads as past", () => {
    expect(resolve("The Commission hopes to have the loan approved by March 20.", "2026-02-11")[0]).toMatchObject({ date: "2026-03-20" });
  });

  it("puts a past-tense later month in the previous year", () => {
    expect(resolve("Talks collapsed in November.", "2025-09-07")[0]).toMatchObject({ date: "2024-11", precision: "month" });
  });

  it("puts the day of a past report after publication in the previous year ('said on January 28' on a page of January 25)", () => {
    expect(resolve("The envoy said on January 28 that the talks would resume.", "2026-01-25")[0]).toMatchObject({ date: "2025-01-28" });
    expect(resolve("The envoy told reporters late on January 27 that the talks had failed.", "2026-01-25")[0]).toMatchObject({ date: "2025-01-27" });
    expect(resolve("The convoy arrived on January 28.", "2026-01-25")[0]).toMatchObject({ date: "2026-01-28" });
  });

  it("counts a bare weekday of an old story from its own dated day, when that date names its weekday", () => {
    const text = "On Friday, 6 March 2026, a fire broke out at the depot. On Sunday investigators found a detonator.";
    expect(resolve(text, "2026-06-10").map((d) => d.date)).toEqual(["2026-03-06", "2026-03-08"]);
    // A date without its weekday does not make the story a dated narrative: "on Monday" is the news of the week.
    expect(resolve("The depot burned on 6 March. On Monday the ministry ordered an inquiry.", "2026-06-10")[1].date).toBe("2026-06-08");
  });

  it("reads weekdays as the most recent one for past events and the next one for future events", () => {
    expect(resolve("Russia struck Odesa on Tuesday.", "2025-09-11")[0].date).toBe("2025-09-09");
    expect(resolve("Kyiv said on Thursday that it was ready.", "2025-09-11")[0].date).toBe("2025-09-11");
    expect(resolve("The envoy will visit Kyiv on Tuesday.", "2025-09-11")[0].date).toBe("2025-09-16");
    // A reported future ("said he would") and an arrangement ("are to meet") look forward too.
    expect(resolve("Zelensky said he would visit Berlin on Tuesday.", "2025-09-11")[0].date).toBe("2025-09-16");
    expect(resolve("The leaders are to meet in Geneva on Tuesday.", "2025-09-11")[0].date).toBe("2025-09-16");
    expect(resolve("The meeting, due to take place on Tuesday, was agreed on Monday.", "2025-09-11")[0].date).toBe("2025-09-16");
  });

  it("handles news idioms for weeks, weekends, months and years", () => {
    const sunday = "2025-09-07";
    expect(resolve("Last week, Putin invited Zelenskiy.", sunday)[0]).toMatchObject({ date: "2025-09", precision: "week" });
    expect(resolve("Ukraine hit a refinery over the weekend.", sunday)[0]).toMatchObject({ date: "2025-09", precision: "week" });
    expect(resolve("He took over at the start of this year.", sunday)[0]).toMatchObject({ text: "at the start of this year", date: "2025-01" });
    expect(resolve("Kyiv asked for aid last month.", sunday)[0]).toMatchObject({ date: "2025-08", precision: "month" });
    expect(resolve("Earlier this year, drones hit refineries.", sunday)[0]).toMatchObject({ date: "2025", precision: "year" });
    // On a weekday "last week" is the previous calendar week; one straddling two months takes the month of most of its working days.
    expect(resolve("Talks stalled last week.", "2025-09-03")[0]).toMatchObject({ date: "2025-08", precision: "week" });
    expect(resolve("Talks stalled last week.", "2025-10-08")[0]).toMatchObject({ date: "2025-10", precision: "week" });
    expect(resolve("Talks stalled last week.", "2026-10-06")[0]).toMatchObject({ date: "2026-09", precision: "week" });
    expect(resolve("Talks stalled last week.", "2025-11-05")[0]).toMatchObject({ date: "2025-10", precision: "week" });
  });

  it("resolves anchor-relative phrases against the previously mentioned date", () => {
    const r = resolve("The Alaska summit on August 15 and the White House summit a few days later. Hegseth cut supplies in July, before Trump reversed it a week later. Drones hit Odesa on Sunday. The day before, a port was struck.", "2025-09-07");
    expect(r.find((d) => d.text === "a few days later")).toMatchObject({ date: "2025-08", precision: "week" });
    expect(r.find((d) => d.text === "a week later")).toMatchObject({ date: "2025-07" });
    expect(r.find((d) => d.text === "The day before")).toMatchObject({ date: "2025-09-06", precision: "day" });
  });

  it("resolves 'the end of the meetings' to the last dated meeting", () => {
    const r = resolve("Leaders met at the Paris summit on September 4. The idea died in April. Leaders called Trump at the end of the meetings.", "2025-09-07");
    expect(r.find((d) => d.text === "at the end of the meetings")?.date).toBe("2025-09-04");
  });

  it("does not read durations and distances as dates", () => {
    expect(resolve("Ukraine bombed the pipeline for the fourth time in a month and advanced 10km.", "2025-09-07")).toEqual([]);
    expect(resolve("The exchange was suspended after two days.", "2025-09-07")).toEqual([]);
    expect(resolve("Its army has not been able to capture them in four years.", "2026-02-16")).toEqual([]);
    // chrono counts "five S(-400 …)" and "40 minutes" as seconds and minutes from now.
    expect(resolve("The minister spoke for 40 minutes about a deal for five S-400 batteries signed in May 2019.", "2026-02-16")).toEqual([
      { text: "in May 2019", date: "2019-05", precision: "month" },
    ]);
  });

  it("counts 'two days later' from a span's start that a 'when' clause gives a happening", () => {
    const text = "Freight rates have doubled since May 3, when a drone hit a barge at Reni. Two days later, missiles struck a silo at Izmail.";
    expect(resolve(text, "2027-06-20").find((d) => /later/.test(d.text))).toEqual({ text: "Two days later", date: "2027-05-05", precision: "day" });
    // Without the happening, the span's start anchors nothing: the count is left to the publication day's reading.
    const bare = "Freight rates have doubled since May 3. Two days later, missiles struck a silo at Izmail.";
    expect(resolve(bare, "2027-06-20").find((d) => /later/.test(d.text))?.date).not.toBe("2027-05-05");
  });

  it("does not count 'the following morning' from a date in a relative set off inside a pluperfect sentence", () => {
    const text =
      "Inspectors boarded the barge at anchor on Monday, May 18. The barge, which loaded 12,000 tonnes of grain at Reni on May 12, had declared a cargo nobody could verify.\n\nThe following morning, the embassy demanded its release.";
    expect(resolve(text, "2026-05-20").find((d) => /following/.test(d.text))?.date).toBe("2026-05-19");
    // A relative in a sentence told in the simple past is the story's own day: "the next day" counts from it.
    const told = "The minister, who landed in Kyiv on May 12, met the mayor.\n\nThe next day, she visited a school.";
    expect(resolve(told, "2026-05-20").find((d) => /next/.test(d.text))?.date).toBe("2026-05-13");
  });

  it("keeps a date phrase inside one paragraph (a time line closing the head, a weekday opening the lead)", () => {
    expect(resolve("Updated 14:20\n\nON TUESDAY the cabinet backed a new loan.", "2026-02-19")).toEqual([{ text: "ON TUESDAY", date: "2026-02-17", precision: "day" }]);
  });

  it("formats a week inside one month as YYYY-MM and never invents a day", () => {
    expect(formatDate({ from: parseIsoDay("2025-09-01"), to: parseIsoDay("2025-09-05"), precision: "week" })).toBe("2025-09");
    expect(formatDate({ from: parseIsoDay("2025-07-01"), to: parseIsoDay("2025-07-31"), precision: "month" })).toBe("2025-07");
  });

  it("gives a span of days across two months the month holding most of them, not the year", () => {
    expect(resolve("Three weeks ago, a shell hit the school.", "2026-08-19")[0]).toMatchObject({ text: "Three weeks ago", date: "2026-07" });
    expect(formatDate({ from: parseIsoDay("2026-01-31"), to: parseIsoDay("2026-02-01"), precision: "week" })).toBe("2026-02");
  });

  it("counts 'the day before the X' from the date of the sentence that first names X", () => {
    const text = "The EU adopted its sanctions package on October 23, banning LNG from January 2027.\n\nFico lifted his veto the day before the adoption.";
    expect(resolve(text, "2025-10-24").at(-1)).toEqual({ text: "the day before the adoption", date: "2025-10-22", precision: "day" });
  });

  it("counts 'the day before the meeting' from the sentence naming the meeting itself, not from a nearer 'talks' or 'met'", () => {
    const text =
      "The prime minister on Tuesday opened a meeting of the donor group in Oslo.\n\n" +
      "The group first met in June 2024, after the envoys began direct talks in Vienna.\n\n" +
      "Referring to the shelling of Sumy on Sunday, he said the other side \"talks about ceasefires and fires shells\".\n\n" +
      "The day before the meeting, the ministers dined at the palace.\n\nDuring the meeting, the donors agreed on a fund.";
    const got = resolve(text, "2026-09-10");
    expect(got).toContainEqual({ text: "The day before the meeting", date: "2026-09-07", precision: "day" });
    expect(got).toContainEqual({ text: "During the meeting", date: "2026-09-08", precision: "day" });
  });

  it("gives the bare months of a sentence that opens with its year ('Last year', 'In 2024') that year, up to the first comma", () => {
    const text = "Last year the quota was cut in March and restored in July, before a new cut in May.";
    const got = resolve(text, "2026-09-15");
    expect(got).toContainEqual({ text: "in March", date: "2025-03", precision: "month" });
    expect(got).toContainEqual({ text: "in July", date: "2025-07", precision: "month" });
    // After the comma, a month is read as before (this year's).
    expect(got).toContainEqual({ text: "in May", date: "2026-05", precision: "month" });
    expect(resolve("In 2024 the plant was shut in October.", "2026-09-15")).toContainEqual({ text: "in October", date: "2024-10", precision: "month" });
    // A year told mid-sentence sets no time for the rest.
    expect(resolve("Exports that fell in 2024 rose again in April.", "2026-09-15")).toContainEqual({ text: "in April", date: "2026-04", precision: "month" });
  });

  it("ends an opening year's reach at a month naming its own year, and reads a month told after a later one as the next year", () => {
    const own = resolve("In 2023 the mill got new looms in May, and in April this year it hired forty weavers.", "2026-09-15");
    expect(own).toContainEqual({ text: "in May", date: "2023-05", precision: "month" });
    expect(own).toContainEqual({ text: "in April this year", date: "2026-04", precision: "month" });
    const turned = resolve("In 2024 the council approved the bridge in November and builders began work in February.", "2026-09-15");
    expect(turned).toContainEqual({ text: "in November", date: "2024-11", precision: "month" });
    expect(turned).toContainEqual({ text: "in February", date: "2025-02", precision: "month" });
    // The comma that sets the opener off does not end its reach.
    expect(resolve("Last year, the ferry stopped running in August.", "2026-09-15")).toContainEqual({ text: "in August", date: "2025-08", precision: "month" });
  });

  it("counts a bare relative phrase from a recent paragraph only, never from a 'since' date, else from publication", () => {
    const text = "Losses since February 24, 2022 exceed one million.\n\nZelensky spoke.\n\nHe said he had held a call with Frederiksen the day before.";
    expect(resolve(text, "2025-11-12").at(-1)).toMatchObject({ text: "the day before", date: "2025-11-11" });
  });

  it("reads 'the past two weeks' as the span up to publication, never as one day", () => {
    expect(resolve("Rebels moved reserves to the valley in the past two weeks.", "2026-05-21")[0]).toMatchObject({ text: "in the past two weeks", date: "2026-05", precision: "week" });
    expect(resolve("The river rose by a metre over the last three days.", "2026-05-01")[0]).toMatchObject({ date: "2026-04", precision: "week" });
    expect(resolve("Grain prices fell over the past three months.", "2026-05-21")[0]).toMatchObject({ date: "2026", precision: "year" });
    expect(resolve("Rebels shelled the valley over the past three weeks.", "2026-05-21")[0]).toMatchObject({ precision: "week" });
  });

  it("not 'the last two weeks of October', which names weeks of another month", () => {
    expect(resolve("Rebels fired 300 rockets in the last two weeks of October.", "2026-11-10").map((d) => d.text)).not.toContain("in the last two weeks");
  });

  it("reads 'the night of November 11-12' and daily-report 'over the past day'", () => {
    expect(resolve("On the night of November 11-12, Russia attacked. Troops lost 900 over the past day.", "2025-11-12")).toEqual([
      { text: "On the night of November 11-12", date: "2025-11-12", precision: "day" },
      { text: "over the past day", date: "2025-11-12", precision: "day" },
    ]);
  });

  it("dates a daily report's 'over the past day' by the day of the report the sentence gives", () => {
    const text = "The army said on Tuesday that it had repelled 30 assaults near Brelsk over the past day.";
    expect(resolve(text, "2027-05-06").find((d) => /past/.test(d.text))).toEqual({ text: "over the past day", date: "2027-05-04", precision: "day" });
  });

  it("counts a speaker's 'overnight' and 'last night' from the day of the report the sentence gives", () => {
    const text = "Two drones hit a depot in Brelsk overnight, the mayor said on Tuesday. Shells fell on Ostrava last night, a spokesman said on Monday.";
    expect(resolve(text, "2027-05-06").filter((d) => !/said/.test(d.text))).toEqual([
      { text: "overnight", date: "2027-05-04", precision: "day" },
      { text: "on Tuesday", date: "2027-05-04", precision: "day" },
      { text: "last night", date: "2027-05-02", precision: "day" },
      { text: "on Monday", date: "2027-05-03", precision: "day" },
    ]);
  });

  it("keeps 'overnight' on the publication day when no earlier report day is given", () => {
    expect(resolve("Two drones hit a depot in Brelsk overnight, the mayor said.", "2027-05-06")).toEqual([{ text: "overnight", date: "2027-05-06", precision: "day" }]);
  });

  it("dates a night spanning two days by the morning it ends", () => {
    expect(resolve("Drones hit the port of Lindor overnight on Monday to Tuesday.", "2027-05-06")[0]).toMatchObject({ date: "2027-05-04" });
    expect(resolve("Drones hit the port of Lindor on the night from Monday to Tuesday.", "2027-05-06")[0]).toMatchObject({ date: "2027-05-04" });
  });

  it("dates 'the night of A to B' by the evening it starts", () => {
    expect(resolve("Drones hit the port of Lindor on the night of Monday to Tuesday.", "2027-05-06")[0]).toMatchObject({ date: "2027-05-03" });
    expect(resolve("A barn burned in the night of 9 to 10 April 2026.", "2027-05-06")[0]).toMatchObject({ date: "2026-04-09" });
    // Days later are counted from the night's morning.
    expect(resolve("A barn burned in the night of 9 to 10 April 2026. Police arrested a suspect four days later.", "2027-05-06")).toMatchObject([{ date: "2026-04-09" }, { text: "four days later", date: "2026-04-14" }]);
  });

  it("puts 'later in the day' on its paragraph's date, else on the story's first day", () => {
    const text = "Modi and Putin held talks on Friday.\n\nPutin arrived on Thursday evening.\n\nThe sides signed 16 agreements, Misri told a briefing later in the day.";
    expect(resolve(text, "2025-12-05").at(-1)).toMatchObject({ text: "later in the day", date: "2025-12-05" });
    expect(resolve("Putin arrived on Thursday. He met Modi later in the day.", "2025-12-05").at(-1)).toMatchObject({ date: "2025-12-04" });
  });

  it("reads a relation set off after a date as qualifying that date ('on Tuesday, the day after he met …')", () => {
    const text = "The mayor gave an interview on Thursday, the day after he visited the front. Officials met the day after.";
    expect(resolve(text, "2025-11-28")).toMatchObject([{ text: "on Thursday", date: "2025-11-27" }, { text: "the day after", date: "2025-11-26" }, { text: "the day after", date: "2025-11-28" }]);
    expect(resolve("The minister resigned in March, the day after the vote.", "2025-06-10")[1]).toMatchObject({ date: "2025-03" });
  });

  it("does not count anaphora from a date of a background clause ('where …', pluperfect)", () => {
    const text = "Leaders met in Rome on Monday.\n\nThe envoy, who had flown in from Oslo, where he spoke to ministers on Thursday, stayed.\n\nThe next day, the mayor left for Kyiv. He toured a plant that drones had hit in July. During the visit, sirens sounded.";
    expect(resolve(text, "2026-09-30").filter((d) => /next day|visit/i.test(d.text))).toMatchObject([{ date: "2026-09-29" }, { date: "2026-09-29" }]);
    const report = "Officials said on Friday that drones had hit the depot on Wednesday. The next day, crews put out the fire.";
    expect(resolve(report, "2026-09-26").at(-1)).toMatchObject({ date: "2026-09-24" });    // A date that opens a span, however far after its "since", is no day the story moves on from.
    const span = "Crews struck the grid on Monday. It has been hit every winter since its full-scale invasion in February 2022. The next day, power came back.";
    expect(resolve(span, "2026-01-21").at(-1)).toMatchObject({ text: "The next day", date: "2026-01-20" });
  });

  it("reads a date after a part of the day ('on the evening of Saturday, 15 November 2025')", () => {
    expect(resolve("On the evening of Saturday, 15 November 2025, a bridge collapsed.", "2026-05-20")).toMatchObject([{ text: "the evening of Saturday, 15 November 2025", date: "2025-11-15" }]);
    expect(resolve("Troops crossed the river on the morning of 3 March.", "2026-05-20")).toMatchObject([{ date: "2026-03-03" }]);
  });

  it("reads 'since the start of the year' as this year and 'since the start of the month' as this month", () => {
    expect(resolve("Drones have hit the grid 40 times since the start of the year.", "2026-05-07")).toMatchObject([{ date: "2026", precision: "year" }]);
    expect(resolve("Prices have doubled since the beginning of the month.", "2026-05-07")).toMatchObject([{ date: "2026-05", precision: "month" }]);
  });

  it("reads 'the night before' and 'the morning after' as day shifts", () => {
    const r = resolve("On 3 April, villages were evacuated after troops crossed the border the night before.", "2026-04-21");
    expect(r.map((d) => d.date)).toEqual(["2026-04-03", "2026-04-02"]);
    expect(resolve("The dam burst on 6 June. The morning after, the water rose.", "2026-06-20").map((d) => d.date)).toEqual(["2026-06-06", "2026-06-07"]);
  });

  it("does not count 'the day before' from a future date or from a month", () => {
    const text = "Lavrov spoke on Thursday.\n\nPutin may receive Witkoff next week. The plan was discussed last month.\n\nZakharova, speaking at a briefing the day before, accused the EU.";
    expect(resolve(text, "2025-11-27").at(-1)).toMatchObject({ text: "the day before", date: "2025-11-26" });
  });

  it("reads capitalised relative shifts, 'that month', 'since the beginning of the day' and time-of-day qualifiers", () => {
    expect(resolve("On Friday, the city came under 612 attacks. A day earlier, a drone hit a minibus.", "2025-11-23")[1]).toMatchObject({ text: "A day earlier", date: "2025-11-20" });
    expect(resolve("In September, Kyiv promised more strikes. That month, drones hit refineries.", "2025-11-23")[1]).toMatchObject({ text: "That month", date: "2025-09", precision: "month" });
    expect(resolve("In 2022, the sides held talks, which broke down in the spring of that year.", "2025-11-27")[1]).toMatchObject({ date: "2022", precision: "year" });
    expect(resolve("Since the beginning of the day, 87 combat clashes have taken place.", "2025-11-23")[0]).toMatchObject({ date: "2025-11-23" });
    expect(resolve("In the early hours of Sunday, a drone hit a block. Putin spoke late on Friday.", "2025-11-25")).toMatchObject([
      { text: "In the early hours of Sunday", date: "2025-11-23" },
      { text: "late on Friday", date: "2025-11-21" },
    ]);
    expect(resolve("The plan was drawn up in mid-October.", "2025-11-25")[0]).toMatchObject({ text: "in mid-October", date: "2025-10" });
  });
  it("does not let a future verb after 'and' set the tense of a past clause's date", () => {
    expect(resolve("The bank cut its key rate in October and will hold its next meeting soon.", "2025-12-10")[0]).toEqual({ text: "in October", date: "2025-10", precision: "month" });
    // The verbs after the coordinated one belong to its clause too.
    expect(resolve("The chancellor spoke with the mayor on Monday and assured him that Vienna would host no talks.", "2026-04-23")[0]).toMatchObject({ date: "2026-04-20" });
  });

  it("reads a participle after 'be' and an '-ed' adjective as no past verb", () => {
    expect(resolve("The minister said power was restored, and that blackouts would be applied on Tuesday.", "2026-02-16")[0]).toMatchObject({ date: "2026-02-17" });
    expect(resolve("Canada said it would send 30 armoured vehicles before the end of January.", "2026-12-03")[0]).toMatchObject({ date: "2027-01" });
  });

  it("reads the first or last month of a year written out", () => {
    expect(resolve("Talks stalled at the end of 2024 and resumed at the beginning of 2025.", "2026-03-10")).toMatchObject([
      { text: "at the end of 2024", date: "2024-12", precision: "month" },
      { text: "at the beginning of 2025", date: "2025-01", precision: "month" },
    ]);
    expect(resolve("The pipeline closed in May of 2025.", "2026-03-10")).toEqual([{ text: "in May of 2025", date: "2025-05", precision: "month" }]);
    expect(resolve("The pipeline closed in Sept. of 2025.", "2026-03-10")).toEqual([{ text: "in Sept. of 2025", date: "2025-09", precision: "month" }]);
  });

  it("reads a since-phrase before a date only within the date's sentence", () => {
    const text = "A pattern since September\n\nOn 14 September, a drone hit a ship. Eight days later, a tanker was damaged.";
    const ps = splitParagraphs(text);
    const ds = findDates(text, "2026-10-07", splitSentences(text, ps, findQuotes(text, ps)));
    expect(ds.map((d) => [d.text, d.date, !!d.spanStart])).toEqual([
      ["since September", "2026-09", true],
      ["On 14 September", "2026-09-14", false],
      ["Eight days later", "2026-09-22", false],
    ]);
  });

  it("lets 'the same day' repeat a report's day", () => {
    const text = "The commander said on July 14 that units had retaken two villages.\n\nThe ministry said its troops had taken a third the same day.";
    expect(resolve(text, "2026-07-16").map((d) => d.date)).toEqual(["2026-07-14", "2026-07-14"]);
  });
});

describe("the time a commitment sets", () => {
  const promised = (text: string, pub: string) => {
    const ps = splitParagraphs(text);
    return findDates(text, pub, splitSentences(text, ps, findQuotes(text, ps))).map((d) => [d.text, !!d.promised]);
  };

  it("marks a date after the commitment in its own clause, not in a clause joined after it", () => {
    expect(promised("Latvia pledged to deliver four howitzers by March.", "2026-01-10")).toEqual([["by March", true]]);
    expect(promised("Latvia pledged to send howitzers, and on Monday the first arrived in Lviv.", "2026-01-10")).toEqual([["on Monday", false]]);
    expect(promised("Latvia vowed to send howitzers, but on Friday it delayed the shipment.", "2026-01-10")).toEqual([["on Friday", false]]);
    expect(promised("Latvia agreed to train crews; in March the first course began.", "2026-01-10")).toEqual([["in March", false]]);
  });

  it("keeps an infinitive that goes on after a comma and 'and to'", () => {
    expect(promised("Latvia agreed to train crews, and to deliver four howitzers by March.", "2026-01-10")).toEqual([["by March", true]]);
  });

  it("a date told as past sets no time ahead: it dates the commitment", () => {
    expect(promised("Latvia agreed to train Ukrainian crews last month.", "2026-01-10")).toEqual([["last month", false]]);
  });
});

describe("anaphoric dates", () => {
  const dated = (text: string, publishedOn: string) => extractArticle({ text, publishedOn, title: "T" }).events.map((e) => [e.type, e.date]);
  it("dates 'the next day' from the happening, not from a report's date", () => {
    const text = "Russian missiles struck Zaporizhzhia on Thursday morning, killing nine.\n\nRescuers worked through the night, the emergency service said on Friday.\n\nZelensky spoke by phone with Macron the next day.";
    expect(dated(text, "2026-03-20")).toContainEqual(["phone_call", "2026-03-20"]);
  });
  it("counts 'the next day' from the last day told even several paragraphs back, not from publication", () => {
    const text = "Russian missiles struck Zaporizhzhia on Thursday morning, killing nine.\n\nRescuers worked through the night.\n\n\"They chose the hour,\" Fedorov wrote.\n\n\"This is terror.\"\n\nRead also: Energy grid faces its hardest spring\n\nZelensky spoke by phone with Macron the next day.";
    expect(dated(text, "2026-03-20")).toContainEqual(["phone_call", "2026-03-20"]);
  });
  it("dates 'during the call', 'while the two men were speaking' and 'a day after the meeting' by the referenced happening", () => {
    const text =
      "Putin met Witkoff in the Kremlin on Tuesday evening.\n\nWhile the two men were speaking, Russian drones hit the port of Izmail.\n\nA day after the meeting, Russia rejected the plan.";
    const got = dated(text, "2026-01-16");
    expect(got).toContainEqual(["missile_drone_strike", "2026-01-13"]);
    expect(got).toContainEqual(["rejection", "2026-01-14"]);
    const call = "Zelensky spoke by phone with Macron on Friday.\n\nDuring the call, Zelensky proposed a joint air-defence plan.";
    expect(dated(call, "2026-03-23")).toContainEqual(["proposal", "2026-03-20"]);
  });
  it("dates 'before the final vote' and 'after the dinner' by the day of the happening named just before", () => {
    const vote = "The assembly voted on the grain bill on Monday.\n\nBefore the final vote, deputies rejected an amendment by the farmers' party.";
    expect(resolve(vote, "2026-05-14")).toContainEqual({ text: "Before the final vote", date: "2026-05-11", precision: "day" });
    const dinner = "The leaders gathered for dinner in Oslo on Thursday. Shortly after the dinner, the two premiers signed a fisheries pact.";
    expect(resolve(dinner, "2026-05-16")).toContainEqual({ text: "Shortly after the dinner", date: "2026-05-14", precision: "day" });
  });
  it("reads a distance before 'before the vote' as no day of the vote: weeks at the month, months at the year, a count as that many", () => {
    const vote = "The assembly passed the pension bill in a final vote on Thursday.\n\n";
    const weeks = resolve(vote + "Weeks before the vote, farmers blocked the ring road around the capital.", "2026-05-14");
    expect(weeks).toContainEqual({ text: "Weeks before the vote", date: "2026-04", precision: "month" });
    const months = resolve(vote + "Months ahead of the vote, the unions drafted a counter-proposal.", "2026-05-14");
    expect(months).toContainEqual({ text: "Months ahead of the vote", date: "2026", precision: "year" });
    const counted = resolve(vote + "Two months before the vote, the cabinet approved the draft.", "2026-05-14");
    expect(counted).toContainEqual({ text: "Two months before the vote", date: "2026-03", precision: "month" });
    for (const lead of ["Long before the vote", "Years before the vote", "Well after the vote"]) {
      const got = resolve(vote + `${lead}, the unions drafted a counter-proposal.`, "2026-05-14");
      expect(got.map((d) => d.date)).toEqual(["2026-05-14"]);
    }
  });
  it("titles a clause after a distance from a happening without the distance, and dates it no finer than the distance", () => {
    const text = "The assembly passed the pension bill in a final vote on Thursday.\n\nWeeks before the vote, thousands of farmers protested outside the assembly in Brelsk.";
    // Every candidate, before the happening gate: the title and date are the rule's.
    const protest = extractArticle({ text, publishedOn: "2026-05-14", allCandidates: true }).events.find((e) => /protest/.test(e.title));
    expect(protest).toMatchObject({ title: expect.stringMatching(/^Thousands of farmers protest/), date: "2026-04", datePrecision: "month" });
  });
  it("reads 'after the meeting' as no date when nothing before names and dates it, after a report verb, or when a date of its own follows", () => {
    expect(resolve("After the vote, deputies left the hall.", "2026-05-14")).toEqual([]);
    const told = "The ministers met in Riga on Monday. The Latvian minister told reporters after the meeting that talks would go on.";
    expect(resolve(told, "2026-05-14").map((d) => d.text)).toEqual(["on Monday"]);
    const own = "Drones hit the plant on Monday. After the strikes on the plant in April 2024, the government promised shelters.";
    expect(resolve(own, "2026-05-14").map((d) => [d.text, d.date])).toEqual([["on Monday", "2026-05-11"], ["in April 2024", "2024-04"]]);
    const overnight = "Drones hit the plant on Monday. Power was cut after the overnight attack.";
    expect(resolve(overnight, "2026-05-14").map((d) => d.text)).toEqual(["on Monday", "overnight"]);
  });
  it("repeats a day for 'the same day', never a month told just before it", () => {
    const text =
      "The president received the governor of Brelsk on Wednesday.\n\nThe governor thanked him for the hospital that builders finished in December.\n\nEarlier on the same day, the president met the army chiefs.";
    expect(resolve(text, "2026-03-18").find((d) => /same day/.test(d.text))).toMatchObject({ date: "2026-03-18", precision: "day" });
  });
  it("dates 'during the meeting' by the sentence in which a host received or welcomed the guest, not by a later day told", () => {
    const text =
      "The Latvian foreign minister received her Chilean counterpart in Riga on Friday. The guest had landed on Thursday night after a stop in Oslo. During the meeting, the two signed a visa pact.";
    expect(resolve(text, "2026-10-12").find((d) => /meeting/.test(d.text))).toMatchObject({ date: "2026-10-09", precision: "day" });
    const hosted = "The mayor hosted a delegation from Gdansk on Monday. The visitors toured the port on Tuesday. During the talks, the mayor offered a twinning deal.";
    expect(resolve(hosted, "2026-10-14").find((d) => /talks/.test(d.text))).toMatchObject({ date: "2026-10-12" });
  });
  it("dates a clause led by 'a day after' set off after a date as that many days before the date, and reads it nowhere else", () => {
    const text = "The envoy briefed reporters in Tallinn on Friday, two days after he and the Danish minister opened a joint depot.";
    expect(resolve(text, "2026-10-12").find((d) => /after/.test(d.text))).toMatchObject({ date: "2026-10-07", precision: "day" });
    const week = "She spoke to us in Vilnius on Tuesday, a week after her ministry signed a loan deal.";
    expect(resolve(week, "2026-10-16").find((d) => /after/.test(d.text))?.date).toMatch(/^2026-10/);
    const alone = "Sirens sounded in the city, a day after drones hit the port.";
    expect(resolve(alone, "2026-10-12").map((d) => d.text)).toEqual([]);
  });
  it("dates 'while the two men were speaking' by a face-to-face meeting too, not by a later report's day", () => {
    const text = "The premier met the bishop in Lviv on Friday. The bishop had driven in on Thursday, aides said on Saturday. While the two men were speaking, a drone hit a depot.";
    expect(resolve(text, "2026-10-12").find((d) => /While/.test(d.text))).toMatchObject({ date: "2026-10-09", precision: "day" });
  });
  it("dates a definite back-reference by the latest sentence naming the happening, at the date nearest the name", () => {
    const text =
      "Fico threatened on Monday to veto the package, and dropped his objection only after a call with von der Leyen on Wednesday.\n\nDuring the call, von der Leyen offered Fico a support scheme.";
    expect(resolve(text, "2026-07-17").find((d) => /call/.test(d.text))).toMatchObject({ date: "2026-07-15", precision: "day" });
  });
});

describe("settings and spans", () => {
  const mentions = (text: string, pub: string) => {
    const ps = splitParagraphs(text);
    return findDates(text, pub, splitSentences(text, ps, findQuotes(text, ps)));
  };
  it("dates 'during that visit' and 'during his meeting' like 'during the visit'", () => {
    const text = "The envoy visited Tbilisi in May.\n\nDuring that visit he opened a consulate. During his visit he also met students.";
    expect(resolve(text, "2026-09-02").filter((d) => /visit/.test(d.text)).map((d) => d.date)).toEqual(["2026-05", "2026-05"]);
  });
  it("counts from a second complement of a report ('said …, and that the town had asked …'), not from before it", () => {
    const text = "She said the regiment had trained in Latvia in March 2024, and that the town had asked for help during the mayor's visit in June.\n\nDuring that visit the mayor signed a pact.";
    expect(resolve(text, "2026-09-02").find((d) => /that visit/.test(d.text))).toMatchObject({ date: "2026-06" });
  });
  it("reads no setting from before when the setting's noun phrase has its own date ('during his talks with X on May 4')", () => {
    const text = "The ministers met in Oslo on May 2.\n\nHe said that during his talks with the premier in Bergen on May 4, the two agreed on a fund.";
    expect(resolve(text, "2026-05-10").map((d) => d.text)).toEqual(["on May 2", "on May 4"]);
  });
  it("reads 'on Thursday last week' as that day of last week, not as the whole week", () => {
    expect(resolve("The court heard him on Thursday last week.", "2026-07-29")).toEqual([{ text: "on Thursday last week", date: "2026-07-23", precision: "day" }]);
    expect(resolve("The court heard him on Monday last week.", "2026-08-01")).toEqual([{ text: "on Monday last week", date: "2026-07-27", precision: "day" }]);
  });
  it("reads a month's year from the verb it follows, not from a plan told after it", () => {
    expect(resolve("Warsaw announced in July that it would end the benefit.", "2026-11-02")).toEqual([{ text: "in July", date: "2026-07", precision: "month" }]);
  });
  it("reads a weekday's direction from the narrative's verb, not from a quotation after it", () => {
    expect(resolve("The envoy said after meeting the premier on Friday that Oslo “will not yield”.", "2026-11-12")[0]).toMatchObject({ date: "2026-11-06" });
  });
  it("reads a bare weekday in a story told long before publication from its last full date, while the story goes forward", () => {
    const story = (between: string) =>
      `On the night of Friday, 6 March 2026, a charge damaged a bridge near Lida. ${between}\n\nThe two men crossed the border on Sunday.`;
    const sunday = (between: string) => resolve(story(between), "2026-09-10").find((d) => d.text === "on Sunday")?.date;
    expect(sunday("The next day police closed the road.")).toBe("2026-03-08");
    expect(sunday("Two days earlier a car had been seen there.")).toBe("2026-09-06");
  });
  it("marks a date inside a since-phrase as a span's start", () => {
    const spans = (text: string) => mentions(text, "2026-05-10").map((d) => [d.text, !!d.spanStart]);
    expect(spans("Exports have doubled since 2023.")).toEqual([["since 2023", true]]);
    expect(spans("Drones have hit the port every week since the blockade in March 2024, most heavily on Friday.")).toEqual([
      ["in March 2024", true],
      ["on Friday", false],
    ]);
    expect(spans("The port was hit in March, after the talks.")).toEqual([["in March", false]]);
  });
});

describe("'within' a stretch of time", () => {
  it("dates a past happening a few units after the date told before, at no finer than its month", () => {
    const text = "The plant was hit on 28 May 2024. Within a week the engineers had restored two of its turbines.";
    expect(resolve(text, "2026-02-10")).toContainEqual({ text: "Within a week", date: "2024-06", precision: "month" });
  });
  it("dates nothing in a forecast, a rule or a relation to a named happening", () => {
    expect(resolve("The minister said the jets could arrive within two years.", "2026-02-10")).toEqual([]);
    expect(resolve("The decision can be appealed within 14 days.", "2026-02-10")).toEqual([]);
    expect(resolve("Within a week of the vote, the party split.", "2026-02-10")).toEqual([]);
  });
});

describe("dates without a publication date", () => {
  it("keeps the phrases that name their year, at their own precision, and nothing relative", () => {
    const text = "In 2022, Russia and Ukraine held talks. Russian forces occupied the plant in March 2022. On Monday, drones hit Kyiv. The deal was signed on July 22, 2022.";
    const found = findAbsoluteDates(text, []).map((d) => [d.text, d.date]);
    expect(found).toEqual([["In 2022", "2022"], ["in March 2022", "2022-03"], ["on July 22, 2022", "2022-07-22"]]);
  });
  it("finds nothing in a text without a year", () => {
    expect(findAbsoluteDates("On Monday, drones hit Kyiv.", [])).toEqual([]);
  });
});

describe("a month whose year is given apart", () => {
  const dated = (text: string, pub: string) => resolve(text, pub).map((d) => `${d.text} -> ${d.date}`);
  it("takes the year named before for 'that year'", () => {
    expect(dated("Ukraine opened the corridor in August 2023, after Russia pulled out of the deal in July that year.", "2026-10-28")).toContain("in July that year -> 2023-07");
  });
  it("takes the year before publication for 'last year'", () => {
    expect(dated("The cap that the EU set in July last year still holds.", "2026-10-07")).toContain("in July last year -> 2025-07");
  });
  it("gives a day of the month the year named after it, as a month", () => {
    expect(dated("Police detained the courier on 19 November last year.", "2026-05-20")).toEqual(["on 19 November last year -> 2025-11-19"]);
    expect(dated("The depot burned down on May 5 of last year.", "2026-06-10")).toEqual(["on May 5 of last year -> 2025-05-05"]);
    expect(dated("The deal fell through in 2024; on 3 March of that year the talks ended.", "2026-06-10")).toContain("on 3 March of that year -> 2024-03-03");
    // A weekday is no day of the month: "on Monday last year" stays apart.
    expect(dated("It was signed on Monday last year.", "2026-06-10")).toEqual(["on Monday -> 2026-06-08", "last year -> 2025"]);
  });
  it("reads 'last October' as the latest October before the publication month", () => {
    expect(dated("Washington blacklisted Rosneft last October.", "2026-10-27")).toContain("last October -> 2025-10");
    expect(dated("Washington blacklisted Rosneft last March.", "2026-10-27")).toContain("last March -> 2026-03");
  });
  it("dates what follows 'came N days after' as N days before the happening that came", () => {
    const text = "Russian missiles struck Kyiv on Wednesday. The attack came two days after Ukrainian and US negotiators met in Miami.";
    expect(resolve(text, "2026-01-15")).toContainEqual({ text: "two days after", date: "2026-01-12", precision: "day" });
    // With no earlier date of the talks, they are the publication day's.
    expect(resolve("The talks came a day after Russian forces launched a missile attack.", "2026-04-10")[0]).toMatchObject({ date: "2026-04-09" });
    expect(resolve("The verdict came the day after a meeting in The Hague.", "2026-06-17")[0]).toMatchObject({ date: "2026-06-16" });
    // …unless the story has told its day, a report's day included: the subject is then the day's news.
    const story = "The minister said on Monday that the plan was ready.\n\nHer announcement came two days after the cabinet approved the budget.";
    expect(resolve(story, "2026-06-10")).toContainEqual({ text: "two days after", date: "2026-06-06", precision: "day" });
  });

  it("dates 'on the same day', 'that night' and 'the same night' by the day just told, in an earlier paragraph too", () => {
    const text = "Talks opened on February 20.\n\nOn March 2, drones struck an oil terminal on the coast.\n\nOn the same day, the governor signed a decree.";
    expect(resolve(text, "2026-03-06").at(-1)).toMatchObject({ text: "the same day", date: "2026-03-02" });
    const night = "The minister was in the port city on Saturday.\n\nShe said drones hit a grain terminal that night.";
    expect(resolve(night, "2026-04-14").at(-1)).toMatchObject({ text: "that night", date: "2026-04-11" });
    const same = "A drone crashed on Sunday night near the border, the minister said on Tuesday.\n\nDuring the same night, drones hit the port across the river.";
    expect(resolve(same, "2026-12-01").at(-1)).toMatchObject({ text: "the same night", date: "2026-11-29" });
  });

  it("dates 'the next day' after a month told in the sentence before at that month", () => {
    const text = "Talks opened on Monday.\n\nIn January she posted a video about her son. Police detained her the next day.";
    expect(resolve(text, "2026-08-27").at(-1)).toMatchObject({ text: "the next day", date: "2026-01", precision: "month" });
  });

  it("reads neither 'now' nor the weekday in a hyphenated name ('Park Sun-won') as a date", () => {
    expect(resolve("The coalition now has 44 member countries, Rep. Park Sun-won said.", "2026-12-02")).toEqual([]);
    expect(resolve("The ministry said on Sun that it was ready.", "2026-12-02")[0]).toMatchObject({ date: "2026-11-29" });
  });

  it("reads 'a few hours after a drone attack' as a relation, no date of its own", () => {
    expect(resolve("She arrived in the city a few hours after a drone attack on the port.", "2026-04-14")).toEqual([]);
  });

  it("reads 'N days after' a bare noun phrase as no shift forward from the publication day", () => {
    // The strike named after "after" lies before the news, never two days after publication.
    const r = resolve("Russian glide bombs kill six in Kharkiv, two days after deadly strike on city", "2026-11-18");
    expect(r.filter((d) => d.date === "2026-11-20")).toEqual([]);
    // Standing alone, "two days after" still counts forward from the date told before it.
    expect(resolve("Talks opened on Monday. Two days after, they collapsed.", "2026-11-18")).toContainEqual({ text: "Two days after", date: "2026-11-18", precision: "day" });
  });

  it("gives 'the end of September' and 'two weeks ago' no more precision than the text", () => {
    const r = resolve("Troops reached the bridge at the end of September. The first equipment arrived two weeks ago. The plant shut three months ago. Two days ago, a drone hit it.", "2026-09-10");
    expect(r.find((d) => d.text.includes("end of September"))).toMatchObject({ date: "2025-09", precision: "month" });
    expect(r.find((d) => d.text === "two weeks ago")).toMatchObject({ date: "2026-08", precision: "week" });
    expect(r.find((d) => d.text === "three months ago")).toMatchObject({ date: "2026-06", precision: "month" });
    expect(r.find((d) => /two days ago/i.test(d.text))).toMatchObject({ date: "2026-09-08", precision: "day" });
  });

  it("dates a season without a year at year precision, in the year the text points to", () => {
    const r = resolve("Russia launched an offensive in the summer. A depot was damaged last spring. A plant will open next spring. Blackouts hit last winter.", "2026-03-24");
    expect(r.find((d) => d.text === "in the summer")).toMatchObject({ date: "2025", precision: "quarter" });
    expect(r.find((d) => d.text === "last spring")).toMatchObject({ date: "2025" });
    expect(r.find((d) => d.text === "next spring")).toMatchObject({ date: "2027" });
    // A winter spans two years, so it gives none.
    expect(r.find((d) => d.text === "last winter")).toMatchObject({ date: null });
    expect(resolve("Russian forces launched a new offensive in the summer.", "2026-11-18")[0]).toMatchObject({ date: "2026" });
  });

  it("counts 'the previous day' from a report day told earlier in the same sentence", () => {
    const text = "State media reported Thursday that the leader had inspected a factory the previous day.";
    expect(resolve(text, "2026-04-24")).toContainEqual({ text: "the previous day", date: "2026-04-22", precision: "day" });
  });

  it("leaves the preposition before a possessive date to the noun it modifies", () => {
    expect(resolve("The death toll from Saturday's attack rose to 14.", "2026-03-25")).toEqual([{ text: "Saturday", date: "2026-03-21", precision: "day" }]);
  });

  it("does not read lowercase 'sat' or 'sun' as weekdays", () => {
    expect(resolve("When the premier sat down with EU leaders in Brussels on Tuesday, the sun was setting.", "2026-07-08")).toEqual([
      { text: "on Tuesday", date: "2026-07-07", precision: "day" },
    ]);
  });
});

describe("a month whose year is given beside it", () => {
  it("takes the year of a list it belongs to or that it is set off after", () => {
    const pub = "2026-11-04";
    expect(resolve("The delegations met three times in 2025, in May, June and July.", pub).map((d) => d.date)).toEqual(["2025", "2025-05", "2025-06", "2025-07"]);
    expect(resolve("Drones hit the depot in February and March 2025.", pub).map((d) => d.date)).toEqual(["2025-02", "2025-03"]);
    expect(resolve("The plant opened in 2023. Missiles hit it in February and March of that year.", pub).map((d) => d.date)).toEqual(["2023", "2023-02", "2023-03"]);
  });
  it("not a month of another clause ('signed in 2024 and was killed in March')", () => {
    expect(resolve("He signed a contract in 2024 and was killed near Pokrovsk in March.", "2026-11-04").map((d) => d.date)).toEqual(["2024", "2026-03"]);
  });
});

describe("a month named by 'that' or 'the previous'", () => {
  it("takes the year of the story told before, not the publication's", () => {
    const r = resolve("The brigade arrived in June 2024. The offensive had begun that August, and the town had fallen the previous March.", "2026-10-13");
    expect(r.find((d) => /August/.test(d.text))).toMatchObject({ date: "2024-08", precision: "month" });
    expect(r.find((d) => /March/.test(d.text))).toMatchObject({ date: "2024-03", precision: "month" });
    expect(resolve("Talks began in May 2023. A deal followed the next October.", "2026-10-13")[1]).toMatchObject({ date: "2023-10" });
  });
});

describe("the tense of a weekday before a second complement", () => {
  it("reads the weekday by its own clause, not by the modal of the complement joined after it ('and that they would')", () => {
    const r = resolve("The police said they had arrested two directors in Nairobi on Monday and that they would be charged on Thursday.", "2026-12-02");
    expect(r.map((d) => d.date)).toEqual(["2026-11-30", "2026-12-03"]);
  });
});

describe("date grammar of periods, nights and old years", () => {
  it("reads the year written after 'the night of 3 March'", () => {
    expect(resolve("Two men were held on the night of 3 March 2025, near the depot.", "2026-10-21")).toEqual([{ text: "on the night of 3 March 2025", date: "2025-03-03", precision: "day" }]);
    expect(resolve("Drones hit Lindor on the night of June 4, 2024.", "2026-10-21")[0]).toMatchObject({ date: "2024-06-04" });
  });

  it("dates 'this spring' and 'that summer' at the year, the latter by the year just told", () => {
    expect(resolve("Russian troops took two villages this spring.", "2026-06-09")).toEqual([{ text: "this spring", date: "2026", precision: "quarter" }]);
    const r = resolve("The plant was hit in March 2024. Kharkiv spent much of that spring in the dark.", "2026-02-09");
    expect(r[1]).toMatchObject({ text: "that spring", date: "2024" });
  });

  it("dates 'the first N months of the year' at the year, as a half or quarter is", () => {
    expect(resolve("Transfers fell in the first two months of the year.", "2026-03-24")).toEqual([{ text: "in the first two months of the year", date: "2026", precision: "quarter" }]);
    expect(resolve("Revenues rose in the first 10 months of 2025.", "2026-03-24")[0]).toMatchObject({ date: "2025", precision: "quarter" });
    expect(resolve("The talks stalled in the first weeks of the war.", "2026-03-24")).toEqual([]);
  });

  it("reads a year before 1900 after a preposition", () => {
    expect(resolve("The first settlers arrived in 1895.", "2026-08-05")).toEqual([{ text: "in 1895", date: "1895", precision: "year" }]);
    expect(resolve("Police counted 1895 drones in a day.", "2026-08-05").map((d) => d.text)).not.toContain("1895");
  });

  it("gives a relative phrase the date set off right after it ('Two days later, on Wednesday')", () => {
    const r = resolve("A ship was detained on 11 May. Its crew was questioned on 13 May. Two days later, on Wednesday, a jet flew close to a patrol boat.", "2026-05-20");
    expect(r.find((d) => d.text === "Two days later")).toMatchObject({ date: "2026-05-20", precision: "day" });
    // Not a date that only follows it in the next clause.
    // A report set off after the phrase gives the nearer day, over a count from a span's start.
    const reported = resolve("Tolls have risen since 2 March, when a ferry sank at Vylkove. Four days later, the port authority said on Tuesday, traffic fell.", "2026-05-20");
    expect(reported.find((d) => d.text === "Four days later")).toMatchObject({ date: "2026-05-19", precision: "day" });
    const apart = resolve("A ship was detained on 11 May. Two days later the crew was freed, and on Wednesday a jet flew close.", "2026-05-20");
    expect(apart.find((d) => d.text === "Two days later")).toMatchObject({ date: "2026-05-13" });
  });

  it("dates a season's start or end, an early or late season, and a winter written with both years", () => {
    const at = (text: string) => resolve(text, "2026-08-19");
    expect(at("Since the start of the summer, Russian forces have pushed closer.")).toEqual([{ text: "Since the start of the summer", date: "2026", precision: "quarter" }]);
    expect(at("Troops advanced in early spring.")).toEqual([{ text: "in early spring", date: "2026", precision: "quarter" }]);
    expect(at("Imports rose in the winter of 2025-26, officials said.")).toMatchObject([{ date: "2025", precision: "year" }]);
    expect(at("Blackouts hit in the winters of 2022-23 and 2023-24.")[0]).toMatchObject({ date: "2022", precision: "year" });
  });

  it("lets a year written after an early or late season win over the publication's", () => {
    expect(resolve("The dam was built in early summer 2024, the company said.", "2026-11-20")).toEqual([{ text: "in early summer 2024", date: "2024", precision: "quarter" }]);
    expect(resolve("The depot was finished in late autumn 2023.", "2026-11-20")[0]).toMatchObject({ date: "2023" });
  });

  it("dates 'this spring' in the publication's year, and a season ahead of a future verb as the next one", () => {
    const feb = (text: string) => resolve(text, "2026-02-10");
    expect(feb("The council said the new tram line would open this spring.")[0]).toMatchObject({ text: "this spring", date: "2026" });
    expect(feb("The council said the tram line will open in early spring.")[0]).toMatchObject({ date: "2026" });
    expect(feb("The tram line opened in early spring.")[0]).toMatchObject({ date: "2025" });
    // A winter in progress in February is the one begun in December.
    expect(feb("Gas use rose sharply this winter.")[0]).toMatchObject({ text: "this winter", precision: "quarter" });
    expect(feb("Gas use rose sharply this winter.")[0].date).toBeNull();
  });
});

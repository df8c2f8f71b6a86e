import { describe, expect, it } from "vitest";
import {
  cuedMatches, DAYS_APART_CUE, DURING_CUE, HALF_OR_QUARTER_CUE, HOURS_APART_CUE, LATER_OR_EARLIER_CUE, MEANTIME_CUE, NINETEENTH_CENTURY_YEAR_CUE,
  PLURAL_PERIOD_CUE, SEASON_CUE, THAT_PERIOD_CUE, WEEKEND_CUE, WHILE_CUE, YEAR_SPAN_CUE,
} from "./date-cues";
import { findDates } from "./dates";
import { splitParagraphs, splitSentences } from "./sentences";

describe("cuedMatches", () => {
  it("scans for the pattern when the text holds its cue", () => {
    const found = cuedMatches({ re: /\bthe\s+same\s+year\b/gi, cue: THAT_PERIOD_CUE }, "The mill closed the same year.");
    expect(found.map((m) => m[0])).toEqual(["the same year"]);
  });

  it("returns nothing, without scanning, when the text lacks the cue", () => {
    // The cue here is stricter than the pattern on purpose, to show that the scan is skipped.
    expect(cuedMatches({ re: /\bmill\b/gi, cue: /\bbakery\b/ }, "The mill closed.")).toEqual([]);
  });

  it("scans every text for a pattern without a cue", () => {
    expect(cuedMatches({ re: /\bmill\b/gi }, "The mill closed.")).toHaveLength(1);
  });
});

describe("date cues", () => {
  const holds = (cue: RegExp, phrases: string[]) => phrases.forEach((p) => expect(cue.test(`The council met ${p} and adjourned.`), p).toBe(true));

  it("are found in the phrases of the idioms they guard", () => {
    holds(YEAR_SPAN_CUE, ["in the 2031/32 harvest year", "in fiscal 2030-31", "in the winter of 2029–30"]);
    holds(DAYS_APART_CUE, ["two days after the flood", "weeks before the ballot", "three months ahead of the fair", "Days after the vote"]);
    holds(HOURS_APART_CUE, ["a few hours after the landslide", "an hour before dawn"]);
    holds(THAT_PERIOD_CUE, ["later that month", "in the same year"]);
    holds(LATER_OR_EARLIER_CUE, ["later that week", "hours earlier"]);
    holds(SEASON_CUE, ["in the autumn", "that same winter", "last Spring"]);
    holds(PLURAL_PERIOD_CUE, ["in the past three weeks", "in the first ten months of the year"]);
    holds(HALF_OR_QUARTER_CUE, ["in the second quarter", "in the first half of 2031"]);
    holds(WEEKEND_CUE, ["over the Weekend"]);
    holds(MEANTIME_CUE, ["in the meantime"]);
    holds(NINETEENTH_CENTURY_YEAR_CUE, ["in 1871"]);
    holds(WHILE_CUE, ["While the two men were talking"]);
    holds(DURING_CUE, ["during the call", "on the sidelines of the summit", "In the course of the talks"]);
  });

  it("leave the dates found unchanged: a cued idiom is still read where its cue stands", () => {
    const text = "The mayor opened the bridge on Monday. Two days later, the council met. Over the weekend, crowds gathered.";
    const paragraphs = splitParagraphs(text);
    const dates = findDates(text, "2031-06-11", splitSentences(text, paragraphs, []));
    expect(dates.map((d) => d.text)).toEqual(expect.arrayContaining(["Two days later", "Over the weekend"]));
  });
});

describe("DAYS_APART_CUE", () => {
  it("holds wherever a case-blind unicode idiom reads a distance, the Kelvin sign and the long s included", () => {
    const idiom = /\b(?:two)\s+(?:days?|weeks?)\s+(?:after|before)\b/iu;
    for (const text of ["two wee\u212As after the flood", "two day\u017F before the fair", "Two DAYS AFTER the fair"]) {
      expect(idiom.test(text)).toBe(true);
      expect(DAYS_APART_CUE.test(text), text).toBe(true);
    }
  });
});

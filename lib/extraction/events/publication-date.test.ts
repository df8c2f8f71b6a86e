import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { isAfter, isBackground } from "./publication-date";

const eventsOf = (text: string, publishedOn?: string, rulesOnly = false) => extractArticle({ text, publishedOn, title: "T", rulesOnly }).events;

describe("the publication date as the last source of a date", () => {
  it("dates an undated simple-past happening on the day of the report", () => {
    const [e] = eventsOf("Grid operator Ukrenergo said Russian drones struck a substation in the Kyiv region.", "2026-01-22");
    expect(e).toMatchObject({ date: "2026-01-22", datePrecision: "day", dateText: null });
  });

  it("dates it on the news day instead: the lead's day, else the latest day of a dated happening, up to three days before publication", () => {
    const text = (day: string) => `Russian drones struck Odesa ${day}, officials said.\n\nUkrainian President Volodymyr Zelensky met Polish President Karol Nawrocki in Kyiv.`;
    expect(eventsOf(text("on Monday"), "2026-01-20").find((e) => /Nawrocki/.test(e.title))).toMatchObject({ date: "2026-01-19" });
    expect(eventsOf(text("on January 5"), "2026-01-20").find((e) => /Nawrocki/.test(e.title))).toMatchObject({ date: "2026-01-20" });
    const lead = "Officials said Russian drones had struck Odesa, without giving a day.\n\nThe premier opened a trade fair in Vilnius on Monday.\n\nShe signed a grid deal with the Lithuanian government.";
    // The dating rule, without the gate: an undated lead leaves the latest day told.
    expect(eventsOf(lead, "2026-01-20", true).find((e) => /grid deal/.test(e.title))).toMatchObject({ date: "2026-01-19" });
  });

  it("takes the lead's day as the news day, not a later day on which it was spoken of", () => {
    const text =
      "The Danish and Norwegian delegations met in Bergen on Tuesday for a third round of fisheries talks.\n\nThe Norwegian minister said on Wednesday that the sides had agreed to meet again in March.\n\nOslo proposed a joint quota board for the Barents Sea.";
    expect(eventsOf(text, "2026-01-22", true).find((e) => /quota board/.test(e.title))).toMatchObject({ date: "2026-01-20" });
  });

  it("dates an undated clause after a later-dated paragraph on that paragraph's day, not the lead's", () => {
    const text =
      "The Danish and Norwegian delegations met in Bergen on Monday for a third round of fisheries talks.\n\nOn Wednesday, Russian drones struck the port of Kherson, damaging two grain barges.\n\nUkraine's navy shot down 12 of the drones over the estuary.";
    expect(eventsOf(text, "2026-01-22", true).find((e) => /shoots down 12/.test(e.title))).toMatchObject({ date: "2026-01-21", dateText: null });
  });

  it("dates an interview's account of a simple-past happening on the news day too, but not its background", () => {
    const text = "Interviewer: What happened to the substation?\n\nPetrenko: Russian drones struck the substation near Poltava. The ministers had promised repairs.";
    const events = eventsOf(text, "2026-02-11");
    expect(events.find((e) => /struck|strike/i.test(e.title))).toMatchObject({ date: "2026-02-11", dateText: null });
    expect(events.find((e) => /promise/i.test(e.title))?.date ?? null).toBeNull();
  });

  it("dates an announcement of a plan on the news day, not on the plan's later date", () => {
    const [e] = eventsOf("The defence ministers agreed to hold a joint air defence exercise in Lapland next spring.", "2026-10-14");
    expect(e).toMatchObject({ date: "2026-10-14", datePrecision: "day", dateText: null });
    expect([isAfter("2027", "2026-10-14"), isAfter("2026-11", "2026-10-14"), isAfter("2026-10", "2026-10-14"), isAfter("2026-10-13", "2026-10-14")]).toEqual([true, true, false, false]);
  });

  it("leaves background undated, and everything when the publication date is unknown", () => {
    expect(isBackground("The US has already imposed an extra 25 per cent duty on Indian goods")).toBe(true);
    expect(isBackground("Moscow had rejected the plan")).toBe(true);
    expect(isBackground("Takaichi has told Zelenskyy that Japan will provide aid", true)).toBe(false);
    expect(isBackground("An intense battle has been raging for the town", true)).toBe(true);
    expect(isBackground("the ministry said its air defences had intercepted 34 drones")).toBe(false);
    expect(isBackground("Ukrenergo introduced emergency power cuts")).toBe(false);
    // A possessive before an -ing word is no perfect ("the treaty's founding members").
    expect(isBackground("She said she had met the mayor to discuss the city's growing debts")).toBe(false);
    // "the first …" and "hours before …" place a happening of the day, not a past one.
    expect(isBackground("Hours before the parade, Russian forces struck Kharkiv")).toBe(false);
    expect(isBackground("The firms signed the first term contract between them")).toBe(false);
    expect(isBackground("He first visited Kyiv in 2022")).toBe(true);
    expect(isBackground("Two days before, the army shelled the town")).toBe(true);
    const [e] = eventsOf("Grid operator Ukrenergo said Russian drones struck a substation in the Kyiv region.");
    expect(e?.date ?? null).toBeNull();
  });
});

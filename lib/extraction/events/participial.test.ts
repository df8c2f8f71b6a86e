import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const eventsOf = (text: string) => extractArticle({ text, publishedOn: "2026-03-04", title: "T", rulesOnly: true }).events;

describe("a dated reduced relative clause", () => {
  it("names a happening of its own, with a longer head and agent ('a plan of 50 million euros approved by the Council of Ministers on Friday')", () => {
    const events = eventsOf("The army will deploy drone jammers at two ports by the spring, under a plan of 40 million euros approved by the Council of Ministers on Friday.");
    expect(events.map((e) => [e.title, e.date])).toContainEqual(["Council of Ministers approves plan of 40 million euros", "2026-02-27"]);
  });

  it("is not the sentence's subject with its past verb ('Norway and the Netherlands agreed last week to …')", () => {
    const titles = eventsOf("Norway and the Netherlands agreed last week to pool their orders of air defence missiles.").map((e) => e.title);
    expect(titles).toEqual(["Norway and Netherlands agree to pool their orders of air defence missiles"]);
  });

  it("is not a source set off at the end with its reporting verb ('…, the newspaper reported on Tuesday'): the clause takes its date", () => {
    const events = eventsOf("Poland's navy sank a smuggling boat, the newspaper reported on Tuesday.");
    expect(events.map((e) => [e.title, e.date])).toEqual([["Poland's navy sinks smuggling boat", "2026-03-03"]]);
  });

  it("is not the setting of a speech report ('said in a video address posted on Telegram on Friday'): the speech is the happening", () => {
    const titles = eventsOf("\"No harbour will be left dark,\" Premier Aino Vesk said in a video address posted on Telegram on Friday.").map((e) => e.title);
    expect(titles).not.toContain("Video address posted on Telegram");
  });

  it("is not a year modifying the object's noun ('…, and the Council of Ministers approved the 2029 spending plan'): the clause keeps its object", () => {
    const events = eventsOf("The Central Bank of Armenia raised its main rate to 9% on Friday, and the Council of Ministers approved the 2029 spending plan.");
    expect(events.map((e) => e.title)).toContainEqual(expect.stringMatching(/^Council of Ministers approves .*spending plan$/));
    expect(events.map((e) => e.title)).not.toContain("Council of Ministers approved");
  });
});

describe("a dated contact relative (noun, subject pronoun, verb; no 'that')", () => {
  it("titles the happening with the pronoun's doer and the noun as its object ('Sweden imposes tariff on Danish cheese')", () => {
    const events = eventsOf("Sweden on Friday removed the 25 per cent tariff it imposed on Danish cheese last August.");
    expect(events.map((e) => [e.title, e.date])).toContainEqual(["Sweden imposes 25 per cent tariff on Danish cheese", "2025-08"]);
  });

  it("takes a person's resolved pronoun as the doer ('the parking fee he introduced in 2024')", () => {
    const events = eventsOf("Mayor Ivo Lind on Tuesday withdrew the parking fee he introduced in 2024.");
    expect(events.map((e) => [e.title, e.date])).toContainEqual(["Lind introduces parking fee", "2024"]);
  });

  it("tells the thing done, without a stray pronoun, when its sentence names no one ('Surcharge imposed on freight')", () => {
    const titles = eventsOf("The ferry company scrapped the surcharge it imposed on freight last August.").map((e) => e.title);
    expect(titles).toContain("Surcharge imposed on freight");
    expect(titles.some((t) => /\bit imposed\b/.test(t))).toBe(false);
  });
});

describe("the date of a reduced relative on an object", () => {
  it("dates the relative's happening, not the typed clause around it ('discussed a plan modeled on the accord signed in 2021')", () => {
    const events = eventsOf("The two ministers discussed a plan modeled on the fishing accord signed in 2021.");
    expect(events.map((e) => [e.title, e.date])).toContainEqual(["Fishing accord signed", "2021"]);
    const talks = events.find((e) => e.title.startsWith("Two ministers discuss"));
    expect(talks?.date).not.toBe("2021");
  });
});

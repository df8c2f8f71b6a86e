import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const eventsOf = (text: string, publishedOn = "2025-11-20") => extractArticle({ text, publishedOn, title: "T" }).events;

describe("happenings named by a possessive date", () => {
  it("in object position, with the relative clause that tells what it did", () => {
    const ev = eventsOf("Zelensky condemned Monday's strike on Kharkiv, which killed three people.");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Strike on Kharkiv kills three people", type: "missile_drone_strike", date: "2025-11-17", fatalities: 3 }));
    expect(ev.filter((e) => /killed|kills/i.test(e.title))).toHaveLength(1);
  });

  it("not a second mention at the head of a clause, nor one already told", () => {
    expect(eventsOf("Wednesday's attack was the third this week.")).toEqual([]);
    const ev = eventsOf("Russian drones hit Kharkiv on Monday, killing three. Macron condemned Monday's strike on Kharkiv.");
    expect(ev.filter((e) => e.type === "missile_drone_strike")).toHaveLength(1);
  });

  it("a day as a noun modifier: 'the March 15 attack that left …', titled by what the relative says", () => {
    const ev = eventsOf("It was the largest strike since the March 15 attack that left much of Kyiv without power for three days.", "2026-05-27");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Attack leaves much of Kyiv without power for three days", date: "2026-03-15", type: "missile_drone_strike" }));
  });

  it("a day as a noun modifier with a common-noun object ('the May 4 strike on the depot'), titled without its article", () => {
    const ev = eventsOf("Following the May 4 strike on the depot, the operator halted deliveries.", "2026-05-27");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Strike on depot", date: "2026-05-04", type: "missile_drone_strike" }));
  });

  it("a year as a modifier names a background happening; the clause around it does not take that year", () => {
    const ev = eventsOf("In 2021, the police linked GRU officers to the 2014 explosions at the Vrbětice ammunition depots.", "2026-05-27");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Explosions at the Vrbětice", date: "2014", datePrecision: "year" }));
    expect(ev.filter((e) => e.date === "2014")).toHaveLength(1);
  });

  it("a possessive date before a hyphenated proper modifier ('last month's Ramstein-format meeting')", () => {
    const ev = eventsOf("The allies pledged more air defence, and last month's Ramstein-format meeting in Brussels agreed on drones.", "2026-04-09");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Ramstein-format meeting in Brussels", date: "2026-03", datePrecision: "month" }));
  });

  it("not a bare month as a modifier ('the March attack'): it names no year", () => {
    const titles = eventsOf("Zelensky recalled the March attack on Kyiv in his address.", "2026-05-27").map((e) => e.title);
    expect(titles).not.toContain("Attack on Kyiv");
  });

  it("a day modifier dates its noun, not the clause around it, and is no word of that clause's headline", () => {
    const ev = eventsOf("Russian drones hit Kharkiv on Tuesday. The mayor laid flowers at the site of Sunday's drone strike on Sumy.", "2026-05-27");
    expect(ev).toContainEqual(expect.objectContaining({ title: "Drone strike on Sumy", date: "2026-05-24" }));
    const flowers = ev.find((e) => /flowers/.test(e.title));
    expect(flowers).toBeDefined();
    expect(flowers!.date).not.toBe("2026-05-24");
    expect(flowers!.title).not.toMatch(/Sunday/);
  });
});

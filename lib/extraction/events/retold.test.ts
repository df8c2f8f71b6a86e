import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { figuresIn } from "./retold";

const eventsOf = (text: string) => extractArticle({ text, publishedOn: "2026-03-12", title: "T" }).events;

describe("one happening told twice in other words", () => {
  it("reads the distinctive figures of a clause, not years, times or percentages", () => {
    expect([...figuresIn("Moldova sent 1,250 tents and $4.5 million in 2025 at 09:00, up 12 per cent and 340%")]).toEqual(["1250", "4.5 million"]);
  });

  it("a summary line and the body's report of one barrage are one event, the fuller telling kept", () => {
    const text = "Overnight attack: 214 drones, six missiles.\n\nRussia launched 214 drones and six cruise missiles at Ukraine overnight, the Ukrainian Air Force said on Thursday.";
    const strikes = eventsOf(text).filter((e) => e.type === "missile_drone_strike");
    expect(strikes).toHaveLength(1);
    expect(strikes[0].title).toMatch(/launch/i);
    expect(strikes[0].mentions?.map((m) => m.start)).toEqual([0, 45]);
  });

  it("a pledge retold a paragraph on with the same sum is one pledge", () => {
    const text = "Norway announced 2.7 billion kroner in aid for Ukraine on Wednesday.\n\nOslo pledged new military aid of 2.7 billion kroner for Kyiv, the defence minister said.";
    expect(eventsOf(text).filter((e) => e.type === "aid_arms_decision")).toHaveLength(1);
  });

  it("keeps two strikes on different cities with the same count apart", () => {
    const text = "Russia launched 120 drones at Odesa on Thursday night, the governor said.\n\nRussia also launched 120 drones at Kharkiv on Thursday night, the mayor said.";
    expect(eventsOf(text).filter((e) => e.type === "missile_drone_strike").length).toBe(2);
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const eventsOf = (text: string) => extractArticle({ text, publishedOn: "2026-03-12", title: "T", rulesOnly: true }).events;

describe("second mentions of one happening", () => {
  it("'The accord was signed by …' is the agreement just reported, not a second one", () => {
    const ev = eventsOf("Moldova and Romania signed an agreement on joint air patrols on Wednesday. The accord was signed by the two foreign ministers in Chisinau.");
    expect(ev.filter((e) => e.type === "agreement_ceasefire")).toHaveLength(1);
  });

  it("'The two leaders met …' after a reported meeting is that meeting", () => {
    const ev = eventsOf("Macron met Sánchez in Madrid on Tuesday to discuss air defence. The two leaders met at the Moncloa palace for three hours.");
    expect(ev.filter((e) => e.type === "summit_talks")).toHaveLength(1);
  });

  it("keeps a pair's meeting with a date of its own, and what the pair agreed, apart", () => {
    const met = eventsOf("Macron spoke with Sánchez by phone on Tuesday. The two men last met in Madrid in January 2025.");
    expect(met.map((e) => e.type).sort()).toEqual(["phone_call", "summit_talks"]);
    const agreed = eventsOf("Macron met Sánchez in Madrid on Tuesday. The two leaders signed a treaty on energy links.");
    expect(agreed.map((e) => e.type)).toContain("agreement_ceasefire");
  });
});

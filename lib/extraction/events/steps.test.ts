import { describe, expect, it } from "vitest";
import type { Actor } from "../actors";
import { extractArticle } from "../index";
import { splitClauses } from "./clauses";
import { assignRoles } from "./roles";
import { bestTrigger, typeOfPhrase } from "./triggers";

const eventsOf = (text: string, publishedOn = "2025-10-02") => extractArticle({ text, publishedOn, title: "T" }).events;
const actor = (name: string) => ({ name }) as Actor;

describe("event steps", () => {
  it("splits a sentence into clauses at coordination and subordination", () => {
    const s = "Putin invited Zelenskiy to Moscow, but Bankova rejected the offer.";
    const clauses = splitClauses(s, 0, []).map((c) => s.slice(c.start, c.end));
    expect(clauses).toEqual(["Putin invited Zelenskiy to Moscow", "Bankova rejected the offer."]);
  });

  it("picks the main-clause trigger and types phrases by the codebook", () => {
    expect(bestTrigger("Peskov dismissed a European proposal for a 30-day ceasefire", 60)?.type).toBe("rejection");
    expect(bestTrigger("Erdoğan called on Russia and Ukraine to agree on a deal", 60)?.type).toBe("proposal");
    expect(bestTrigger("a Ukrainian drone hit a minibus in the Russian-occupied part of the region", 80)?.type).toBe("missile_drone_strike");
    expect(typeOfPhrase("a deal signed in Istanbul")).toBe("agreement_ceasefire");
    expect(typeOfPhrase("a statement")).toBe("other");
  });

  it("gives initiator and target around the trigger, and no sides in a meeting", () => {
    expect(assignRoles("missile_drone_strike", [{ actor: actor("Russia"), pos: 0 }, { actor: actor("Ukraine"), pos: 30 }], 10)).toEqual([
      { name: "Russia", role: "initiator" },
      { name: "Ukraine", role: "target" },
    ]);
    expect(assignRoles("summit_talks", [{ actor: actor("Modi"), pos: 0 }, { actor: actor("Putin"), pos: 30 }], 10).map((r) => r.role)).toEqual(["participant", "participant"]);
  });

  it("merges a second mention into the first and lets its noun modifier date it", () => {
    const ev = eventsOf(
      "The swap came a day after Russian missiles and drones struck energy facilities in the Kharkiv region. Wednesday's attack was the third on the region's grid in a week.",
    );
    const strikes = ev.filter((e) => e.type === "energy_infrastructure_attack");
    expect(strikes).toHaveLength(1);
    expect(strikes[0]).toMatchObject({ date: "2025-10-01", dateText: "Wednesday" });
  });

  it("drops states and judgements, not the happening a reason is given for", () => {
    expect(eventsOf("On Tuesday the heaviest fighting was in the Pokrovsk direction.", "2025-12-03")).toEqual([]);
    const ev = eventsOf("On Tuesday Peskov dismissed a European proposal for a 30-day ceasefire, saying Moscow's position had not changed.", "2025-10-02");
    expect(ev.map((e) => e.type)).toEqual(["rejection"]);
  });
});

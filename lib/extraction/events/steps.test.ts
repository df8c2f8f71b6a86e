import { describe, expect, it } from "vitest";
import type { Actor } from "../actors";
import { extractArticle } from "../index";
import { splitClauses } from "./clauses";
import { assignRoles, reporterSpans } from "./roles";
import { aidDecision, bestTrigger, hasPastVerb, typeOfPhrase } from "./triggers";

const eventsOf = (text: string, publishedOn = "2025-10-02") => extractArticle({ text, publishedOn, title: "T", rulesOnly: true }).events;
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

  it("makes every actor of the subject an initiator: \"Norway and Denmark sent ... to Ukraine\"", () => {
    const roles = assignRoles("aid_arms_decision", [{ actor: actor("Norway"), pos: 0 }, { actor: actor("Denmark"), pos: 11 }, { actor: actor("Ukraine"), pos: 40 }], 18);
    expect(roles.map((r) => r.role)).toEqual(["initiator", "initiator", "target"]);
  });

  it("names the states of sides told by a demonym (the attacker of a repelled assault as initiator), and the subject of a clause with no trigger word as initiator", () => {
    const text = "Russia and Ukraine have been at war since 2022. Ukraine said on Monday that its forces had repelled 40 Russian assaults near Kupiansk. The central bank of Ukraine kept its key rate at 15% on Thursday. Norway and Denmark sent 20 Leopard tanks to Ukraine on Friday.";
    const [battle, rate, tanks] = eventsOf(text).map((e) => e.actorRoles);
    expect(battle).toEqual([{ name: "Ukraine", role: "target" }, { name: "Russia", role: "initiator" }]);
    expect(rate?.every((r) => r.role === "initiator")).toBe(true);
    expect(tanks?.map((r) => r.role)).toEqual(["initiator", "initiator", "target"]);
  });

  it("reads the passive: its subject is the target, the agent after \"by\" the initiator", () => {
    const [strike] = eventsOf("Russia and Poland share no border. On Tuesday night Poland was struck by Russian drones, the army said.");
    expect(strike.actorRoles).toEqual([{ name: "Poland", role: "target" }, { name: "Russia", role: "initiator" }]);
  });

  it("makes the host or visitor of a meeting its initiator, and leaves a meeting of equals without sides", () => {
    const text = "Norway and Poland are allies. On Monday Norway hosted a delegation from Poland in Oslo. On Tuesday Norway and Poland met in Warsaw.";
    const [hosted, met] = eventsOf(text).map((e) => e.actorRoles);
    expect(hosted).toEqual([{ name: "Norway", role: "initiator" }, { name: "Poland", role: "participant" }]);
    expect(met?.map((r) => r.role)).toEqual(["participant", "participant"]);
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

describe("parties referred to by number", () => {
  it("'the two ministers' signing is a happening even with no actor or date in the sentence", () => {
    const ev = eventsOf("The two ministers also signed a protocol on consular consultations.", "2025-11-20");
    expect(ev).toEqual([expect.objectContaining({ title: "Two ministers sign protocol on consular consultations", type: "agreement_ceasefire" })]);
    expect(eventsOf("Some officials also signed a protocol on consular consultations.", "2025-11-20")).toEqual([]);
  });
});

describe("what is not a happening", () => {
  it("a clause with nothing left to title once its date and attribution are taken out", () => {
    // Found by the property test (tests/property/extraction.test.ts): it was proposed with an empty title.
    expect(eventsOf("A day earlier, a Russian drone the President said. ", "1990-01-01")).toEqual([]);
  });
  it.each([
    ["Russia tends to use ballistic missiles against the city."],
    ["Fico and Kallas have clashed repeatedly over the bloc's Ukraine policy."],
    ["Its drone makers now turn out more than 200,000 drones a month."],
    ["Diplomats expect a compromise before the summit in June."],
    ["The Kremlin did not comment on the strike on Tuesday."],
    ["The package comes on the fourth anniversary of the invasion."],
    ["Zelensky said on Monday that the money would be spent on drones."],
    ["Peskov told reporters on Monday that Moscow remained open to talks."],
  ])("drops %j", (s) => {
    expect(eventsOf(s, "2026-03-05")).toEqual([]);
  });

  it.each([
    ["Berlin's decision follows a Russian drone attack on Kyiv on Sunday night that killed four people.", "missile_drone_strike"],
    ["Japan's prime minister told Zelenskyy on Friday that Japan will provide $1.2bn in reconstruction aid.", "aid_arms_decision"],
    ["Slovakia rejected the package on Monday after what Fico said were broken promises.", "rejection"],
    ["Over the weekend Ukraine bombed the Druzhba oil pipeline for the fourth time in a month.", "energy_infrastructure_attack"],
  ])("keeps %j", (s, type) => {
    expect(eventsOf(s, "2026-03-05").map((e) => e.type)).toContain(type);
  });
});

describe("types by the clause's head", () => {
  it("types a reaction as other and ignores a happening named as the clause's time", () => {
    // The reaction is of no codebook type; the strike it names by a possessive date is a happening of its own (nominal.ts).
    expect(eventsOf("Macron condemned Thursday's missile strike in a post on X.", "2026-03-20").map((e) => [e.type, e.title])).toEqual([
      ["other", "Macron condemns missile strike in post on X"],
      ["missile_drone_strike", "Missile strike"],
    ]);
    expect(eventsOf("Poland scrambled fighter jets on Sunday during the Russian drone attack.", "2025-09-07").map((e) => e.type)).toEqual(["other"]);
    expect(bestTrigger("the two leaders held online talks on Friday", 60)?.type).toBe("summit_talks");
    expect(bestTrigger("the Kremlin rules out a ceasefire", 60)?.type).toBe("rejection");
  });

  it("reads an interview: a question is no happening, a labelled turn's back-reference merges on the same day", () => {
    const ev = eventsOf(
      "The next day, Russia launched more than 300 drones at Ukrainian cities.\n\nMeduza: Why did Moscow agree to come back to the table now?\n\nStanovaya: Putin never left the table.\n\nMeduza: The drone attack came the day after the talks. Was that a message?",
      "2026-05-14",
    );
    expect(ev.map((e) => e.title)).toEqual(["Russia launches more than 300 drones at Ukrainian cities"]);
  });

  it("types a decision by its object: money or arms for a side is aid, a prisoner exchange stays an agreement", () => {
    expect(aidDecision("other", "EU leaders agreed in the early hours of Friday to release a further €45 billion in loans to Ukraine")).toBe(true);
    expect(aidDecision("agreement_ceasefire", "the €90 billion package that leaders first signed off on in December 2025")).toBe(true);
    expect(aidDecision("agreement_ceasefire", "The two sides agreed to exchange 1,000 prisoners of war each")).toBe(false);
    expect(aidDecision("sanctions", "The EU adopted a €2 billion sanctions package")).toBe(false);
    const ev = eventsOf("Russian forces struck Kharkiv on Tuesday. On Wednesday, Tuesday's strike on Kharkiv drew condemnation from European capitals.");
    expect(ev.map((e) => e.type)).toEqual(["missile_drone_strike", "other"]);
    expect(bestTrigger("A Ukrainian counteroffensive in September 2022 drove them out of most of the Kharkiv region", 90)?.type).toBe("ground_advance");
    expect(bestTrigger("the Russian delegation demanded that Kyiv withdraw from the rest of Donetsk region", 90)?.type).toBe("proposal");
  });

  it("keeps the reporting source off a happening's sides and takes a demonym before the trigger as the agent", () => {
    const ev = eventsOf(
      "Ukraine and Russia are at war. Ukrainian drones attacked an oil refinery in Russia's Saratov region overnight on June 8, Governor Roman Busargin said.",
      "2026-06-09",
    );
    const strike = ev.find((e) => e.type === "energy_infrastructure_attack");
    // The governor only reports the strike: he takes part in it (reporter-roles.ts), on neither side.
    expect(strike?.actorRoles).toEqual([{ name: "Ukraine", role: "initiator" }, { name: "Russia", role: "target" }, { name: "Roman Busargin", role: "participant" }]);
    expect(reporterSpans("HUR said its drones had struck the Novoshakhtinsk oil refinery", 20)).toEqual([]);
    expect(reporterSpans("Governor Oleh Synyehubov said two Iskander-M missiles hit a residential area", 40)).toEqual([[0, 30]]);
  });

  it("reads a report after an opening phrase as leading the happening it reports, not attributing it", () => {
    // The whole ", Halvorsen said he had …" is a report only when nothing names the happening before the comma.
    const clause = "On Tuesday, Halvorsen said he had spoken by phone with Ingrid Maalen about the border";
    expect(reporterSpans(clause, null)).toEqual([]);
    expect(reporterSpans("The two leaders met in Oslo on Tuesday, the ministry said.", null)).toEqual([[38, 58]]);
    // No report verb: only the source named by "according to".
    expect(reporterSpans("Two depots burned near Tarnova, according to the regional governor", 4)).toEqual([[32, 66]]);
    const call = eventsOf("Norway and Sweden share a border. Yesterday, Prime Minister Jonas Halvorsen said he had spoken by phone with Swedish President Ingrid Maalen about the border.", "2026-05-06").find((e) => e.type === "phone_call");
    expect(call?.actors).toEqual(expect.arrayContaining(["Jonas Halvorsen", "Ingrid Maalen"]));
  });

  it("keeps a passive with an irregular participle as a happening, not a state", () => {
    const ev = eventsOf("The first tranche of €45 billion was paid out in March. The money is the second half.", "2026-07-17");
    expect(ev.map((e) => [e.date, e.type])).toEqual([["2026-03", "aid_arms_decision"]]);
  });
});

describe("background events in analysis prose", () => {
  it("finds a past happening named in a 'when' clause after a date, at the date's precision", () => {
    const ev = eventsOf("It has been the position since June 2024, when Putin set out his terms in a speech at the Foreign Ministry.", "2026-07-17");
    expect(ev.map((e) => [e.title, e.date, e.datePrecision])).toEqual([["Putin sets out his terms in speech at Foreign Ministry", "2024-06", "month"]]);
  });
  it("does not take a state held since a date for a happening, but keeps the happening a passive perfect names", () => {
    expect(eventsOf("Moscow has held this line since June 2024.", "2026-07-17")).toEqual([]);
    expect(eventsOf("The plant has been occupied by Russian forces since March 2022.", "2025-10-22").map((e) => e.date)).toEqual(["2022-03"]);
  });
  it("reads irregular past verbs from the lexicon", () => {
    expect(hasPastVerb("the delegation withdrew from the talks")).toBe(true);
    expect(hasPastVerb("the delegation withdraws from the talks")).toBe(false);
  });
});

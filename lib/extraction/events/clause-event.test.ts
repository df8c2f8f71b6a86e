import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { reportIn } from "./clause-event";
import { grammarCandidate, looseCandidate } from "./clause-type";

describe("the date of a reported happening", () => {
  it("takes the complement's day over the day of the report", () => {
    const text = "Ukraine's General Staff said on Wednesday that Russian forces had attacked Ukrainian positions 214 times on Tuesday.";
    const events = extractArticle({ text, publishedOn: "2025-12-03", title: "T" }).events;
    expect(events.map((e) => e.date)).toEqual(["2025-12-02"]);
  });
});

describe("the type of a strike", () => {
  const typesOf = (text: string) => extractArticle({ text, publishedOn: "2025-12-03", title: "T", rulesOnly: true, ruleTypesOnly: true }).events.map((e) => e.type);
  it("calls a strike on a port a strike, and one on a power plant an attack on energy", () => {
    expect(typesOf("Russian drones struck port infrastructure in Izmail on Tuesday, damaging two grain terminals.")).toEqual(["missile_drone_strike"]);
    expect(typesOf("Russian missiles struck a thermal power plant in Kharkiv on Tuesday.")).toEqual(["energy_infrastructure_attack"]);
  });
});

describe("the subject a coordinated clause shares", () => {
  it("is not shared by a passive with a subject of its own", () => {
    const text = "Russian drones damaged two barges at the port of Varenko last week, the navy said, and a Liberian-flagged tanker was hit near the coast on Sunday.";
    const events = extractArticle({ text, publishedOn: "2026-11-06", title: "T", rulesOnly: true }).events;
    const tanker = events.find((e) => /tanker/.test(e.title));
    expect(tanker).toBeDefined();
    expect((tanker?.actorRoles ?? []).filter((r) => r.role === "target").map((r) => r.name)).not.toContain("Russia");
  });
  it("is the reported subject for a pluperfect after a report", () => {
    const text = "Judge Ana Petrovic said Marko Bogdanovic had joined a militia in the spring of 2022 and had shelled Lyman in May 2023.";
    const events = extractArticle({ text, publishedOn: "2026-11-06", title: "T", rulesOnly: true }).events;
    const shelling = events.find((e) => /Lyman/.test(e.title));
    expect(shelling?.title).toBe("Bogdanovic shells Lyman");
    expect(shelling?.actorRoles).toEqual([{ name: "Marko Bogdanovic", role: "initiator" }]);
  });
});

describe("looseCandidate", () => {
  it("proposes an undated past-tense clause with an actor", () => {
    expect(looseCandidate("The US has already imposed an extra 25 per cent duty on Indian goods.", "", true)).toBe(true);
  });
  it("reads a report by its complement", () => {
    expect(looseCandidate("It said", " it had filed a new claim in the Moscow court", true)).toBe(true);
    expect(looseCandidate("It said", " it would file a new claim", true)).toBe(false);
  });
  it("leaves out clauses with no actor, a modal, or a question", () => {
    expect(looseCandidate("Prices rose sharply.", "", false)).toBe(false);
    expect(looseCandidate("Europe could have sent troops.", "", true)).toBe(false);
    expect(looseCandidate("Did Moscow reject the offer?", "", true)).toBe(false);
  });
});

describe("a reaction given in a call", () => {
  it("is the call: thanks given by phone", () => {
    const text = "President Emmanuel Macron thanked Prime Minister Pedro Sánchez by phone on Friday for the new air-defence pledge.";
    const events = extractArticle({ text, publishedOn: "2025-12-06", title: "T" }).events;
    expect(events.map((e) => e.type)).toEqual(["phone_call"]);
  });
});

describe("a 'which' relative on a thing", () => {
  it("is titled with its antecedent", () => {
    const text = "Hungary rejected a plan to extend the truce along the border, which expired on June 2 after Russian forces resumed shelling.";
    const titles = extractArticle({ text, publishedOn: "2025-06-10", title: "T", rulesOnly: true }).events.map((e) => e.title);
    expect(titles).toContain("Truce along border expires");
  });
});

describe("a gerund clause", () => {
  it("is titled with the subject it shares, in the present", () => {
    const text = "Chancellor Friedrich Merz travelled to Kyiv by night train on Monday, his second visit since taking office in May 2025.";
    const events = extractArticle({ text, publishedOn: "2025-09-10", title: "T", rulesOnly: true }).events;
    expect(events.map((e) => [e.title, e.type, e.date])).toContainEqual(["Merz takes office", "political_change", "2025-05"]);
  });
});

describe("the main clause resumed after a relative clause", () => {
  it("takes the main clause's date and subject, not the relative's", () => {
    const text = "Irish Prime Minister Micheál Martin visited a children's hospital in Kyiv on Wednesday, which was struck by a Russian missile in July 2024, and laid a wreath at the Wall of Remembrance.";
    const events = extractArticle({ text, publishedOn: "2026-03-05", title: "T", rulesOnly: true, allCandidates: true }).events;
    expect(events.map((e) => [e.title, e.date])).toContainEqual(["Martin lays wreath at Wall of Remembrance", "2026-03-04"]);
  });
});

describe("a verb phrase sharing a subject before it", () => {
  const titlesOf = (text: string) => extractArticle({ text, publishedOn: "2026-03-04", title: "T", rulesOnly: true }).events.map((e) => e.title);
  it("a 'who' relative takes the last actor before it, not the sentence's subject", () => {
    expect(titlesOf("On Monday, President Ingrid Solberg met the envoy Tomas Weiss, who promised 300 generators for the grid.")).toContain("Weiss promises 300 generators for grid");
  });
  it("a second decision after 'and' is titled with the subject it shares", () => {
    expect(titlesOf("In March 2024 Norway blocked the sale of armoured vehicles to Estonia and turned down a Finnish request for howitzers.")).toEqual([
      "Norway blocks sale of armoured vehicles to Estonia",
      "Norway turns down Finnish request for howitzers",
    ]);
  });
  it("a pronoun subject's second verb phrase is titled with the pronoun's antecedent", () => {
    const text = "Norway changed its export law in 2022. A year later, it blocked a sale of rifles to Estonia and turned down a Finnish request for howitzers.";
    expect(titlesOf(text)).toContain("Norway turns down Finnish request for howitzers");
  });
});

describe("a 'which' relative on a named actor", () => {
  it("is that actor's act, and ends where the actor's own report comes", () => {
    const text = "Nordic Steel, which signed a five-year supply deal with Rosneft in December 2024, said on Tuesday that it would keep buying.";
    const events = extractArticle({ text, publishedOn: "2026-03-04", title: "T", rulesOnly: true }).events;
    expect(events.map((e) => [e.title, e.date])).toContainEqual(["Nordic Steel signs five-year supply deal with Rosneft", "2024-12"]);
  });
});

describe("the title of a reported happening", () => {
  it("leaves out the report's weekday ('said on Friday that …')", () => {
    const text = "The regional governor, Marta Kovalenko, said on Friday that two missiles hit a rail depot in Kovel overnight.";
    const titles = extractArticle({ text, publishedOn: "2026-05-09", title: "T", rulesOnly: true }).events.map((e) => e.title);
    expect(titles.some((t) => /^On Friday/i.test(t))).toBe(false);
    expect(titles).toContain("Two missiles hit rail depot in Kovel");
  });
});

describe("grammarCandidate", () => {
  it("proposes a clause with any subject and a past, perfect or passive verb", () => {
    expect(grammarCandidate("One fisherman drowned near the breakwater.", "")).toBe(true);
    expect(grammarCandidate("Local bakers have raised bread prices.", "")).toBe(true);
    expect(grammarCandidate("The pier was damaged overnight.", "")).toBe(true);
  });
  it("reads a report by its complement, where a back-shifted 'would' is a pledge", () => {
    expect(grammarCandidate("The firm said that", " it had sold its stake")).toBe(true);
    expect(grammarCandidate("The town said that", " it would send ten buses")).toBe(true);
    expect(grammarCandidate("The town said that", " it would send ten buses if asked")).toBe(false);
  });
  it("leaves out a bare report, a modal predicate, a question and a clause with no subject", () => {
    expect(grammarCandidate("The mayor said on Friday.", "")).toBe(false);
    expect(grammarCandidate("The council could have closed the road.", "")).toBe(false);
    expect(grammarCandidate("Had the ferry left the harbour?", "")).toBe(false);
    expect(grammarCandidate("after the ferry left", "")).toBe(false);
  });
  it("ignores a modal after the predicate", () => {
    expect(grammarCandidate("The assembly voted for a bill that would ban fireworks.", "")).toBe(true);
  });
});

describe("a report's complement as a loose candidate", () => {
  const looseOf = (text: string) => extractArticle({ text: `Intro line.\n\n${text}`, publishedOn: "2026-03-04", title: "T", allCandidates: true }).events.filter((e) => (e as { loose?: boolean }).loose).map((e) => e.title);
  it("reads a report without 'that' by its complement", () => {
    expect(looseOf("Harbour officials said the coastguard had towed the damaged ferry to port.")).toEqual(["Harbour officials say coastguard towed damaged ferry to port"]);
  });
  it("titles the complement when the report itself leaves no title", () => {
    expect(looseOf("Meanwhile, Brightwater Mills said in a filing to regulators that it had bought two cargoes of wheat.")).toEqual(["It buys two cargoes of wheat"]);
  });
});

describe("reportIn", () => {
  it("splits a report at its 'that' and keeps the complement", () => {
    expect(reportIn("Riga said on Monday that drones had hit a depot")).toMatchObject({ mainEnd: 24, complement: " drones had hit a depot" });
  });
  it("finds the complement of a report without 'that'", () => {
    expect(reportIn("Officials said the army had withdrawn from the town.")).toMatchObject({ reported: null, complement: "the army had withdrawn from the town." });
  });
  it("has no complement without a report", () => {
    expect(reportIn("Norway recalled its ambassador")).toEqual({ reported: null, mainEnd: 30, complement: "" });
  });
});

describe("a clause naming no one, no date and no place", () => {
  const titlesOf = (text: string) => extractArticle({ text, publishedOn: "2026-03-04", title: "T", rulesOnly: true }).events.map((e) => e.title);
  it("is anchored by a dated sentence before it in its paragraph", () => {
    expect(titlesOf("Latvia launched a drone attack on Narva on Friday. Air defence shot down 40 drones.")).toContain("Air defence shoots down 40 drones");
  });
  it("is no event on its own, nor after a dated sentence of another paragraph", () => {
    expect(titlesOf("Air defence shot down 40 drones.")).toEqual([]);
    expect(titlesOf("Latvia launched a drone attack on Narva on Friday.\n\nAir defence shot down 40 drones.")).not.toContain("Air defence shoots down 40 drones");
  });
});

describe("a date phrase placing a clause beside a happening it names", () => {
  it("does not type the clause by that happening ('months ahead of the summit' is no meeting)", () => {
    const text = "The Nordic premiers held a summit in Tromsø on Tuesday.\n\nMonths ahead of the summit, Finnish officials drafted a fisheries plan.";
    const events = extractArticle({ text, publishedOn: "2026-03-12", allCandidates: true }).events;
    expect(events.find((e) => /fisheries plan/.test(e.title))?.type).not.toBe("summit_talks");
    expect(events.find((e) => /premiers hold/i.test(e.title))?.type).toBe("summit_talks");
  });
});

describe("the place of a clause", () => {
  it("is no place named inside a quotation, in each article by its own quotations", () => {
    const locationOf = (text: string) => extractArticle({ text, publishedOn: "2026-05-05", title: "T", rulesOnly: true }).events.map((e) => e.location);
    const quoted = "Russian drones struck a grain terminal on Monday in what the governor called “another attack on Izmail”, officials said.";
    const unquoted = "Russian drones struck a grain terminal on Monday in what the governor called another attack on Izmail, officials said.";
    expect(locationOf(quoted)).toEqual([null]);
    expect(locationOf(unquoted)).toEqual(["Izmail"]);
    expect(locationOf(quoted)).toEqual([null]);
  });
});

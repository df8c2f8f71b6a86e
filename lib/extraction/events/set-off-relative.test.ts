import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { splitClauses } from "./clauses";
import { opensFiniteVerb } from "./finite-clause";
import { withAntecedent } from "./relative";

const events = (body: string) => extractArticle({ text: `Harbour news\n\n${body}\n`, publishedOn: "2026-03-12", title: "T", rulesOnly: true }).events;
const candidates = (body: string) => extractArticle({ text: `Harbour news\n\n${body}\n`, publishedOn: "2026-03-12", title: "T", allCandidates: true }).events;
const titled = (body: string, title: string) => events(body).find((e) => e.title === title);

describe("the verb that ends a relative set off by commas", () => {
  it("is a finite verb: past, auxiliary or present, after any adverb", () => {
    expect(opensFiniteVerb("sparked protests in Lyon")).toBe(true);
    expect(opensFiniteVerb("has repeatedly said that tolls stay")).toBe(true);
    expect(opensFiniteVerb("later closed the pier")).toBe(true);
    expect(opensFiniteVerb("remains shut")).toBe(true);
  });
  it("is an irregular or -ed past the lexicon files as an adjective, before its object", () => {
    expect(opensFiniteVerb("left it on Friday")).toBe(true);
    expect(opensFiniteVerb("lost the harbour road in May")).toBe(true);
    expect(opensFiniteVerb("abandoned them overnight")).toBe(true);
    expect(opensFiniteVerb("left bank districts")).toBe(false);
  });
  it("is no participle before its agent, no -ing form and no noun", () => {
    expect(opensFiniteVerb("owned by a Dutch bank")).toBe(false);
    expect(opensFiniteVerb("including two children")).toBe(false);
    expect(opensFiniteVerb("the mayor said")).toBe(false);
  });
});

describe("a relative set off by commas before its antecedent's verb", () => {
  it("is a clause of its own, and the main clause resumes with the antecedent as its subject", () => {
    const s = "The blast, which killed nine workers, sparked protests in Lyon on Wednesday.";
    const clauses = splitClauses(s, 0, []);
    expect(clauses.map((c) => s.slice(c.start, c.end))).toEqual(["The blast", "killed nine workers", "sparked protests in Lyon on Wednesday."]);
    expect(clauses[1].beforeMainVerb).toBe(true);
    expect(clauses[2].sharedSubject && s.slice(clauses[2].sharedSubject.start, clauses[2].sharedSubject.end)).toBe("The blast");
  });
  it("tells its own happening and leaves the main clause its own ('Berg arrives' and 'Berg meets')", () => {
    const body = "Anna Berg, who arrived in Oslo in 2023, met Danish shipbuilders on Wednesday.";
    expect(titled(body, "Berg arrives in Oslo")?.date).toBe("2023");
    expect(titled(body, "Berg meets Danish shipbuilders")?.date).toBe("2026-03-11");
  });
  it("with a list inside it, leaves the main clause's toll to the antecedent: no mere detail", () => {
    const body = "The storm, which flooded Brest, Lorient and Quimper, killed four fishermen on Sunday.";
    expect(titled(body, "Storm kills four fishermen")?.date).toBe("2026-03-08");
  });
  it("closes before an irregular past: the main clause is a happening of its own", () => {
    const body = "Harbour pilots, who seized the old ferry in 2024, left it at the quay in Brest on Friday.";
    const clauses = splitClauses(body, 0, []);
    expect(clauses.map((c) => body.slice(c.start, c.end))).toEqual(["Harbour pilots", "seized the old ferry in 2024", "left it at the quay in Brest on Friday."]);
  });
  it("undated and in the simple past, takes the main clause's date; its toll is no mere detail", () => {
    expect(titled("The blast, which killed nine workers, sparked protests in Lyon on Wednesday.", "Blast kills nine workers")?.date).toBe("2026-03-11");
  });
  it("the main clause after it is titled with the antecedent, whatever its verb", () => {
    const titles = candidates("China, which signed a lease with Norsk in December 2024, has so far refused Danish requests.").map((e) => e.title);
    expect(titles).toContain("China signs lease with Norsk");
    expect(titles.some((t) => /^China has so far refused/.test(t))).toBe(true);
  });
  it("a relative inside the relative leaves the outer antecedent the main clause's subject", () => {
    const body = "Anna Lind, who founded the Blue Sea fund, which mapped coral reefs off Oman, died in Bergen on Sunday.";
    expect(titled(body, "Lind dies in Bergen")?.date).toBe("2026-03-08");
  });
  it("the main clause after it does not take the relative's date", () => {
    const body = "Turkey, which brokered the 2019 fishing deal together with Norway, has also been invited.";
    const invited = candidates(body).find((e) => /invited/.test(e.title));
    expect(invited?.date).not.toBe("2019");
  });
});

describe("an object relative with a subject of its own", () => {
  it("undated and in the simple past, is a clause of its own when its sentence has a date", () => {
    const s = "In May 2025, Oslo sent a draft truce to Bern, which Stockholm rejected.";
    const clauses = splitClauses(s, 0, [{ start: 0, end: 11 } as never]);
    expect(clauses.map((c) => s.slice(c.start, c.end).trim())).toContain("Stockholm rejected.");
  });
  it("takes its antecedent right after its verb, and a subject may hold 'of'", () => {
    expect(withAntecedent("Lima dismissed for failing to reply", { phrase: "draft", prep: null })).toBe("Lima dismissed draft for failing to reply");
    expect(withAntecedent("the Council of Europe and Lima established in June", { phrase: "court", prep: null })).toBe("the Council of Europe and Lima established court in June");
  });
});

describe("a participle set off by a comma after a noun phrase", () => {
  it("with a date of its own, tells that the noun was acted upon, and the main clause keeps its own happening", () => {
    const titles = candidates("The ship, seized in March, returned to port on Thursday.").map((e) => `${e.date} ${e.title}`);
    expect(titles).toContain("2026-03 Ship seized");
    expect(titles.some((t) => /Ship returns to port/.test(t) && !/seize/i.test(t))).toBe(true);
  });
  it("names its agent after 'by' and ends at its first comma", () => {
    const body = "Chile and Peru agreed in Oslo to widen their joint coral survey, launched in July 2024 by Norway, to include deep reefs.";
    const launched = candidates(body).find((e) => /launched/.test(e.title));
    expect(launched?.title).toBe("Joint coral survey launched by Norway");
    expect(launched?.date).toBe("2024-07");
  });
  it("not without a date of its own, nor after a clause that ends in no noun phrase", () => {
    const s = "The refinery, owned by Norsk, processes oil.";
    expect(splitClauses(s, 0, []).length).toBe(1);
    const t = "He moved to Oslo in 2023, settled in Bergen in 2024 and opened a bakery.";
    expect(splitClauses(t, 0, [{ start: 20, end: 27 } as never, { start: 45, end: 52 } as never]).some((c) => t.slice(c.start, c.end).startsWith("settled"))).toBe(false);
  });
});

describe("a relative set off by commas that only describes its antecedent", () => {
  it("tells no happening and stays out of the main clause's title", () => {
    const titles = events("Lyon, which has 40,000 residents, was shelled on Monday.").map((e) => e.title);
    expect(titles).toContain("Lyon shelled");
    expect(titles.some((t) => /residents/.test(t))).toBe(false);
  });
  it("nor does a perfect one on a person ('who has led the ministry since 2023')", () => {
    const titles = events("Ivo Petrov, who has led the ministry since 2023, resigned on Tuesday.").map((e) => e.title);
    expect(titles).toEqual(["Petrov resigns"]);
  });
});

describe("set-off phrases the review found read wrongly", () => {
  const titles = (text: string) => extractArticle({ text, publishedOn: "2026-11-10", title: "T", rulesOnly: true }).events.map((e) => e.title);
  it("a verb after an apposition is the main verb, not a participle set off", () => {
    expect(titles("Poland's two main allies, Germany and France, pledged on Monday to send more air defence systems.")).toHaveLength(1);
  });
  it("a participle's date may hold a comma before its year", () => {
    expect(titles("The Tromsø grain deal, signed in Bodø on July 22, 2022, collapsed a year later.")[0]).toBe("Tromsø grain deal signed in Bodø");
  });
  it("a relative in the perfect of a happening is no description", () => {
    expect(titles("Vardian troops, who have captured 12 villages since August, advanced near Lunde on Sunday.").length).toBeGreaterThan(0);
  });
  it("a list of verb phrases after a dated first one", () => {
    expect(titles("Vardian forces captured Lunde on Monday, shelled Ostby overnight and then struck Tromsø with drones.")).toHaveLength(3);
  });
});

describe("the comma that closes a set-off phrase, whichever rule took it", () => {
  const rules = (body: string) => extractArticle({ text: `Harbour news\n\n${body}\n`, publishedOn: "2026-03-12", title: "T", rulesOnly: true }).events;
  const parts = (s: string) => splitClauses(s, 0, []).map((c) => s.slice(c.start, c.end));
  it("closes a description before a verb phrase a list would take ('…, which has 9,000 staff, | opened a plant')", () => {
    const found = rules("Norsk Hydro, which has 9,000 staff, opened a smelter in Latvia on Monday.");
    expect(found.map((e) => `${e.date} ${e.title}`)).toEqual(["2026-03-09 Hydro opens smelter in Latvia"]);
    expect(found[0].actors).toContain("Norsk Hydro");
  });
  it("closes a passive relative and gives the main clause its antecedent, not the relative's auxiliary", () => {
    const s = "The shipyard, which was founded in 1987, signed a contract with the navy on Friday.";
    expect(parts(s)).toEqual(["The shipyard", "was founded in 1987", "signed a contract with the navy on Friday."]);
    const last = splitClauses(s, 0, []).at(-1)!;
    expect(last.sharedSubject && s.slice(last.sharedSubject.start, last.sharedSubject.end)).toBe("The shipyard");
    expect(rules(s).map((e) => e.title)).toContain("Shipyard signs contract with navy");
  });
  it("not where the antecedent is an object: the verb after it goes on the clause's list", () => {
    const titles = rules("Vardian troops shelled the port town, which lost power, struck a depot in Ostby on Monday.").map((e) => e.title);
    expect(titles.some((t) => /depot/.test(t))).toBe(true);
    expect(titles.some((t) => /^Port town/.test(t))).toBe(false);
  });
  it("closes a dated participle before a list's verb ('The trawler, seized in May, | struck a mine')", () => {
    expect(rules("The trawler, seized in May, struck a mine off Bodø on Friday.").map((e) => e.title)).toContain("Trawler strikes mine off Bodø");
  });
  it("gives a possessive antecedent to the main clause as its actor", () => {
    const struck = rules("Ukraine's navy, which was rebuilt after 2014, struck a Russian tanker near Crimea on Thursday.").find((e) => /tanker/.test(e.title));
    expect(struck?.title).not.toMatch(/^Was\b/);
    expect(struck?.actorRoles).toContainEqual({ name: "Ukrainian Navy", role: "initiator" });
  });
  it("gives the antecedent to a report after the relative as its actor", () => {
    const found = rules("Russia's defence ministry, which was reorganised in 2024, said its troops took two villages on Sunday.");
    expect(found.find((e) => /villages/.test(e.title))?.actors).toContain("Russian Defence Ministry");
  });
  it("is found after an -ed verb with no object, before a preposition ('advanced near Lunde')", () => {
    expect(opensFiniteVerb("advanced near Lunde on Tuesday")).toBe(true);
    expect(opensFiniteVerb("moved towards the border")).toBe(true);
    const titles = rules("The battalion, which captured 12 villages in August, advanced near Lunde on Tuesday.").map((e) => `${e.date} ${e.title}`);
    expect(titles).toContain("2026-03-10 Battalion advances near Lunde");
    expect(titles.some((t) => /captures 12 villages$/.test(t) && t.startsWith("2025-08"))).toBe(true);
  });
});

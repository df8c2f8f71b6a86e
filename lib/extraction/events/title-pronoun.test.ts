import { describe, expect, it } from "vitest";
import type { EventCtx, FoundEvent } from "./context";
import { extractArticle } from "../index";
import { singularVerb, titleNamingSubject } from "./title-pronoun";

const northland = { name: "Northland", kind: "state" };
const brisk = { name: "Anna Brisk", kind: "person" };
const mills = { name: "Northland Mills", kind: "organization" };
const ctx = { text: "", sentences: [], index: { actors: [northland, brisk, mills], mentions: [] } } as unknown as EventCtx;
const event = (title: string, roles: [string, string][]) =>
  ({ title, start: 0, end: 100, actorRoles: roles.map(([name, role]) => ({ name, role })) }) as unknown as FoundEvent;

describe("a pronoun subject named by the event's roles", () => {
  it("names the one initiator, its verb in the singular", () => {
    expect(titleNamingSubject(ctx, event("They reach the river", [["Northland", "initiator"]]))).toBe("Northland reaches the river");
    expect(titleNamingSubject(ctx, event("She visits the port", [["Anna Brisk", "initiator"]]))).toBe("Brisk visits the port");
    expect(titleNamingSubject(ctx, event("They left the city", [["Northland", "initiator"]]))).toBe("Northland left the city");
  });
  it("keeps the pronoun when the roles leave it open or it stands for a happening", () => {
    expect(titleNamingSubject(ctx, event("They hit two plants", [["Northland", "initiator"], ["Anna Brisk", "initiator"]]))).toBe("They hit two plants");
    expect(titleNamingSubject(ctx, event("He signs a decree", [["Northland", "initiator"]]))).toBe("He signs a decree");
    expect(titleNamingSubject(ctx, event("It comes days before the vote", [["Northland", "initiator"]]))).toBe("It comes days before the vote");
  });
  it("names the actor the actor index resolved the pronoun to, whatever the roles", () => {
    const he = { actor: { name: "Tomas Lind", kind: "person" }, start: 20, end: 22, surface: "he", pronoun: true };
    const withMention = { ...ctx, index: { ...ctx.index, mentions: [he] } } as unknown as EventCtx;
    const title = "He confirms the delivery of two frigates";
    expect(titleNamingSubject(withMention, event(title, [["Northland", "initiator"], ["Anna Brisk", "initiator"]]))).toBe("Lind confirms the delivery of two frigates");
    const unnamed = { ...ctx, index: { ...ctx.index, mentions: [{ ...he, actor: { ...he.actor, unnamed: true } }] } } as unknown as EventCtx;
    expect(titleNamingSubject(unnamed, event(title, []))).toBe(title);
  });
  it("names 'the company' by its one initiator when that is an organisation", () => {
    expect(titleNamingSubject(ctx, event("Company files a complaint with the court", [["Northland Mills", "initiator"]]))).toBe("Northland Mills files a complaint with the court");
    expect(titleNamingSubject(ctx, event("Company receives its largest order", [["Northland", "initiator"]]))).toBe("Company receives its largest order");
  });
  it("keeps the named title within the headline length", () => {
    const long = "It buys crude cargoes from several suppliers for delivery in line with guidelines";
    const named = titleNamingSubject({ text: "", sentences: [], index: { actors: [{ name: "Northland Refining Industries", kind: "company" }], mentions: [] } } as unknown as EventCtx, event(long, [["Northland Refining Industries", "initiator"]]));
    expect(named.startsWith("Northland Refining Industries buys crude cargoes")).toBe(true);
    expect(named.length).toBeLessThanOrEqual(80);
  });
  it("puts the verbs coordinated after the first in the singular too", () => {
    const words = "they seized two farms and flooded a mine";
    const told = { ...ctx, text: words } as unknown as EventCtx;
    const e = { ...event("They seize two farms and flood a mine", [["Northland", "initiator"]]), end: words.length };
    expect(titleNamingSubject(told, e)).toBe("Northland seizes two farms and floods a mine");
  });
  it("puts a bare verb in the third person", () => {
    expect(["agree", "reach", "carry", "go", "have"].map(singularVerb)).toEqual(["agrees", "reaches", "carries", "goes", "has"]);
  });
});

describe("a person's possessive opening the title", () => {
  const rulesTitles = (text: string) => extractArticle({ text, publishedOn: "2026-05-20", title: "T", rulesOnly: true }).events.map((e) => e.title);

  it("is named by the person it stands for, named in the sentences before", () => {
    expect(rulesTitles("Ilse Varga, 41, left Narva in 2024 with her parents. Her brother fought in the Latvian militia and was wounded near Daugavpils in May 2025.")).toContain(
      "Varga's brother fights in Latvian militia",
    );
  });

  it("stays when the sentence before names a subject and another person after it ('X called Y. His …')", () => {
    const titles = rulesTitles("Prime Minister Mara Kolb called President Ivo Reiss on Friday. His ministry later signed a grain deal with Vardo Holdings.");
    expect(titles.find((t) => /ministry signs/i.test(t))).toMatch(/^His ministry signs/);
  });

  it("stays when no person is named before it", () => {
    expect(rulesTitles("Her brother fought in the Latvian militia and was wounded near Daugavpils in May 2025.")).toContain("Her brother fights in Latvian militia");
  });
});

describe("a pronoun subject named by the subject of the clause before it", () => {
  const titles = (text: string) => extractArticle({ text, publishedOn: "2026-05-20", title: "T", rulesOnly: true }).events.map((e) => e.title);
  const gated = (text: string) => extractArticle({ text, publishedOn: "2026-05-20", title: "T" }).events.map((e) => e.title);

  it("names 'its' by the subject opening the sentence ('The Northland Defence Ministry said its troops … were advancing')", () => {
    const text = "T\n\nThe Northland Defence Ministry said on Tuesday that its troops had captured the village of Orlova and were advancing on the town of Belsk.\n";
    expect(titles(text)).toContain("Northland Defence Ministry's troops advance on town of Belsk");
  });

  it("names 'they' by the two actors the sentence opens with ('X and Y met …, when they agreed …')", () => {
    const text = "T\n\nPresident Anna Brisk and Chancellor Tomas Lind last met in Vienna in March, when they agreed to double trade by 2030.\n";
    expect(gated(text)).toContain("Brisk and Lind agree to double trade by 2030");
  });

  it("names no possessor whose name holds its own 'of' ('General Staff of the Army's forces')", () => {
    const text = "T\n\nThe General Staff of the Northland Army said on Tuesday that its troops had captured the village of Orlova and were advancing on the town of Belsk.\n";
    expect(titles(text).some((t) => /Army's troops/.test(t))).toBe(false);
  });
});

describe("'it' for a thing named by the sentence before", () => {
  const titlesOf = (text: string) => extractArticle({ text, publishedOn: "2025-10-22", title: "T", rulesOnly: true }).events.map((e) => e.title);
  it("names the singular subject opening the sentence before", () => {
    const text = "The new ferry terminal was opened in Narva in 2021. It was expanded on 3 May to take freight lorries.";
    expect(titlesOf(text).some((t) => /^Terminal expanded/.test(t))).toBe(true);
  });
  it("keeps 'it' after a plural subject or a sentence that opens otherwise", () => {
    const plural = "Harbour records show the trawler Nord changed hands twice. It was sold on 3 May to a firm in Cyprus.";
    expect(titlesOf(plural).some((t) => /^Harbour records sold/.test(t))).toBe(false);
  });
});

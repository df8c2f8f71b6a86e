import { describe, expect, it } from "vitest";
import { antecedentOf, antecedentVerbIndex, bareNounPhrase, nounPhraseStart, withAntecedent } from "./relative";

const at = (s: string, clause: string) => antecedentOf(s, s.indexOf(clause), 0);

describe("a 'which' relative on a thing is titled with its antecedent", () => {
  it("finds the noun phrase before ', which', with one prepositional phrase", () => {
    const s = "The council rejected a plan to extend the truce along the border, which expired on June 2.";
    expect(at(s, "expired")).toEqual({ phrase: "truce along the border", prep: null });
  });
  it("keeps the preposition of 'from which' / 'in which'", () => {
    const s = "Lisbon signed the fishing accord in 2019, a deal from which Madrid withdrew a year later.";
    expect(at(s, "Madrid withdrew")).toEqual({ phrase: "deal", prep: "from" });
  });
  it("leaves a date after the noun out of the antecedent ('an accord in 2021 that took effect')", () => {
    const s = "Chile and Peru signed a fishing accord in 2021 that took effect this spring.";
    expect(at(s, "took effect")).toEqual({ phrase: "fishing accord", prep: null });
    const t = "Critics attacked the export ban on Monday, which lapsed in May.";
    expect(at(t, "lapsed")).toEqual({ phrase: "export ban", prep: null });
  });
  it("reads past a date that ends the clause before ', which' to a name ('shelled Mozyr on Friday, which …')", () => {
    const s = "Belarusian gunners shelled Mozyr on Friday, which the Polish army had held in 1920.";
    expect(at(s, "the Polish army")).toEqual({ phrase: "Mozyr", prep: null });
  });
  it("is null for a clause that is no 'which' relative", () => {
    const s = "The mayor opened the bridge, and officials closed the road.";
    expect(at(s, "officials")).toBeNull();
  });
  it("puts the antecedent before a verb and after a clause with its own subject", () => {
    expect(withAntecedent("expired on June 2", { phrase: "truce along the border", prep: null })).toBe("truce along the border expired on June 2");
    expect(withAntecedent("Norway accepted", { phrase: "Danish offer of talks", prep: null })).toBe("Norway accepted Danish offer of talks");
    expect(withAntecedent("Madrid withdrew", { phrase: "deal", prep: "from" })).toBe("Madrid withdrew from deal");
  });
});

describe("an object relative keeps its own coordinated subject", () => {
  it("cuts a second verb phrase, not a coordinated subject", () => {
    expect(withAntecedent("Oslo and Bern launched", { phrase: "fund", prep: null })).toBe("Oslo and Bern launched fund");
    expect(withAntecedent("Norway accepted and Sweden did not", { phrase: "offer", prep: null })).toBe("Norway accepted offer");
  });
});

describe("a dated antecedent", () => {
  it("is found without its date", () => {
    const s = "Crowds mourned after the March 3 blast at the mill, which killed four workers.";
    expect(at(s, "killed four")).toEqual({ phrase: "blast at the mill", prep: null });
  });
  it("says where the clause's verb stands once the antecedent goes before it", () => {
    expect(antecedentVerbIndex("sank near the pier", { phrase: "cargo boat", prep: null })).toBe(2);
    expect(antecedentVerbIndex("Norway accepted", { phrase: "offer", prep: null })).toBe(0);
  });
});

describe("an antecedent with no determiner, and 'that'/'who' relatives", () => {
  it("finds a bare plural, a name, a number phrase or a possessive before the pronoun", () => {
    expect(at("Gliders that crossed the lake landed.", "crossed")).toEqual({ phrase: "Gliders", prep: null });
    expect(at("The port hired three divers who had worked on the wreck.", "had worked")).toEqual({ phrase: "three divers", prep: null });
    expect(at("Norway, which closed the strait in May, said more.", "closed")).toEqual({ phrase: "Norway", prep: null });
    expect(at("Oslo said Sweden's ferries that docked late were fined.", "docked")).toEqual({ phrase: "Sweden's ferries", prep: null });
  });
  it("stops at a verb, a conjunction or a determiner, and takes no time as a noun", () => {
    expect(bareNounPhrase("The port sent divers")).toBe("divers");
    expect(bareNounPhrase("pumps and Dutch cargo cranes")).toBe("Dutch cargo cranes");
    expect(bareNounPhrase("in the year")).toBeNull();
    expect(bareNounPhrase("they said")).toBeNull();
  });
  it("leaves a comma-set 'who' to the person named before it", () => {
    expect(at("The mayor met Ana Ruiz, who opened the bridge.", "opened")).toBeNull();
  });
  it("takes the noun phrase before a comma-set 'who' in the passive: the person acted upon", () => {
    const s = "Rescuers found the owner of a bakery in Tartu, who was injured near the harbour in May.";
    expect(at(s, "was injured")).toEqual({ phrase: "owner of a bakery in Tartu", prep: null });
    expect(withAntecedent("was injured near the harbour", { phrase: "owner of a bakery", prep: null })).toBe("owner of a bakery was injured near the harbour");
  });
  it("says where the noun phrase ending a text starts, its determiner included", () => {
    const text = "Oslo said the grain ferries";
    expect(text.slice(nounPhraseStart(text)!)).toBe("the grain ferries");
    expect(nounPhraseStart("Oslo said")).toBeNull();
  });
});

describe("a bare noun phrase after a preposition", () => {
  it("is no antecedent: the phrase it ends is ('Monday's strike on Kharkiv, which …')", () => {
    expect(bareNounPhrase("condemned Monday's strike on Kharkiv")).toBeNull();
  });
});

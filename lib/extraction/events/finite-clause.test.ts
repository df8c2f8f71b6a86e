import { describe, expect, it } from "vitest";
import { bareComplement, openingVerbGroup, pastPredicate, secondFiniteVerbAt } from "./finite-clause";

const aspect = (clause: string, opts = {}) => pastPredicate(clause, opts)?.aspect ?? null;
const subject = (clause: string) => pastPredicate(clause)?.subject ?? null;

describe("pastPredicate", () => {
  it("reads the aspect of the first finite verb", () => {
    expect(aspect("A stray shell fell on a bakery in the old town.")).toBe("past");
    expect(aspect("Coastal farmers have sold their grain to a trader in Varna.")).toBe("perfect");
    expect(aspect("the convoy had crossed the river before dawn")).toBe("pluperfect");
    expect(aspect("The warehouse was hit twice in one night.")).toBe("passive");
    expect(aspect("The bridge has been closed to lorries.")).toBe("passive");
  });
  it("takes a bare past before its object and skips an adjective in the subject", () => {
    expect(aspect("Dutch millers cut their orders by half.")).toBe("past");
    expect(aspect("The armed guards detained two men at the gate.")).toBe("past");
  });
  it("reads a verb that ends the sentence, before its full stop, and keeps a dotted abbreviation one word", () => {
    expect(aspect("The harbour master resigned.")).toBe("past");
    expect(aspect("The U.S. envoy departed on Sunday.")).toBe("past");
  });
  it("reads past connectives and a fronted time phrase", () => {
    expect(aspect("and then the ferry sailed from the harbour")).toBe("past");
    expect(aspect("In 2019, the council approved a new port.")).toBe("past");
  });
  it("finds nothing in a present, modal, copular or progressive clause", () => {
    expect(aspect("The mayor is ready to resign.")).toBeNull();
    expect(aspect("The ministry will raise its fees.")).toBeNull();
    expect(aspect("The ferry was late.")).toBeNull();
    expect(aspect("Wheat futures were trading at $200 a tonne.")).toBeNull();
  });
  it("wants a subject: not a subordinate clause or a participle phrase", () => {
    expect(aspect("after the talks were cancelled")).toBeNull();
    expect(aspect("Speaking on Friday, he signed the order.")).toBeNull();
  });
  it("says what kind of subject it is", () => {
    expect(subject("We moved two batteries to the coast.")).toBe("pronoun");
    expect(subject("Nordland Shipping bought three tankers.")).toBe("name");
    expect(subject("the old ferry sank near the pier")).toBe("np");
  });
  it("reads a back-shifted future only when asked (a report's complement)", () => {
    expect(aspect("it would send ten generators")).toBeNull();
    expect(aspect("it would send ten generators", { future: true })).toBe("future");
    expect(aspect("the plan would be costly", { future: true })).toBeNull();
  });
});

describe("bareComplement", () => {
  it("finds the clause a report without 'that' reports", () => {
    expect(bareComplement("Port officials said the harbour master had closed the north quay.")).toBe("the harbour master had closed the north quay.");
    expect(bareComplement("The ministry said on Friday it would ship ten generators.")).toBe("it would ship ten generators.");
    expect(bareComplement("A spokesman told reporters the convoy was stopped at the bridge.")).toBe("the convoy was stopped at the bridge.");
  });
  it("leaves a report with 'that', a present or modal complement, and a report of nothing", () => {
    expect(bareComplement("The mayor said that the ferry had sailed.")).toBeNull();
    expect(bareComplement("The mayor said the plan is sound.")).toBeNull();
    expect(bareComplement("The mayor said in a statement.")).toBeNull();
  });
});

describe("the verb groups of a relative clause", () => {
  it("reads the group a subject-less clause opens with and the word after it", () => {
    expect(openingVerbGroup("crossed the lake on Friday")).toEqual({ aspect: "past", next: 1, planned: false });
    expect(openingVerbGroup("had been towed to the quay")).toEqual({ aspect: "passive", next: 3, planned: false });
    expect(openingVerbGroup("has not reopened since")).toEqual({ aspect: "perfect", next: 3, planned: false });
    expect(openingVerbGroup("is known for its speed")).toBeNull();
    expect(openingVerbGroup("were planned for Monday were postponed")).toMatchObject({ planned: true });
  });
  it("finds a second finite verb, not one coordinated, a participle before 'by', or one inside a clause", () => {
    const at = (clause: string) => { const i = secondFiniteVerbAt(clause, 1); return i === null ? null : clause.slice(i); };
    expect(at("crossed the lake on Friday landed safely")).toBe("landed safely");
    expect(at("opened on Monday cut prices")).toBe("cut prices");
    expect(at("crossed the lake and landed safely")).toBeNull();
    expect(at("carried grain bought by millers")).toBeNull();
    expect(at("asked where the files were kept")).toBeNull();
    expect(at("towed the barge were fined")).toBe("were fined");
  });
});

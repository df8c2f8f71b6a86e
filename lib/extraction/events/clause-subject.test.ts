import { describe, expect, it } from "vitest";
import { clauseSubject, opensWithPastVerb } from "./clause-subject";
import { clausesOf, eventCtxOf } from "./test-context";
import { maskQuotes } from "../sentences";

/** The subject of each clause of sentence `i`, each clause sharing the subject found before it. */
function subjectsOf(text: string, i = 0) {
  const ctx = eventCtxOf(text);
  const s = ctx.sentences[i];
  const st: { prevSubject?: ReturnType<typeof clauseSubject>; prevLast?: ReturnType<typeof clauseSubject> } = {};
  return clausesOf(ctx, i).map((c) => {
    const mentions = ctx.index.mentions.filter((m) => m.start >= c.start && m.end <= c.end);
    const subject = clauseSubject(ctx, s, c, maskQuotes(ctx, c.start, c.end), { prevSubject: st.prevSubject, prevLast: st.prevLast }, mentions);
    if (subject) st.prevSubject = subject;
    if (mentions.length) st.prevLast = mentions[mentions.length - 1];
    return subject ? `${subject.actor.name}${subject.pronoun ? " (pronoun)" : ""}` : null;
  });
}

describe("clauseSubject", () => {
  it("takes the clause's own first actor", () => {
    expect(subjectsOf("Denmark hosted ministers from Norway and Finland in Aarhus on Tuesday.")).toEqual(["Denmark"]);
  });
  it("shares the subject before with a coordinated verb phrase", () => {
    expect(subjectsOf("Poland closed its border on Monday, and reopened it two days later.")).toEqual(["Poland", "Poland"]);
  });
  it("reads an opening 'it' as the actor the sentence before opens with", () => {
    expect(subjectsOf("Norway froze the accounts in May. A year later, it released them.", 1)).toEqual(["Norway (pronoun)"]);
  });
  it("reads a person set off after a title naming a body as the subject ('The Red Cross field director, Ana Lind, …')", () => {
    expect(subjectsOf("The Red Cross field director in Ukraine, Ana Lind, visited Kherson on Monday.")).toEqual(["Ana Lind"]);
  });
  it("reads the head of a chain of names as the subject a verb phrase shares ('Council Secretary Ana Lind')", () => {
    expect(subjectsOf("The Estonian Security Council Secretary Ana Lind flew to Oslo and announced that Norway would send 40 generators.")).toEqual(["Ana Lind", "Ana Lind"]);
  });
  it("does not share the subject before with a coordinated passive that has a subject of its own", () => {
    expect(subjectsOf("Latvian drones struck a depot on Monday, and a tanker was hit near the coast.")).toEqual(["Latvia", null]);
  });
});

describe("opensWithPastVerb", () => {
  it("is true of a clause opening with a past verb, after an adverb", () => {
    expect(opensWithPastVerb(" then met the mayor")).toBe(true);
    expect(opensWithPastVerb("invited the envoy")).toBe(true);
    expect(opensWithPastVerb(" the talks ended")).toBe(false);
  });
});

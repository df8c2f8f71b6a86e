import { describe, expect, it } from "vitest";
import type { DateMention } from "../dates";
import { extractArticle } from "../index";
import { splitClauses } from "./clauses";
import { datedRestrictiveRelative, mainClauseAfterRelative, opensRestrictiveRelative } from "./restrictive-relative";

/** The text before and after the first relative pronoun of a sentence. */
const parts = (s: string, pronoun: string) => {
  const at = s.indexOf(` ${pronoun} `);
  return [s.slice(0, at), s.slice(at + pronoun.length + 2)] as const;
};
const opens = (s: string, pronoun = "that") => opensRestrictiveRelative(...parts(s, pronoun));
/** A date mention over a phrase of the sentence (only its offsets matter here). */
const dateAt = (s: string, phrase: string) => ({ start: s.indexOf(phrase), end: s.indexOf(phrase) + phrase.length }) as DateMention;

describe("a relative clause without commas on a noun of any shape", () => {
  it("opens after a bare plural, a number or a name, before a verb of something done", () => {
    expect(opens("Gliders that crossed the lake on Friday landed safely.")).toBe(true);
    expect(opens("The port hired three divers who had worked on the wreck in 2019.", "who")).toBe(true);
    expect(opens("Inspectors found a boiler which was damaged in March.", "which")).toBe(true);
  });
  it("not after a verb or a report's adjunct, nor before a state or a present verb", () => {
    expect(opens("The mayor said that rain flooded the square.")).toBe(false);
    expect(opens("The agency wrote in its weekly bulletin that flooded roads closed.")).toBe(false);
    expect(opens("A ferry that is known for its speed docked.")).toBe(false);
    expect(opens("The season that ended in June was dry.")).toBe(false);
  });
  it("resumes the main clause at the second finite verb, not at one inside the relative", () => {
    const [, after] = parts("Gliders that crossed the lake on Friday landed safely.", "that");
    expect(after.slice(mainClauseAfterRelative(after)!)).toBe("landed safely.");
    expect(mainClauseAfterRelative(parts("A clerk who asked where the files were kept resigned.", "who")[1])).toBeNull();
    expect(mainClauseAfterRelative(parts("Rails that carried grain refined from wheat.", "that")[1])).toBeNull();
    expect(mainClauseAfterRelative(parts("A notice that said the pool closed early.", "that")[1])).toBeNull();
  });
  it("is a clause of its own only with a date of its own", () => {
    const dated = "Gliders that crossed the lake on Friday landed safely.";
    const [before, after] = parts(dated, "that");
    expect(datedRestrictiveRelative(before, after, dated.indexOf(after), [dateAt(dated, "on Friday")])).toEqual({ resume: after.indexOf("landed"), planned: false });
    expect(datedRestrictiveRelative(before, after, dated.indexOf(after), [])).toBeNull();
  });
  it("a planned relative is cut, dated or not, only when a main clause resumes after it", () => {
    const planned = "The concert that was planned for dawn was delayed.";
    const [before, after] = parts(planned, "that");
    expect(datedRestrictiveRelative(before, after, planned.indexOf(after), [])).toEqual({ resume: after.indexOf("was delayed"), planned: true });
    const ending = "Crowds met the concert that was planned for dawn.";
    const [head, rest] = parts(ending, "that");
    expect(datedRestrictiveRelative(head, rest, ending.indexOf(rest), [])).toBeNull();
  });
});

describe("the clauses and titles of a dated relative", () => {
  it("splits the relative and the resumed main clause, which shares the relative's noun", () => {
    const s = "Gliders that crossed the lake on Friday landed safely in the dunes.";
    const clauses = splitClauses(s, 0, [dateAt(s, "on Friday")]);
    expect(clauses.map((c) => s.slice(c.start, c.end).trim())).toEqual(["Gliders", "crossed the lake on Friday", "landed safely in the dunes."]);
    expect(clauses[2].sharedSubject && s.slice(clauses[2].sharedSubject.start, clauses[2].sharedSubject.end)).toBe("Gliders");
  });
  it("titles the relative with its noun as the subject", () => {
    const text = "Ferry strike\n\nCoastguard officials said on Thursday that two tugboats that rammed a Norwegian ferry on Tuesday had been seized.\n";
    const titles = extractArticle({ text, publishedOn: "2026-03-12", title: "T", allCandidates: true }).events.map((e) => e.title);
    expect(titles).toContain("Two tugboats ram Norwegian ferry");
  });
  it("the main clause resumed after it is its noun's doing, not the reporter's, when the noun names no actor", () => {
    const text = "Drone parts\n\nKyiv said drones that hit Odesa on Monday carried Iranian parts.\n";
    const titles = extractArticle({ text, publishedOn: "2026-03-12", title: "T", allCandidates: true }).events.map((e) => e.title);
    expect(titles).toContain("Drones carry Iranian parts");
  });
  it("not a relative that tells a happening planned ('talks that were planned for Monday')", () => {
    const text = "Talks delayed\n\nOfficials said the talks that were planned for Monday were postponed.\n";
    const titles = extractArticle({ text, publishedOn: "2026-03-12", title: "T", allCandidates: true }).events.map((e) => e.title);
    expect(titles.some((t) => /planned/i.test(t))).toBe(false);
  });
  it("the main clause after a planned relative is read with the relative's noun as its subject", () => {
    const text = "Summit delayed\n\nDiplomats said the summit that was scheduled for Friday was delayed.\n";
    const titles = extractArticle({ text, publishedOn: "2026-03-12", title: "T", allCandidates: true }).events.map((e) => e.title);
    expect(titles).toContain("Summit delayed");
  });
  it("a bare past before a plural noun resumes the main clause ('… that opened on Monday cut prices')", () => {
    const text = "Ferry line\n\nThe ferry line that opened on Monday cut prices.\n";
    const titles = extractArticle({ text, publishedOn: "2026-03-12", title: "T", allCandidates: true }).events.map((e) => e.title);
    expect(titles).toContain("Ferry line opens");
    expect(titles).toContain("Ferry line cuts prices");
    expect(titles.some((t) => /open.*cut/i.test(t))).toBe(false);
  });
  it("types the relative with its noun as the subject ('tariffs that took effect' are sanctions)", () => {
    const text = "Tariffs\n\nThe tariffs that took effect on Friday raised prices.\n";
    const events = extractArticle({ text, publishedOn: "2026-03-12", title: "T", allCandidates: true }).events;
    expect(events.find((e) => /take effect/i.test(e.title))?.type).toBe("sanctions");
  });
  it("titles the main clause resumed after it with the relative's noun", () => {
    const text = "Ferry strike\n\nTwo tugboats that rammed a Norwegian ferry on Tuesday sank off Bergen on Wednesday.\n";
    const titles = extractArticle({ text, publishedOn: "2026-03-12", title: "T", allCandidates: true }).events.map((e) => e.title);
    expect(titles).toEqual(expect.arrayContaining(["Two tugboats ram Norwegian ferry", "Two tugboats sink off Bergen"]));
  });
});

import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { splitClauses } from "./clauses";

const parts = (s: string) => splitClauses(s, 0, []).map((c) => ({ text: s.slice(c.start, c.end), nested: c.nested, resumesMain: c.resumesMain }));
const events = (text: string) =>
  extractArticle({ text, publishedOn: "2026-03-13", title: "T", rulesOnly: true }).events.map((e) => ({ title: e.title, type: e.type, date: e.date, actors: (e.actorRoles ?? []).map((r) => r.name) }));

describe("an adjunct set off by commas between the subject and its verb", () => {
  it("is closed at its second comma, and the verb phrase after it resumes the main clause", () => {
    expect(parts("The Latvian envoy Ilze Berzina, after touring the port of Riga, signed a lease with the harbour board.")).toEqual([
      { text: "The Latvian envoy Ilze Berzina", nested: false, resumesMain: false },
      { text: "touring the port of Riga", nested: true, resumesMain: false },
      { text: "signed a lease with the harbour board.", nested: false, resumesMain: true },
    ]);
  });
  it("also when the adjunct is a noun phrase or a 'while' clause, and the verb a perfect", () => {
    expect(parts("Danish Foreign Minister Lars Holm, after talks in Oslo, has signed a fisheries pact.").map((p) => p.text)).toEqual([
      "Danish Foreign Minister Lars Holm",
      "talks in Oslo",
      "has signed a fisheries pact.",
    ]);
    expect(parts("The Irish premier Sean Walsh, while visiting Lisbon, opened a trade office.").map((p) => p.text)).toEqual([
      "The Irish premier Sean Walsh",
      "visiting Lisbon",
      "opened a trade office.",
    ]);
  });
  it("is left alone after a clause with a verb of its own, or with no finite verb after it", () => {
    expect(parts("The troops entered the outskirts in June, after taking the town, and dug in.").map((p) => p.text)).toEqual([
      "The troops entered the outskirts in June",
      "taking the town, and dug in.",
    ]);
    expect(parts("Prime Minister Anna Berg, after visiting the plant, praised workers and left.").map((p) => p.text)).toHaveLength(3);
    expect(parts("Prime Minister Anna Berg, after visiting the plant, thanking its workers.").map((p) => p.text)).toHaveLength(2);
  });
  it("gives the main verb its subject: a meeting titled and typed without the adjunct", () => {
    const met = events("Norwegian Prime Minister Erik Dahl, after touring the Equinor gas terminal near Bergen, met Keir Starmer in London on Thursday.").find((e) => /Starmer/.test(e.title));
    expect(met).toMatchObject({ title: "Dahl meets Starmer in London", type: "summit_talks", date: "2026-03-12" });
    expect(met?.actors).toEqual(expect.arrayContaining(["Erik Dahl", "Keir Starmer"]));
  });
});

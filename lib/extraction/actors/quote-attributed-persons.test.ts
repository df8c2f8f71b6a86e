import { describe, expect, it } from "vitest";
import { findActors } from "../actors";
import { findQuotes, splitParagraphs, splitSentences } from "../sentences";
import { quoteAttributedPersons } from "./quote-attributed-persons";
import { Registry } from "./registry";

const stepNames = (text: string) => {
  const r = new Registry(text);
  quoteAttributedPersons(r);
  return [...r.actors.values()].map((a) => a.name);
};

const personsOf = (text: string) => {
  const paragraphs = splitParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  return findActors(text, splitSentences(text, paragraphs, quotes), quotes).actors.filter((a) => a.kind === "person").map((a) => a.name);
};

describe("persons named by a quotation's attribution", () => {
  it("a name after an unlisted capitalised title, before or after the verb, is a person", () => {
    expect(stepNames('"The locks stay shut until the water falls," Harbour Master Jan Wrona said.')).toEqual(["Jan Wrona"]);
    expect(stepNames('"The locks stay shut," said Chief Pilot Imants Ozolins.')).toEqual(["Imants Ozolins"]);
  });

  it("a name the lexicon does not know is a person when a description follows it or its surname recurs alone", () => {
    expect(stepNames('"We cannot carry the cost alone," said Tengiz Abashvili, head of the rail board.')).toEqual(["Tengiz Abashvili"]);
    expect(stepNames('"We cannot carry the cost alone," Tengiz Abashvili said. Abashvili told the agency the fees would rise.')).toEqual(["Tengiz Abashvili"]);
  });

  it("no person from ordinary words, a body's name, a month after a name or a bare two-word name with no other evidence", () => {
    expect(stepNames('"Rates will rise," Radio Liberty said. "Output fell," Trading House said.')).toEqual([]);
    expect(stepNames('"Output fell by a fifth this year," Gazprom Neft said.')).toEqual([]);
    expect(stepNames('"Output fell by a fifth this year," said Wrona Jan.')).toEqual([]);
  });

  it("in the whole finder, the speaker no other step proposed is listed", () => {
    expect(personsOf('"Two ships wait at anchor tonight," Stefan Kirov said.\n\n"The port is open to all traffic today," Harbour Master Jan Wrona said.')).toEqual(["Stefan Kirov", "Jan Wrona"]);
  });
});

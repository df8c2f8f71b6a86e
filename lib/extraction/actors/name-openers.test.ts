import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const extract = (text: string) => extractArticle({ text, publishedOn: "2026-11-04", title: "T" });
const persons = (text: string) => extract(text).actors.filter((a) => a.kind === "person").map((a) => a.name);

describe("words that open a run but no name", () => {
  it("reads a hyphenated title with a lower-case tail as a title ('Co-rapporteur')", () => {
    expect(persons("Co-rapporteur Ilse Vanderstraeten told the chamber that the vote was close.")).toEqual(["Ilse Vanderstraeten"]);
  });

  it("reads a capitalised plural before a name as the tail of an office ('… of Special Services')", () => {
    expect(persons("Minister Coordinator of Special Services Bartosz Kowalczyk said rail security would be increased.")).toEqual(["Bartosz Kowalczyk"]);
  });
});

describe("a kind of company opening a sentence", () => {
  it("reads 'Insurer Brandtwell', 'Consultancy Vantrex' as the company named after what it is, not a person", () => {
    const { actors, statements } = extract("Premiums rose.\n\nConsultancy Vantrex said exports fell in October. Insurer Brandtwell raised its premiums, the company said.");
    expect(actors.map((a) => [a.name, a.kind])).toEqual([["Vantrex", "organization"], ["Brandtwell", "organization"]]);
    expect(statements.map((x) => x.speaker)).toEqual(["Vantrex", "Brandtwell"]);
  });
});

describe("what vouches for a name", () => {
  it("counts a name's words without its particles ('Marta van den Berg')", () => {
    expect(persons("The talks went on.\n\nMarta van den Berg expects the sanctions to bite by spring.")).toEqual(["Marta van den Berg"]);
  });

  it("takes an affiliation set off after the name ('X, of the University of Y, argues')", () => {
    const { actors, statements } = extract("Exports rose.\n\nJoaquim de Sousa Albuquerque, of the University of Lisbon, argues that the deal could favour small exporters.");
    expect(actors.find((a) => a.name === "Joaquim de Sousa Albuquerque")?.kind).toBe("person");
    expect(statements.find((s) => /small exporters/.test(s.quote))?.speaker).toBe("Joaquim de Sousa Albuquerque");
  });

  it("does not take ', of course,' for an affiliation", () => {
    expect(persons("Exports rose.\n\nGrain Corridor, of course, remained open.")).toEqual([]);
  });
});

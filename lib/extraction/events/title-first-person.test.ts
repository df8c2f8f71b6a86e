import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const titles = (text: string) => extractArticle({ text, publishedOn: "2026-05-20", title: "T", allCandidates: true }).events.map((e) => e.title);

describe("a happening its speaker tells in the first person", () => {
  const interview = (answer: string) => `Interview with the envoy\n\nRiga Daily sat down with Latvian envoy Karlis Ozols at the embassy in Abu Dhabi.\n\nRD: How did the exchange go?\n\nKO: ${answer}\n\nRD: And trade?\n\nKO: Trade is growing, and it will grow more.\n`;

  it("is titled by the speaker's name, the verb put to one person ('I signed' → 'Ozols signs')", () => {
    expect(titles(interview("I signed the transfer decree on Monday."))).toContain("Ozols signs transfer decree");
  });

  it("names 'we' by the state the speaker speaks for, not by the speaker ('We sign' → 'Latvia signs')", () => {
    expect(titles(interview("We signed the partnership agreement in January."))).toContain("Latvia signs partnership agreement");
  });

  it("names 'our' by the speaker's state ('Our navy escorts' → 'Latvia's navy escorts')", () => {
    expect(titles(interview("Our navy escorted the grain convoy on Monday."))).toContain("Latvia's navy escorts grain convoy");
  });

  it("keeps 'we' when the speaker's role names no state or body", () => {
    const text = `Interview\n\nRiga Daily spoke to Karlis Ozols, a farmer.\n\nRD: How was the year?\n\nKO: We signed the partnership agreement in January.\n`;
    expect(titles(text)).toContain("We sign partnership agreement");
  });
});

describe("'we' of a speaker whose role names no body, the body told where the article introduces the speaker", () => {
  const interview = (intro: string, answer = "We signed the partnership agreement in January.") => `Interview with the envoy\n\n${intro}\n\nRD: How was the year?\n\nAK: ${answer}\n`;
  it("reads a possessor before the role ('Latvia's ambassador to Chile, Anna Kalnina')", () => {
    expect(titles(interview("Riga Daily sat down with Latvia's ambassador to Chile, Anna Kalnina, at the embassy in Santiago."))).toContain("Latvia signs partnership agreement");
  });

  it("reads the role set off after the name ('Anna Kalnina, Latvia's envoy in Santiago')", () => {
    expect(titles(interview("Anna Kalnina, Latvia's envoy in Santiago, sat down with Riga Daily at the embassy."))).toContain("Latvia signs partnership agreement");
  });

  it("reads 'our' by the company after the role ('Anna Kalnina, chief executive of Centrenergo')", () => {
    const intro = "Riga Daily sat down with Anna Kalnina, chief executive of Centrenergo, at the plant.";
    expect(titles(interview(intro, "Our crews restored the second unit on Monday."))).toContain("Centrenergo's crews restore second unit");
  });
});

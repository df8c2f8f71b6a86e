import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

const extract = (text: string) => extractArticle({ text, publishedOn: "2026-11-04", title: "T" });
const personNamed = (text: string, name: string) => extract(text).actors.find((a) => a.name === name)?.kind;

describe("names with particles and honorifics", () => {
  it("names a person without the honorifics before the name and also with them ('Sheikh …', 'Datuk Seri …')", () => {
    const { actors } = extract("Trade rose in May.\n\nEnvoys met Sheikh Khalid bin Saif in Doha. Malaysian Trade Minister Datuk Seri Rahim Osman said the talks went well.");
    const sheikh = actors.find((a) => a.name === "Khalid bin Saif");
    const datuk = actors.find((a) => a.name === "Rahim Osman");
    expect(sheikh?.aliases).toContain("Sheikh Khalid bin Saif");
    expect(datuk?.aliases).toContain("Datuk Seri Rahim Osman");
    expect(actors.some((a) => a.name.startsWith("Datuk"))).toBe(false);
  });

  it("strips the honorifics down to a one-word name ('Datuk Seri Rahim'), two-word ones too ('Tan Sri Rahim Osman')", () => {
    const { actors, events } = extractArticle({
      text: "Trade rose in May.\n\nTan Sri Halim Yusof and Datuk Seri Rahim met on Monday. Rahim said the meeting went well.",
      publishedOn: "2026-11-04", title: "T", rulesOnly: true,
    });
    expect(actors.filter((a) => a.kind === "person").map((a) => [a.name, a.aliases])).toEqual([
      ["Halim Yusof", expect.arrayContaining(["Tan Sri Halim Yusof"])],
      ["Rahim", expect.arrayContaining(["Datuk Seri Rahim"])],
    ]);
    expect(events.map((e) => e.title)).toContain("Yusof and Rahim meet");
  });

  it("titles a person named after an honorific by the name the article gives, not a patronymic part ('Sheikh Saif')", () => {
    const { events } = extractArticle({
      text: "Trade rose in May.\n\nSheikh Khalid bin Saif received the Chilean trade minister on Tuesday. Sheikh Khalid said the visit went well.",
      publishedOn: "2026-11-04", title: "T", rulesOnly: true,
    });
    expect(events.map((e) => e.title)).toContain("Khalid bin Saif receives Chilean trade minister");
  });

  it("finds Gulf names whose particles ('bin', 'Al') make them longer than four words", () => {
    expect(personNamed("Sheikh Faisal bin Nasser Al Rashid thanked both sides for the exchange.", "Faisal bin Nasser Al Rashid")).toBe("person");
    expect(personNamed("Hamad bin Khalid Al Mansour told reporters the exchange took weeks.", "Hamad bin Khalid Al Mansour")).toBe("person");
  });

  it("makes such a name the speaker of the quotation it closes", () => {
    const { statements } = extract('Mediators met in the capital on Monday.\n\n"We will keep working for calm," said Sheikh Faisal bin Nasser Al Rashid.');
    expect(statements.find((s) => /keep working/.test(s.quote))?.speaker).toBe("Faisal bin Nasser Al Rashid");
  });

  it("keeps European particles inside the name", () => {
    expect(personNamed("Pieter van der Molen said prices rose in the spring.", "Pieter van der Molen")).toBe("person");
  });
});

describe("surnames with particles", () => {
  it("names the same person on later mentions ('van der Molen', 'Van der Molen', 'Al Rashid')", () => {
    const { actors, statements } = extract(
      "Prices rose in May.\n\nPieter van der Molen, an economist, said prices rose. Sheikh Faisal bin Nasser Al Rashid met the envoys.\n\n" +
        "Van der Molen said that he expected more rises. Al Rashid said that the talks would go on.",
    );
    expect(actors.filter((a) => a.kind === "person").map((a) => a.name)).toEqual(["Pieter van der Molen", "Faisal bin Nasser Al Rashid"]);
    expect(statements.find((s) => /more rises/.test(s.quote))?.speaker).toBe("Pieter van der Molen");
    expect(statements.find((s) => /talks would go on/.test(s.quote))?.speaker).toBe("Faisal bin Nasser Al Rashid");
  });
});

describe("honorific titles", () => {
  it("keeps a regnal numeral in a titled name", () => {
    expect(personNamed("Prices rose in May.\n\nKing Haakon IV said that the region needed calm.", "Haakon IV")).toBe("person");
  });

  it("reads an honorific before a first name as the person named in full", () => {
    const { actors, statements } = extract(
      "Prices rose in May.\n\nSheikh Faisal bin Nasser Al Rashid met the envoys on Monday.\n\n\"We are ready,\" said Sheikh Faisal. Jean-Marc Le Brun said that Paris would wait.",
    );
    expect(actors.filter((a) => a.kind === "person").map((a) => a.name)).toEqual(["Faisal bin Nasser Al Rashid", "Jean-Marc Le Brun"]);
    expect(statements.find((s) => /ready/.test(s.quote))?.speaker).toBe("Faisal bin Nasser Al Rashid");
    expect(actors.find((a) => a.name === "Jean-Marc Le Brun")?.aliases).toContain("Le Brun");
  });
});

describe("persons named by one word", () => {
  it("finds an Irish or Scottish surname alone before a reporting verb", () => {
    expect(personNamed("Prices rose again in May.\n\nO'Donnell told reporters the talks were hard.", "O'Donnell")).toBe("person");
    expect(personNamed("Prices rose again in May.\n\nMcAlister said the talks were hard.", "McAlister")).toBe("person");
  });

  it("finds a lone first name set off by a lower-case parenthesis or a 'who' clause", () => {
    expect(personNamed("Prices rose in May.\n\nSvitlana (not her real name) told the paper that she left in March.", "Svitlana")).toBe("person");
    expect(personNamed("Prices rose in May.\n\nTaras, who left in March, said that he would return.", "Taras")).toBe("person");
  });

  it("links a word inside a long full name, used alone later, to that person ('Luiz Inácio Lula da Silva' … 'Lula said')", () => {
    const { actors, statements } = extract("Trade rose in May.\n\nPresident Joaquim Bento Tavinho da Costa spoke with the envoy on Monday. Tavinho said Portugal was ready to host talks.");
    expect(actors.find((a) => a.name === "Joaquim Bento Tavinho da Costa")?.aliases).toContain("Tavinho");
    expect(actors.some((a) => a.name === "Tavinho")).toBe(false);
    expect(statements.find((s) => /ready to host/.test(s.quote))?.speaker).toBe("Joaquim Bento Tavinho da Costa");
  });

  it("keeps a titled person standing 'on' a place out of the place's name, so the later surname is theirs", () => {
    const { actors, statements } = extract("Trade rose in May.\n\nThe premier met Latvian Prime Minister Ilze Karkliņa on Parliament Hill on Tuesday.\n\nKarkliņa said the two countries had signed a memorandum.");
    expect(actors.some((a) => a.name.includes("Karkliņa on"))).toBe(false);
    expect(statements.find((s) => /memorandum/.test(s.quote))?.speaker).toBe("Ilze Karkliņa");
  });

  it("reads a title before the family name of a Korean name, family name first, as that person ('President Park' after 'President Park Min-seok')", () => {
    const { actors, statements } = extract("Trade rose in May.\n\nWhen the envoy spoke with President Park Min-seok in August, he raised the matter again, and President Park said Korea would consider all options.");
    expect(actors.some((a) => a.name === "Park")).toBe(false);
    expect(statements.find((s) => /all options/.test(s.quote))?.speaker).toBe("Park Min-seok");
  });

  it("reads the same title before the first word of a name given family name first as that person ('Premier Wen' after 'Premier Wen Jiabo')", () => {
    const { actors, statements } = extract("Trade rose in May.\n\nPremier Wen Jiabo met the European delegation at the summit. Premier Wen said the talks were frank.");
    expect(actors.some((a) => a.name === "Wen")).toBe(false);
    expect(statements.find((s) => /frank/.test(s.quote))?.speaker).toBe("Wen Jiabo");
  });
});

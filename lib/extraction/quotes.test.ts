import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";

const run = (body: string, publishedOn = "2025-09-09") => extractArticle({ text: body, publishedOn, title: "Test headline" });

describe("statements", () => {
  it("attributes quote-after, quote-before and inverted attributions, in straight and curly quotes", () => {
    const p = run(
      [
        "Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow.",
        '"The ball is in their court," said Peskov.',
        "Ukrainian Foreign Minister Andrii Sybiha told Reuters: “We will not accept ultimatums.”",
      ].join("\n\n"),
    );
    const byQuote = Object.fromEntries(p.statements.map((s) => [s.quote, s]));
    expect(byQuote["The ball is in their court,"]).toMatchObject({ speaker: "Dmitry Peskov", direct: true });
    expect(byQuote["We will not accept ultimatums."]).toMatchObject({ speaker: "Andrii Sybiha", direct: true });
  });

  it("resolves pronoun speakers, split quotes and title-only speakers", () => {
    const p = run(
      [
        "Turkish Foreign Minister Hakan Fidan met his Russian counterpart Sergey Lavrov in Ankara.",
        "“Dialogue is the only way,” he said. “Nobody wins a long war.”",
        "“Navigation must be safe,” the minister said.",
      ].join("\n\n"),
    );
    const speakers = p.statements.filter((s) => s.direct).map((s) => [s.speaker, s.quote]);
    expect(speakers).toEqual([
      ["Hakan Fidan", "Dialogue is the only way,"],
      ["Hakan Fidan", "Nobody wins a long war."],
      ["Hakan Fidan", "Navigation must be safe,"],
    ]);
  });

  it("extracts indirect statements with the reported clause, not marked direct", () => {
    const p = run("Russian President Vladimir Putin warned that any foreign troops in Ukraine would be legitimate targets.\n\nRussia launched 40 drones overnight, Ukraine's air force said.");
    expect(p.statements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ speaker: "Vladimir Putin", direct: false, quote: "any foreign troops in Ukraine would be legitimate targets" }),
        expect.objectContaining({ speaker: "Ukrainian Air Force", direct: false, quote: "Russia launched 40 drones overnight" }),
      ]),
    );
  });

  it("ignores scare quotes and titles with no attribution", () => {
    const p = run("The so-called “Victory Plan” was presented in Kyiv. Türkiye brokered the “grain corridor” deal.");
    expect(p.statements).toEqual([]);
  });

  it("skips statements whose speaker is a vague group", () => {
    const p = run("EU leaders admitted that they need a US “backstop” for the plan to work.");
    expect(p.statements).toEqual([]);
  });

  it("gives spans that slice back to the quote and dates the saying", () => {
    const p = run("President Volodymyr Zelenskiy said on Monday that Ukraine was ready for talks. “We want peace,” he told reporters.");
    expect(p.statements.length).toBe(2);
    for (const s of p.statements) expect(p.body.slice(s.start, s.end)).toBe(s.quote);
    expect(p.statements[0]).toMatchObject({ speaker: "Volodymyr Zelenskiy", saidOn: "2025-09-08", direct: false, quote: "Ukraine was ready for talks" });
    expect(p.statements[1]).toMatchObject({ speaker: "Volodymyr Zelenskiy", direct: true, quote: "We want peace," });
  });

  it("never dates a saying after the paper: the future of the reported clause is not when it was said", () => {
    const undated = run("Chancellor Anna Berger said her government would send another 40 trucks next year and called on partners to follow suit.");
    expect(undated.statements.map((s) => s.saidOn)).toEqual([null, null]);
    const dated = run("Chancellor Anna Berger said on Monday her government would send another 40 trucks next year and called on partners to follow suit.");
    expect(dated.statements.map((s) => s.saidOn)).toEqual(["2025-09-08", "2025-09-08"]);
  });

  it("gives a quote to the person, not to the body named in an apposition or relative clause", () => {
    const p = run(
      [
        '"Safety is hanging by a thread," Rafael Grossi, director general of the International Atomic Energy Agency, told reporters, before he added: "one single line."',
        "External Affairs Minister S. Jaishankar, who met Foreign Minister Sergey Lavrov on Thursday, said the relationship was stable and growing.",
      ].join("\n\n"),
    );
    const by = Object.fromEntries(p.statements.map((s) => [s.quote, s.speaker]));
    expect(by["Safety is hanging by a thread,"]).toBe("Rafael Grossi");
    expect(by["one single line."]).toBe("Rafael Grossi");
    expect(by["the relationship was stable and growing"]).toBe("S. Jaishankar");
  });

  it("resolves 'it said', 'according to him' and 'according to a statement from the governor, X'", () => {
    const p = run(
      [
        "Ukraine's air force said Russia launched 112 drones overnight. Air defences shot down 86 of the drones, it said.",
        "Governor Oleh Kiper said the port was hit. According to him, a kindergarten was damaged.",
        "A drone hit a minibus on Tuesday, killing two people, according to a statement from the Moscow-installed governor, Yevgeny Balitsky.",
      ].join("\n\n"),
    );
    const by = Object.fromEntries(p.statements.map((s) => [s.quote, s.speaker]));
    expect(by["Air defences shot down 86 of the drones"]).toBe("Ukrainian Air Force");
    expect(by["a kindergarten was damaged"]).toBe("Oleh Kiper");
    expect(by["A drone hit a minibus on Tuesday, killing two people"]).toBe("Yevgeny Balitsky");
  });

  it("does not report a clause twice and does not read auxiliaries or participles as reported clauses", () => {
    const p = run(
      [
        'Foreign Minister Sergey Lavrov, for his part, claimed that Kyiv was trying to "derail" contacts with Washington, Russia\'s Foreign Ministry said.',
        "Prime Minister Robert Fico lifted his veto after what he said were concrete commitments from Brussels.",
        '"Safety first," Rafael Grossi told reporters in Vienna, pausing before he answered questions.',
      ].join("\n\n"),
    );
    expect(p.statements.filter((s) => !s.direct).map((s) => [s.speaker, s.quote])).toEqual([
      ["Sergey Lavrov", 'Kyiv was trying to "derail" contacts with Washington'],
    ]);
  });

  it("takes the clause before a mid-sentence attribution and splits coordinated reports", () => {
    const p = run(
      [
        "Governor Elvira Nabiullina said prices were easing. The regulator cut its growth forecast to 1%, Nabiullina said, while warning that the deficit would keep prices high.",
        "Foreign Minister Sergey Lavrov told a press conference that the West had run out of options and claimed that the economy had adapted to sanctions.",
      ].join("\n\n"),
    );
    const quotes = p.statements.map((s) => s.quote);
    expect(quotes).toEqual(expect.arrayContaining([
      "The regulator cut its growth forecast to 1%",
      "the deficit would keep prices high",
      "the West had run out of options",
      "the economy had adapted to sanctions",
    ]));
  });

  it("finds the verb of a long reported subject and ignores coordinated -ing verbs that report nothing", () => {
    const p = run(
      [
        "Foreign Minister Andrii Sybiha said Russia's attacks on energy infrastructure ahead of winter were a deliberate attempt to freeze Ukrainians.",
        "The EU adopted its 19th package on October 23, banning Russian gas and adding another 117 vessels to the list of the so-called shadow fleet.",
      ].join("\n\n"),
    );
    expect(p.statements.map((s) => [s.speaker, s.quote])).toEqual([
      ["Andrii Sybiha", "Russia's attacks on energy infrastructure ahead of winter were a deliberate attempt to freeze Ukrainians"],
    ]);
  });

  it("resolves 'the ministry said' to the ministry named before and shares the subject of coordinated report verbs", () => {
    const p = run(
      [
        "The Russian Defense Ministry said its forces had taken two villages. Air defenses destroyed 118 drones overnight, the ministry said.",
        'Hungarian Foreign Minister Peter Szijjarto said Budapest was ready to host a Russia-US summit and stressed that Hungary would not back new sanctions.',
      ].join("\n\n"),
    );
    const by = Object.fromEntries(p.statements.map((s) => [s.quote, s.speaker]));
    expect(by["Air defenses destroyed 118 drones overnight"]).toBe("Russian Defence Ministry");
    expect(by["Hungary would not back new sanctions"]).toBe("Peter Szijjarto");
  });

  it("takes no scare quotes or single quoted words for statements, but keeps them inside the paraphrase", () => {
    const p = run(
      [
        'US President Donald Trump said on Tuesday that he would make a "big announcement" about Russia.',
        'Russian Foreign Ministry spokeswoman Maria Zakharova called the plan "theft" and said Moscow would respond.',
        'The so-called "Victory Plan" has not been endorsed.',
        'Communications Director Burhanettin Duran wrote on X that the initiative "reflects Türkiye\'s balanced stance."',
      ].join("\n\n"),
    );
    const direct = p.statements.filter((s) => s.direct).map((s) => s.quote);
    expect(direct).not.toContain("big announcement");
    expect(direct).not.toContain("theft");
    expect(direct).not.toContain("Victory Plan");
    expect(direct).toContain("reflects Türkiye's balanced stance.");
    const indirect = p.statements.filter((s) => !s.direct);
    expect(indirect.find((s) => s.speaker === "Donald Trump")?.quote).toBe('he would make a "big announcement" about Russia');
    // The closing quotation mark stays with the words it closes.
    expect(indirect.find((s) => s.speaker === "Burhanettin Duran")?.quote).toBe('the initiative "reflects Türkiye\'s balanced stance."');
  });

  it("resolves she/he in a quote's attribution to the subject, not a possessor, of the sentence before", () => {
    const p = run(
      [
        "Kremlin spokesman Dmitry Peskov spoke to reporters.",
        'Peskov\'s comments came after EU foreign policy chief Kaja Kallas accused Moscow of stalling. "Russia is not serious about peace," she told reporters.',
      ].join("\n\n"),
    );
    expect(p.statements.find((s) => s.quote === "Russia is not serious about peace,")?.speaker).toBe("Kaja Kallas");
  });

  it("splits a sentence at a second speaker's attribution and reads a role named before the person", () => {
    const p = run(
      [
        "Russian drones struck Kharkiv overnight, killing two people, the regional governor said on Wednesday, hours after the talks ended.",
        '"The enemy targeted a residential neighbourhood," Kharkiv governor Oleh Syniehubov said.',
        "German Chancellor Friedrich Merz said Berlin would pay for air defence, and the defence group Rheinmetall announced it would open a plant.",
      ].join("\n\n"),
    );
    const by = (q: string) => p.statements.find((s) => s.quote === q)?.speaker;
    expect(by("Russian drones struck Kharkiv overnight, killing two people")).toBe("Oleh Syniehubov");
    expect(by("Berlin would pay for air defence")).toBe("Friedrich Merz");
    expect(by("it would open a plant")).toBe("Rheinmetall");
  });
});

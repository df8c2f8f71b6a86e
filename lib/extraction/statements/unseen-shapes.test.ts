/** Quotation shapes of outlets the engine was not tuned on (round 21), each on invented sentences. */
import { describe, expect, it } from "vitest";
import { findQuotes, splitParagraphs } from "../sentences";
import { brief, ctxOf } from "./test-context";
import { findDirectStatements } from "./direct";
import { findIndirectStatements } from "./indirect";
import { findInterviewAnswers } from "./interview";

const quoted = (text: string) => findQuotes(text, splitParagraphs(text)).map((q) => text.slice(q.innerStart, q.innerEnd));

describe("statements in unseen shapes", () => {
  it("a person introduced without a reporting verb speaks the quotation that follows in the paragraph", () => {
    const ctx = ctxOf('Marta Kovalenko, a nurse in the ward, shakes her head. "We have run out of beds and we lay people in the corridor."');
    expect(brief(findDirectStatements(ctx))).toEqual([["Marta Kovalenko", "We have run out of beds and we lay people in the corridor."]]);
  });

  it("not a quotation inside its sentence after a sentence about a person (a term, not a remark)", () => {
    const ctx = ctxOf('Putin signed the decree on Monday. "Special military operation" remains the official term, officials said.');
    expect(findDirectStatements(ctx).some((x) => x.speaker.name === "Vladimir Putin")).toBe(false);
  });

  it("a new person introduced in a new paragraph takes the quotation from the previous speaker", () => {
    const ctx = ctxOf(
      '"The pumps still run," Petro Savchuk said.\n\nThe chief engineer, Ilona Berg, walks us to the basement. "This is where we sleep when the sirens start, all forty of us."',
    );
    expect(findDirectStatements(ctx).map((x) => x.speaker.name)).toEqual(["Petro Savchuk", "Ilona Berg"]);
  });

  it("a live blog's line naming a person before the quotation's paragraph names its speaker", () => {
    const ctx = ctxOf('Kharkiv mayor Ivan Terlo:\n\n"Two districts are without water. Crews are working to restore the supply by evening."');
    expect(findDirectStatements(ctx).map((x) => x.speaker.name)).toEqual(["Ivan Terlo"]);
  });

  it("closing marks typed loosely (“…“, „…\") close the quotation before its attribution", () => {
    expect(quoted("“We will keep the depots open“, Karel Novák said. „Nobody leaves\", he added.")).toEqual(["We will keep the depots open", "Nobody leaves"]);
    // An opening mark before a word opens the next quotation, it closes nothing.
    expect(quoted("“We stay” and “we build”.")).toEqual(["We stay", "we build"]);
  });

  it("wire style 'X quoted / cited Y as saying <clause>' without 'that' reports Y's clause", () => {
    const ctx = ctxOf("Interfax cited Deputy Energy Minister Pavel Sorokin as saying the pipeline would be repaired by May.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([["Pavel Sorokin", "the pipeline would be repaired by May"]]);
  });

  it("'<person> of the <body> said': the person speaks, the body only places them", () => {
    const ctx = ctxOf('"Every convoy is a target now," Lena Hartmann of the International Relief Alliance told the radio.');
    expect(findDirectStatements(ctx).map((x) => x.speaker.name)).toEqual(["Lena Hartmann"]);
  });

  it("'according to' a titled or possessed role and the name it introduces cites the person", () => {
    const titled = ctxOf("Two depots burned down overnight, according to Latvian Interior Ministry spokesman Janis Ozols.");
    expect(findIndirectStatements(titled, [], 0).map((x) => x.speaker.name)).toEqual(["Janis Ozols"]);
    const possessed = ctxOf("According to Latvia's ambassador to the OSCE, Ilze Berzina, the vote was postponed.");
    expect(brief(findIndirectStatements(possessed, [], 0))).toEqual([["Ilze Berzina", "the vote was postponed"]]);
  });

  it("an anonymous source described by what it belongs to ('an officer of the brigade') speaks", () => {
    const ctx = ctxOf('"They want the river before the autumn rains," an officer of the brigade told the paper on condition of anonymity.');
    expect(findDirectStatements(ctx).map((x) => x.speaker.name)).toEqual(["an officer of the brigade"]);
  });

  it("'said when announcing the ruling that …': a gerund in a time adjunct does not stop the verb reaching its clause", () => {
    const ctx = ctxOf("Judge Marta Holm said when announcing the ruling that the evidence had shown the defendant fought in the unit.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([["Marta Holm", "the evidence had shown the defendant fought in the unit"]]);
  });

  it("'If …, she said, Europe will …': after a condition, a set-off attribution reports a clause opening with a name", () => {
    const ctx = ctxOf("Analyst Petra Novak spoke in Prague. If the talks fail, she said, Europe will have to pay for the army alone.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([["Petra Novak", "Europe will have to pay for the army alone"]]);
    // After a subject, the set-off attribution needs the subject's verb next: a name opens no report there.
    const listed = ctxOf("The ministry, officials said, Kyiv and Lviv.");
    expect(findIndirectStatements(listed, [], 0)).toEqual([]);
  });

  it("a split quotation whose first part is one or two words is one statement, the comma inside or outside the marks", () => {
    for (const text of ["“The metro,” Mayor Ihor Terekhov said, “is the safest shelter we have.”", "«The metro», Mayor Ihor Terekhov said, «is the safest shelter we have.»"]) {
      expect(brief(findDirectStatements(ctxOf(text)))).toEqual([["Ihor Terekhov", "The metro is the safest shelter we have."]]);
    }
    // A short quoted label in running prose stays a label.
    expect(findDirectStatements(ctxOf("Terekhov called the metro “our shelter”, the city said."))).toEqual([]);
  });

  it("interview initials no label spells out ('IH:') are those of the one person the article names with them", () => {
    const ctx = ctxOf(
      [
        "We spoke to Deputy Minister Iryna Holub about the grid.",
        "MK: How long can the grid hold out this winter?",
        "IH: The grid will hold if the air defence holds.",
        "MK: Will there be blackouts?",
        "IH: Short ones, yes.",
      ].join("\n\n"),
    );
    expect(brief(findInterviewAnswers(ctx, 0).answers)).toEqual([
      ["Iryna Holub", "The grid will hold if the air defence holds."],
      ["Iryna Holub", "Short ones, yes."],
    ]);
  });
  it("a speaker named after a title no list holds keeps the quotation, not the previous speaker", () => {
    const ctx = ctxOf('"Two ships wait at anchor tonight," Stefan Kirov said.\n\n"The port is open to all traffic today," Harbour Master Jan Wrona said.');
    expect(findDirectStatements(ctx).map((x) => x.speaker.name)).toEqual(["Stefan Kirov", "Jan Wrona"]);
  });
  it("'In the words of X,' before a quotation cites X as 'according to X' does", () => {
    const ctx = ctxOf('Trade Minister Aidos Serikbayev met the envoys. In the words of Serikbayev, the pipeline "cannot be held hostage by a war it did not start".');
    expect(brief(findDirectStatements(ctx))).toEqual([["Aidos Serikbayev", "cannot be held hostage by a war it did not start"]]);
  });

  it("'X pointed out that …' reports the clause", () => {
    const ctx = ctxOf("Trade minister Aidos Serikbayev pointed out that the country had never re-exported sanctioned goods.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([["Aidos Serikbayev", "the country had never re-exported sanctioned goods"]]);
  });
  it("'X's office said …': a named person's office speaks, not the person and not nobody", () => {
    const ctx = ctxOf("Prime Minister Aino Virtanen met the envoys on Monday. Virtanen's office said the two sides agreed to extend the grain deal.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([["Virtanen's office", "the two sides agreed to extend the grain deal"]]);
  });
});

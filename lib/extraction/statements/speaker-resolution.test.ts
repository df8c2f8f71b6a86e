/** Who speaks when the text names the speaker only by a role, a pronoun or a name read after the verb: invented sentences. */
import { describe, expect, it } from "vitest";
import { brief, ctxOf } from "./test-context";
import { findDirectStatements } from "./direct";
import { findIndirectStatements } from "./indirect";

describe("the name after a reporting verb", () => {
  it("is no inverted subject when it opens the reported clause ('says Russia is preparing …', 'recalled that Russian drones had …')", () => {
    const ctx = ctxOf("Bulgaria's army chief says Russia is preparing a new offensive in the north.");
    expect(brief(findIndirectStatements(ctx, [], 0)).map(([who]) => who)).not.toContain("Russia");
    const ctx2 = ctxOf("The Bulgarian president recalled that Russian drones had entered Bulgarian airspace ten times.");
    expect(brief(findIndirectStatements(ctx2, [], 0)).map(([who]) => who)).not.toContain("Russia");
    // An inverted subject closing the sentence still speaks.
    const ctx3 = ctxOf("The talks would resume in March, said Ivan Petrov.");
    expect(brief(findIndirectStatements(ctx3, [], 0))).toEqual([["Ivan Petrov", "The talks would resume in March"]]);
    // A described source keeps the participle that modifies it.
    const ctx4 = ctxOf('"Nothing has changed in their position," said a senior Latvian official involved in the talks.');
    expect(brief(findDirectStatements(ctx4))).toEqual([["a senior Latvian official", "Nothing has changed in their position,"]]);
  });
});

describe("a role noun phrase stands for the person the text gave that role", () => {
  it("a pronoun takes up a role noun phrase that was the subject of the sentence before ('The prime minister repeated … she said')", () => {
    const ctx = ctxOf('The Estonian prime minister, Kaja Ruud, met the Irish envoy Declan Murphy on Monday. Murphy praised the plan.\n\nThe prime minister repeated her offer to host talks. "Tallinn is ready to host any meeting that brings peace closer," she said.');
    expect(brief(findDirectStatements(ctx))).toEqual([["Kaja Ruud", "Tallinn is ready to host any meeting that brings peace closer,"]]);
  });

  it("a pronoun after 'The defendant …' takes up the person on trial, not the prosecutor named last", () => {
    const ctx = ctxOf('A court in Brno sentenced Pavel R. to six years on Monday. Prosecutor Tomas Novak said the man had been paid in cryptocurrency.\n\nThe defendant admitted setting the fire. "I needed money for my debts," he told the court.');
    expect(brief(findDirectStatements(ctx))).toEqual([["Pavel R.", "I needed money for my debts,"]]);
  });

  it("a role written in lower case before a name ('Latvia's president Anna Berzina') names its holder for 'the Latvian president'", () => {
    const ctx = ctxOf("Latvia's president Anna Berzina opened the summit in Riga on Tuesday. Leaders from nine states attended.\n\nThe Latvian president recalled that drones had crossed the border twelve times since 2024.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toContainEqual(["Anna Berzina", "drones had crossed the border twelve times since 2024"]);
  });
});

describe("a quotation inside a reported clause", () => {
  it("is the words of the person who reports what a state or body did ('Minister X said Canada condemned “…”')", () => {
    const ctx = ctxOf("Foreign Minister Ingrid Sola said Norway condemned “the shelling of a marked aid convoy” and asked Moscow for an inquiry.");
    expect(brief(findDirectStatements(ctx))).toEqual([["Ingrid Sola", "the shelling of a marked aid convoy"]]);
    // A person reported as saying them keeps the words ("… said Putin had called the plan “…”").
    const ctx2 = ctxOf("Aide Pavel Orlov said Putin had called the plan “a basis for further talks”.");
    expect(brief(findDirectStatements(ctx2))).toEqual([["Vladimir Putin", "a basis for further talks"]]);
  });
});

describe("a quotation a body named", () => {
  it("is the words of the body that called, dubbed or termed it so, not of the person reporting it", () => {
    const ctx = ctxOf("Minister Ingrid Sola said the Nordic Council called the accord “a model for the region”.");
    expect(brief(findDirectStatements(ctx))).toEqual([["Nordic Council", "a model for the region"]]);
    const ctx2 = ctxOf("Foreign Minister Ingrid Sola said Norway dubbed the plan “a dead end”.");
    expect(brief(findDirectStatements(ctx2))).toEqual([["Norway", "a dead end"]]);
  });
});

describe("a he or she no person named before fits", () => {
  it("names no speaker rather than the person the text marks as of the other sex", () => {
    const ctx = ctxOf('Volunteers hand out winter clothes at the centre twice a week. Her brother, Levan, was killed near Bakhmut in January 2023. "I do this for him as well," she says.');
    expect(brief(findDirectStatements(ctx)).map(([who]) => who)).not.toContain("Levan");
  });

  it("is never a state named by its weapons ('said a Greek Mi-17 helicopter crossed …')", () => {
    const ctx = ctxOf("The Turkish coast guard said a Greek Mi-17 helicopter crossed the line on Sunday.");
    expect(brief(findIndirectStatements(ctx, [], 0)).map(([who]) => who)).not.toContain("Greece");
  });
});

import { describe, expect, it } from "vitest";
import { clauseHead, findIndirectStatements, reachToThatClause, untilNextAttribution } from "./indirect";
import { brief, ctxOf } from "./test-context";

const verbAt = (m: string, word: string) => ({ start: m.indexOf(word), end: m.indexOf(word) + word.length, word });

describe("reported clause steps", () => {
  it("reaches a that-clause across an adjunct or an object the verb takes, not across another verb", () => {
    const adjunct = "The mayor said on Friday that the bridge would reopen.";
    expect(adjunct.slice(verbAt(adjunct, "said").end + reachToThatClause(adjunct, verbAt(adjunct, "said"))!)).toBe("the bridge would reopen.");
    const object = "The mayor told councillors that the bridge would reopen.";
    expect(reachToThatClause(object, verbAt(object, "told"))).not.toBeNull();
    const noObject = "The mayor said councillors that the bridge would reopen.";
    expect(reachToThatClause(noObject, verbAt(noObject, "said"))).toBeNull();
    const otherVerb = "The mayor said the engineers found that the bridge was sound.";
    expect(reachToThatClause(otherVerb, verbAt(otherVerb, "said"))).toBeNull();
  });

  it("takes a clause's head across an apposition, a list and a thousands separator", () => {
    expect(clauseHead(" a second ferry, built in Gdansk, was being repaired, the port said")).toBe("a second ferry was being repaired");
    expect(clauseHead(" the towns of Arlo, Benn and Carde lost power, officials said")).toBe("the towns of Arlo and Carde lost power");
    expect(clauseHead(" 4,210 homes had been flooded, he said")).toBe("4210 homes had been flooded");
    // An apposition before a clause that goes on with "and": the words after its second comma are no list item.
    expect(clauseHead(" the pilot, a Dutch citizen, was held by the coast guard and that the plane was impounded")).toBe(
      "the pilot was held by the coast guard and that the plane was impounded",
    );
  });

  it("ends a reported clause where the speaker's next verb or another speaker starts", () => {
    const own = "the dam was safe, and also warned of more rain";
    expect(own.slice(0, untilNextAttribution(own))).toBe("the dam was safe");
    const participle = "the dam was safe, adding that crews were on site";
    expect(participle.slice(0, untilNextAttribution(participle))).toBe("the dam was safe");
    const other = "the dam was safe, while the river authority said levels were falling";
    expect(other.slice(0, untilNextAttribution(other))).toBe("the dam was safe");
    expect(untilNextAttribution("the dam was safe and crews stayed on site")).toBe("the dam was safe and crews stayed on site".length);
    // Another speaker named with a title of more than four words.
    const titled = "the dam was safe, and Regional Water Authority Director Anna Berg said levels were falling";
    expect(titled.slice(0, untilNextAttribution(titled))).toBe("the dam was safe");
    // The speech acts clause splitting knows (events/finite-clause.ts SPEECH_ACT_VERBS) end it too.
    for (const act of ["urged", "demanded", "denied", "condemned", "vowed"]) expect(untilNextAttribution(`the dam was safe and ${act} calm`)).toBe("the dam was safe".length);
  });
});

describe("a weekday's possessive opens a reported clause", () => {
  it("'said Monday's meeting had been …': the possessive is the clause's subject, not the verb's setting", () => {
    const ctx = ctxOf("Anna Berg chaired the talks.\n\nThe negotiator, Anna Berg, said Tuesday's meeting had been useful.");
    expect(brief(findIndirectStatements(ctx, [], 0))).toEqual([["Anna Berg", "Tuesday's meeting had been useful"]]);
  });
});

/** A body named without its state speaks for the state whose officials its sentence names. */
import { describe, expect, it } from "vitest";
import { ctxOf } from "./test-context";
import type { FoundStatement } from "./context";
import { withStateOfSentence } from "./state-of-body";

const TEXT =
  "Minister of Foreign Affairs of Latvia Ilze Kalnina held talks on May 4 with her Finnish counterpart, the Foreign Ministry said.\n\n" +
  "The Estonian Foreign Ministry said last week that Tallinn was following the contacts closely.\n\n" +
  "The Latvian Foreign Ministry later published a photograph of the two ministers.";

/** The statement of the sentence at `sentenceIndex`, credited to the actor named `speaker`, as a finder may have resolved it. */
function statementBy(speaker: string, sentenceIndex: number, text = TEXT): { ctx: ReturnType<typeof ctxOf>; found: FoundStatement } {
  const ctx = ctxOf(text);
  const sentence = ctx.sentences[sentenceIndex];
  const actor = ctx.index.actors.find((a) => a.name === speaker)!;
  const found = { speaker: actor, quote: "", direct: false, start: sentence.start, end: sentence.end, sentence, saidOn: null, saidPrecision: null, saidAt: null, cue: "said" };
  return { ctx, found };
}

describe("withStateOfSentence", () => {
  it("'Minister … of Latvia … , the Foreign Ministry said' credited to Estonia's ministry: Latvia's", () => {
    const { ctx, found } = statementBy("Estonian Foreign Ministry", 0);
    expect(withStateOfSentence(ctx, [found])[0].speaker.name).toBe("Latvian Foreign Ministry");
  });

  it("keeps a body whose own state its sentence names", () => {
    const { ctx, found } = statementBy("Estonian Foreign Ministry", 1);
    expect(withStateOfSentence(ctx, [found])[0].speaker.name).toBe("Estonian Foreign Ministry");
  });

  it("'Minister X met the Latvian minister …, the Foreign Ministry said': the one met is no clue to whose ministry speaks", () => {
    const text =
      "The Latvian Foreign Ministry said on Monday it regretted the decision.\n\n" +
      "The Estonian Foreign Ministry said it had summoned the Latvian envoy.\n\n" +
      "Foreign Minister Margus Tamm met Latvian Foreign Minister Ilze Kalnina in Valga on Tuesday, the Foreign Ministry said.";
    const { ctx, found } = statementBy("Estonian Foreign Ministry", 2, text);
    expect(withStateOfSentence(ctx, [found])[0].speaker.name).toBe("Estonian Foreign Ministry");
  });
});

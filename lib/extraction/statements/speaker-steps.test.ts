/** The steps of speakerOfVerb one by one, on invented sentences: the verb site, the subject before the verb, the speaker after it. */
import { describe, expect, it } from "vitest";
import { ctxOf } from "./test-context";
import { verbsOutsideQuotes } from "./context";
import { speakerAfterVerb } from "./speaker-after";
import { subjectBeforeVerb } from "./subject-before";
import { verbSite } from "./verb-site";

/** The site of the first reporting verb of the text's first sentence. */
function siteOf(text: string) {
  const ctx = ctxOf(text);
  const s = ctx.sentences[0];
  const v = verbsOutsideQuotes(ctx, s.start, s.end)[0];
  return verbSite(ctx, s, v.start, v.end);
}

describe("speakerOfVerb steps", () => {
  it("verbSite: the head is the last word before the verb that is no adverb or auxiliary", () => {
    const site = siteOf("The harbour master has also said the quay will reopen.");
    expect(site.head).toBe("master");
    expect(site.near).toBe("The harbour master");
  });

  it("subjectBeforeVerb: the name before a comma-set apposition, not the body inside it", () => {
    const site = siteOf("Anna Berg, a lawyer at the Vesna Centre, said the court ignored the evidence.");
    expect(subjectBeforeVerb(site)?.name).toBe("Anna Berg");
  });

  it("subjectBeforeVerb: a mention behind a preposition is no subject; the one before it is", () => {
    const site = siteOf("Mayor Piotr Nowak of Gdynia told reporters the port would reopen.");
    expect(subjectBeforeVerb(site)?.name).toBe("Piotr Nowak");
  });

  it("subjectBeforeVerb: 'officials said' names no single speaker", () => {
    const site = siteOf("After the strike on Gdynia, officials said the port would reopen.");
    expect(subjectBeforeVerb(site)).toBeNull();
  });

  it("speakerAfterVerb: the name after the verb, past its title; 'told X' names the listener", () => {
    expect(speakerAfterVerb(siteOf('"The port stays open," said Deputy Foreign Minister Piotr Wrona.'))?.name).toBe("Piotr Wrona");
    expect(speakerAfterVerb(siteOf("The mayor told Anna Berg the port would stay open."))).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { brief, ctxOf } from "./test-context";
import { findIndirectStatements } from "./indirect";

const indirect = (text: string) => brief(findIndirectStatements(ctxOf(text), [], 0));

describe("a coordinated clause whose subject is an unnamed lower-case group", () => {
  it("is not credited to the speaker named earlier in the sentence", () => {
    expect(indirect("Senator Ruth Olsen said the vote was close, and farmers in Kenya said prices had doubled.")).toEqual([
      ["Ruth Olsen", "the vote was close"],
    ]);
  });

  it("while 'and later said' keeps the speaker", () => {
    expect(indirect("Senator Ruth Olsen said the vote was close, and later said a recount was due.")).toContainEqual(["Ruth Olsen", "the vote was close"]);
  });
});

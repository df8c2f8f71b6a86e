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

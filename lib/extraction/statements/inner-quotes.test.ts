import { describe, expect, it } from "vitest";
import { brief, ctxOf } from "./test-context";
import { findDirectStatements } from "./direct";
import { innerQuotes } from "./inner-quotes";

const inner = (text: string) => {
  const ctx = ctxOf(text);
  return brief(innerQuotes(ctx, findDirectStatements(ctx)));
};
const intro = "Nurse Olga Marchenko visits the village twice a week. One of her patients, the farmer Petro Lysenko, stayed through the winter.\n\n";

describe("a quotation inside a quotation", () => {
  it("'He said to me, '…'' is the words of the person named before, not the teller's", () => {
    expect(inner(`${intro}"He said to me, 'I stayed through the shelling, I will stay through this.' Then he asked me for bread," Olga Marchenko said.`)).toEqual([
      ["Petro Lysenko", "I stayed through the shelling, I will stay through this."],
    ]);
  });

  it("an apostrophe inside the words does not close them; the closing comma stays inside", () => {
    expect(inner(`${intro}"He just said: 'We don't leave our cows behind,'" Olga Marchenko said.`)).toEqual([["Petro Lysenko", "We don't leave our cows behind,"]]);
  });

  it("the teller's own earlier words ('I told him, '…'') and a short phrase are no statement of their own", () => {
    expect(inner(`${intro}"I told him, 'You cannot stay here alone.' He said, 'Why not.'" Olga Marchenko said.`)).toEqual([]);
  });

  it("with nobody else named, nobody: the teller did not say it", () => {
    expect(inner(`"He said, 'Mum, the road is closed now.' Then the line went dead," Olga Marchenko said.`)).toEqual([]);
  });
});

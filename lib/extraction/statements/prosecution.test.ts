import { describe, expect, it } from "vitest";
import { brief, ctxOf } from "./test-context";
import { findIndirectStatements } from "./indirect";

const reported = (text: string) => brief(findIndirectStatements(ctxOf(text), [], 0));
const lead = "The Lviv Regional Prosecutor's Office charged a local man with treason in March.";

describe("the prosecution described, not named", () => {
  it("'according to the prosecution' cites the prosecuting body named before", () => {
    expect(reported(`${lead} According to the prosecution, the man photographed two bridges for a handler in Minsk.`)).toContainEqual([
      "Lviv Regional Prosecutor's Office", "the man photographed two bridges for a handler in Minsk",
    ]);
  });

  it("'the prosecutors said' and 'the prosecutor's office later said' speak for it too", () => {
    expect(reported(`${lead} The bridges carry fuel trains to the west, the prosecutors said.`)).toContainEqual(["Lviv Regional Prosecutor's Office", "The bridges carry fuel trains to the west"]);
    expect(reported(`${lead} The prosecutor's office later said the handler had paid him in cryptocurrency.`)).toContainEqual(["Lviv Regional Prosecutor's Office", "the handler had paid him in cryptocurrency"]);
  });

  it("with no prosecuting body named, nobody", () => {
    expect(reported("According to the prosecution, the man photographed two bridges for a handler in Minsk.")).toEqual([]);
  });
});

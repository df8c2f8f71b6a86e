import { describe, expect, it } from "vitest";
import { brief, ctxOf } from "./test-context";
import { findDirectStatements } from "./direct";

const direct = (text: string) => brief(findDirectStatements(ctxOf(text)));

describe("a quotation credited after a dash", () => {
  it("names its speaker with a title before the name", () => {
    expect(direct("The talks ended on Monday. “Our ports will stay open for every grain ship.” — Infrastructure Minister Taras Boiko.")).toEqual([
      ["Taras Boiko", "Our ports will stay open for every grain ship."],
    ]);
  });

  it("not when lower-case words stand between the dash and the name", () => {
    expect(direct("The talks ended on Monday. “Our ports will stay open for every grain ship.” — a promise repeated by Taras Boiko.")).toEqual([]);
  });
});

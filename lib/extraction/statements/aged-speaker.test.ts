import { describe, expect, it } from "vitest";
import { brief, ctxOf } from "./test-context";
import { findDirectStatements } from "./direct";

const direct = (text: string) => brief(findDirectStatements(ctxOf(text)));

describe("a quotation credited to an age ('the 41-year-old said')", () => {
  it("is spoken by the person named last before it", () => {
    expect(direct('Marta Kulyk drives the night ambulance.\n\n"We switch the lights off near the river," the 37-year-old said by phone.')).toEqual([
      ["Marta Kulyk", "We switch the lights off near the river,"],
    ]);
    expect(direct('Marta Kulyk drives the night ambulance. "We switch the lights off near the river," says the 37-year-old from Odesa.')).toEqual([
      ["Marta Kulyk", "We switch the lights off near the river,"],
    ]);
  });

  it("by the person the text gave that age, not a later one of no age", () => {
    expect(direct('Marta Kulyk, 37, drives the ambulance. Her partner Ivan Sokil checks the radio. "We switch the lights off near the river," the 37-year-old said.')).toEqual([
      ["Marta Kulyk", "We switch the lights off near the river,"],
    ]);
  });

  it("not by a person of another age, nor without a reporting verb", () => {
    expect(direct('Marta Kulyk, 52, drives the ambulance. "We switch the lights off near the river," the 37-year-old said.')).toEqual([]);
    expect(direct('Marta Kulyk drives the ambulance. "We switch the lights off near the river," the 37-year-old driver of the van.')).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { brief, ctxOf } from "./test-context";
import { findDirectStatements } from "./direct";

const direct = (text: string) => brief(findDirectStatements(ctxOf(text)));

describe("a quotation credited to an age ('the 41-year-old said')", () => {
  it("is spoken by the person given that age", () => {
    expect(direct('Marta Kulyk, 37, drives the night ambulance.\n\n"We switch the lights off near the river," the 37-year-old said by phone.')).toEqual([
      ["Marta Kulyk", "We switch the lights off near the river,"],
    ]);
    expect(direct('Marta Kulyk, 37, drives the night ambulance. "We switch the lights off near the river," says the 37-year-old from Odesa.')).toEqual([
      ["Marta Kulyk", "We switch the lights off near the river,"],
    ]);
  });

  it("in the shapes 'Oleh, a 35-year-old miner,' and 'Drone operator Andriy, 31,'", () => {
    expect(direct('Stepan, a 44-year-old welder, drove his aunt Liudmyla to Dnipro.\n\n"The road was empty," the 44-year-old said.')).toEqual([
      ["Stepan", "The road was empty,"],
    ]);
    expect(direct('Radio operator Vadym, 27, checked the antenna. His sergeant, Ostap Melnyk, waited.\n\n"It works at night," said the 27-year-old.')).toEqual([
      ["Vadym", "It works at night,"],
    ]);
  });

  it("and by no one when the text gave nobody that age (the person named last is often a relative)", () => {
    expect(direct('Zoia Hnatiuk, a cook from Sumy, left in May with her son Bohdan.\n\n"I miss the garden," the 58-year-old says.')).toEqual([]);
    expect(direct('Larysa Movchan lost her house. Her neighbour Ivan Dzyuba sheltered her.\n\n"I have nothing left," the 63-year-old widow said.')).toEqual([]);
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

  it("with no age given, by the only person named before it", () => {
    expect(direct('Marta Kulyk drives the night ambulance.\n\n"We switch the lights off near the river," the 37-year-old said by phone.')).toEqual([
      ["Marta Kulyk", "We switch the lights off near the river,"],
    ]);
  });
});


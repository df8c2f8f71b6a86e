import { describe, expect, it } from "vitest";
import { looseCandidate } from "./clause-event";

describe("looseCandidate", () => {
  it("proposes an undated past-tense clause with an actor", () => {
    expect(looseCandidate("The US has already imposed an extra 25 per cent duty on Indian goods.", "", true)).toBe(true);
  });
  it("reads a report by its complement", () => {
    expect(looseCandidate("It said", " it had filed a new claim in the Moscow court", true)).toBe(true);
    expect(looseCandidate("It said", " it would file a new claim", true)).toBe(false);
  });
  it("leaves out clauses with no actor, a modal, or a question", () => {
    expect(looseCandidate("Prices rose sharply.", "", false)).toBe(false);
    expect(looseCandidate("Europe could have sent troops.", "", true)).toBe(false);
    expect(looseCandidate("Did Moscow reject the offer?", "", true)).toBe(false);
  });
});

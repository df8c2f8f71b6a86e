import { describe, expect, it } from "vitest";
import { negatedType } from "./negated-type";
import { guardType } from "./type-guards";

describe("negatedType", () => {
  it("types a denied agreement by what is left of the clause", () => {
    expect(negatedType("agreement_ceasefire", "The fourth round of negotiations ended on Friday without agreement on a grain swap")).toBe("summit_talks");
    expect(negatedType("agreement_ceasefire", "the two delegations failed to agree on a truce at the talks in Tbilisi")).toBe("summit_talks");
    expect(negatedType("agreement_ceasefire", "the two governments did not sign the truce on Thursday")).toBe("other");
  });
  it("leaves a type the clause still names outside what it denies", () => {
    expect(negatedType("agreement_ceasefire", "the sides signed a truce without any ceremony")).toBeNull();
    expect(negatedType("missile_drone_strike", "drones struck the depot without warning")).toBeNull();
    expect(negatedType("missile_drone_strike", "no fewer than 40 drones struck the depot")).toBeNull();
  });
  it("denies other types too: strikes not launched, casualties not reported", () => {
    expect(negatedType("casualties", "the governor reported no casualties")).toBe("other");
    expect(negatedType("rejection", "Oslo has not rejected the plan")).toBe("other");
  });
});

describe("guardType on denied or topical agreements", () => {
  it("never calls a failed or denied agreement an agreement", () => {
    expect(guardType("agreement_ceasefire", "The fourth round of negotiations ended on Friday without agreement on a grain swap")).toBe("summit_talks");
    expect(guardType("agreement_ceasefire", "the ministers failed to reach a deal on the tariff")).not.toBe("agreement_ceasefire");
  });
  it("calls talks about a ceasefire talks", () => {
    expect(guardType("agreement_ceasefire", "Negotiations over a truce broke up on Sunday without any deal")).toBe("summit_talks");
    expect(guardType("agreement_ceasefire", "talks on a truce ended with a ceasefire signed by both sides")).toBe("agreement_ceasefire");
  });
});

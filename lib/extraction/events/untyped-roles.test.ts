import { describe, expect, it } from "vitest";
import { companionsTakePart } from "./untyped-roles";

const at = (clause: string) => (name: string) => (clause.includes(name) ? clause.indexOf(name) : null);

describe("roles of a happening of no codebook type", () => {
  it("makes one named after a preposition of company take part", () => {
    const clause = "The minister signed a lease with the port authority of Valdora and thanked Mira Stanek";
    const roles = companionsTakePart("other", clause, [
      { name: "Valdora", role: "target" },
      { name: "Mira Stanek", role: "target" },
    ], at(clause));
    expect(roles.map((r) => r.role)).toEqual(["participant", "target"]);
  });

  it("leaves the sides of a typed happening alone", () => {
    const clause = "Troops clashed with Valdora's border guards";
    expect(companionsTakePart("ground_battle", clause, [{ name: "Valdora", role: "target" }], at(clause))[0].role).toBe("target");
  });
});

import { describe, expect, it } from "vitest";
import { companionsTakePart, sitePlacesDropped } from "./untyped-roles";
import { extractArticle } from "../index";

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

describe("a place where a site stands", () => {
  it("is no side of a happening of no codebook type", () => {
    const clause = "Arvena Metals opened a new smelter in Estonia and hired workers from Latvia";
    const roles = sitePlacesDropped("other", clause, [
      { name: "Estonia", role: "target" },
      { name: "Latvia", role: "target" },
    ], at(clause));
    expect(roles).toEqual([{ name: "Latvia", role: "target" }]);
  });

  it("stays the target of a strike on the site", () => {
    const clause = "Drones struck a refinery in Valdora";
    expect(sitePlacesDropped("energy_infrastructure_attack", clause, [{ name: "Valdora", role: "target" }], at(clause))).toHaveLength(1);
  });

  it("leaves the host country out of an opening told in a whole sentence", () => {
    const [event] = extractArticle({ text: "Rheinmetall opened an ammunition plant in Lithuania on Tuesday.", publishedOn: "2026-03-12", title: "T", rulesOnly: true }).events;
    expect(event.actorRoles).toEqual([{ name: "Rheinmetall", role: "initiator" }]);
  });
});

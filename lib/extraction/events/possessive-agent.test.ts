import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { possessiveAgents } from "./possessive-agent";

describe("the owner of an attack noun", () => {
  it("is the attack's initiator, even after the clause's verb", () => {
    const clause = "The crisis began with Serbia's sudden incursion into Kosovo";
    const roles = possessiveAgents(clause, [{ name: "Serbia", role: "target" }], () => [clause.indexOf("Serbia"), clause.indexOf("Serbia") + 6]);
    expect(roles[0].role).toBe("initiator");
  });

  it("leaves an owner of anything else alone", () => {
    const clause = "The talks began with Serbia's proposal on Kosovo";
    const roles = possessiveAgents(clause, [{ name: "Serbia", role: "target" }], () => [clause.indexOf("Serbia"), clause.indexOf("Serbia") + 6]);
    expect(roles[0].role).toBe("target");
  });

  it("reads the invader, not the invaded, as the initiator of an invasion told after 'began with'", () => {
    const text = "Officials in Serbia and Croatia traded accusations for weeks.\n\nThe war began with Serbia's full-scale invasion of Croatia on March 3.";
    const war = extractArticle({ text, publishedOn: "2026-03-12", title: "T", rulesOnly: true }).events.find((e) => e.title.includes("invasion"));
    expect(war?.actorRoles?.find((r) => r.name === "Serbia")?.role).toBe("initiator");
  });
});

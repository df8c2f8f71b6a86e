import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { brokersLead } from "./brokers";

const roleOf = (roles: { name: string; role: string }[] | undefined, name: string) => roles?.find((r) => r.name === name)?.role;

describe("who brokers a deal leads it", () => {
  const sides = [{ name: "Slovenia", role: "participant" as const }, { name: "Serbia", role: "participant" as const }, { name: "Croatia", role: "participant" as const }];

  it("makes the subject of an active 'brokered' and its partner after 'with' the initiators", () => {
    const clause = "Slovenia brokered the fishing accord with Serbia last spring, ending the dispute with Croatia";
    const at = (name: string) => clause.indexOf(name);
    const roles = brokersLead(clause, sides, at);
    expect(roles.map((r) => r.role)).toEqual(["initiator", "initiator", "participant"]);
  });

  it("makes only the subject of 'brokered' in a relative clause the initiator, not the sides named before it", () => {
    const clause = "Serbia and Croatia swapped 40 detainees each in an exchange that Slovenia brokered";
    const roles = brokersLead(clause, sides, (name) => clause.indexOf(name));
    expect(roles.map((r) => r.role)).toEqual(["initiator", "participant", "participant"]);
  });

  it("says nothing of who leads under a passive", () => {
    const clause = "Serbia and Croatia signed an accord mediated by Slovenia";
    const roles = brokersLead(clause, sides, (name) => clause.indexOf(name));
    expect(roles.every((r) => r.role === "participant")).toBe(true);
  });

  it("reads the state before '-brokered' as the one who leads the talks", () => {
    const text = "Officials in Slovenia, Serbia and Croatia traded accusations for weeks.\n\nSlovenia-brokered talks between Serbia and Croatia produced a ceasefire on Tuesday.";
    const talks = extractArticle({ text, publishedOn: "2026-03-12", title: "T", rulesOnly: true }).events.find((e) => e.title.includes("talks"));
    expect(roleOf(talks?.actorRoles, "Slovenia")).toBe("initiator");
    expect(roleOf(talks?.actorRoles, "Serbia")).toBe("participant");
  });
});

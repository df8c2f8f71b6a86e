import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { namedAsRecipient, recipientsAreTargets } from "./recipients";

const roleOf = (text: string, name: string) =>
  extractArticle({ text, publishedOn: "2026-03-12", title: "T", rulesOnly: true }).events[0]?.actorRoles?.find((r) => r.name === name)?.role;

describe("who aid goes to", () => {
  it("reads a name after 'to' or 'for', or after a verb of giving, as the recipient", () => {
    expect(namedAsRecipient("Norway approved a grant for Moldova", "Norway approved a grant for ".length)).toBe(true);
    expect(namedAsRecipient("Norway has sent Moldova two field hospitals", "Norway has sent ".length)).toBe(true);
    expect(namedAsRecipient("according to Moldova, Norway sent hospitals", "according to ".length)).toBe(false);
    expect(namedAsRecipient("Norway sent hospitals", 0)).toBe(false);
  });

  it("makes the recipient of an aid decision its target, and nobody's role in other happenings", () => {
    const roles = [{ name: "Norway", role: "initiator" as const }, { name: "Moldova", role: "initiator" as const }];
    const clause = "Norway approved $40 million in winter aid for Moldova";
    const at = (n: string) => clause.indexOf(n);
    expect(recipientsAreTargets("aid_arms_decision", clause, roles, at).map((r) => r.role)).toEqual(["initiator", "target"]);
    expect(recipientsAreTargets("summit_talks", clause, roles, at).map((r) => r.role)).toEqual(["initiator", "initiator"]);
  });

  it("reads the first object of a giving verb before the aid noun as the target", () => {
    const text = "Portugal has so far sent Moldova military aid worth about 80 million euros, the ministry said on Monday.";
    expect(roleOf(text, "Portugal")).toBe("initiator");
    expect(roleOf(text, "Moldova")).toBe("target");
  });
});

import { describe, expect, it } from "vitest";
import { reportedCommitment } from "./commitment";

describe("reported commitments", () => {
  it.each([
    ["German Chancellor Friedrich Merz said Berlin would pay for new air defence systems for Ukraine", "aid_arms_decision"],
    ["Macron said France would deliver a new batch of Aster missiles", "aid_arms_decision"],
    ["the defence group Rheinmetall announced it would open an ammunition plant in western Ukraine", "other"],
    ["Lin Jian said China would take necessary measures to protect its companies", "threat_warning"],
    ["Zelensky said Ukraine would expand its long-range strike campaign", "other"],
    ["the minister announced in Riga that Spain would send Kyiv 200 interceptor missiles", "aid_arms_decision"],
    ["he announced that Ukraine and Denmark would open a joint factory for long-range drones", "other"],
    ["the president confirmed that Lithuania would fund a new batch of drones", "aid_arms_decision"],
    ["the drone maker announced it would double production at its plant", "other"],
  ])("%s → %s", (clause, type) => {
    expect(reportedCommitment(clause)?.type).toBe(type);
  });

  it.each([
    ["Zelensky said the money would be spent on drones"],
    ["Peskov said Moscow would remain open to talks"],
    ["Merz told reporters that Europe would pay."],
    ["Diplomats said the talks would take place next week"],
    ["Merz said Berlin paid for the systems"],
  ])("not a commitment: %s", (clause) => {
    expect(reportedCommitment(clause)).toBeNull();
  });

  it("points at the committed verb, so a date after it (the promised time) is not the event's", () => {
    const clause = "Rheinmetall announced it would open a plant next year";
    expect(clause.slice(reportedCommitment(clause)!.pos)).toMatch(/^open/);
  });
});

import { describe, expect, it } from "vitest";
import { commitmentTitle, reportedCommitment } from "./commitment";

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
    ["the premier said Budapest would not contribute to the guarantees", "rejection"],
    ["Zelensky said Ukraine will never recognise the annexation of Crimea", "rejection"],
    ["the spokesman said the government would ask the Commission to act", "proposal"],
    ["he had told other leaders that he would lift his objection if Bratislava received compensation", "proposal"],
    ["Putin said he was ready to meet Zelensky in Moscow", "proposal"],
    ['Peskov said that any Western soldier deployed in Ukraine would be "a legitimate target"', "threat_warning"],
    ["the ministry said that countries hosting the missiles would face serious consequences", "threat_warning"],
    ["Peskov said on Tuesday that Moscow would not hand the plant over to Ukraine", "rejection"],
    ["the spokesman said China opposed the listings and would take necessary measures", "threat_warning"],
    // Told first, its speaker after it, in the speaker's own "will".
    ["Finland will send two more air defence batteries to Kyiv, Defence Minister Anna Lind said on Monday.", "aid_arms_decision"],
    ["Oslo will open a drone plant near Lviv, the ministry announced.", "other"],
  ])("%s → %s", (clause, type) => {
    expect(reportedCommitment(clause)?.type).toBe(type);
  });

  it("reads no fronted 'will' without its speaker after it, nor a forecast of others", () => {
    expect(reportedCommitment("Finland will send two more air defence batteries to Kyiv next month.")).toBeNull();
    expect(reportedCommitment("Prices will rise next year, analysts said.")).toBeNull();
  });

  it("titles a fronted commitment without its speaker", () => {
    const clause = "Finland will send two more air defence batteries to Kyiv, Anna Lind said on Monday";
    expect(commitmentTitle(clause, { type: "aid_arms_decision", pos: 0 })).toBe("Finland will send two more air defence batteries to Kyiv");
  });

  it.each([
    ["Zelensky said the money would be spent on drones"],
    ["Peskov said Moscow would remain open to talks"],
    ["Merz told reporters that Europe would pay."],
    ["Diplomats said the talks would take place next week"],
    ["Merz said Berlin paid for the systems"],
    ["Diplomats said Hungary would support the deal"],
    ["analysts said the rouble was ready to fall further"],
    ["Zelensky said Ukraine will never accept a peace deal that required it to give up territory"],
    ["Sybiha insisted that Kyiv will not accept agreements reached without its participation"],
  ])("not a commitment: %s", (clause) => {
    expect(reportedCommitment(clause)).toBeNull();
  });

  it("finds a threat whose words are quoted, in the clause with its quotations", () => {
    const raw = 'Peskov said the troops would be "legitimate targets" there';
    const masked = raw.replace(/"[^"]*"/, (q) => " ".repeat(q.length));
    expect(reportedCommitment(masked)).toBeNull();
    expect(reportedCommitment(masked, raw)?.type).toBe("threat_warning");
  });

  it("titles a pledge in the future and a threat as a warning", () => {
    expect(commitmentTitle("Berlin would pay for air defence", { type: "aid_arms_decision", pos: 0 })).toBe("Berlin will pay for air defence");
    expect(commitmentTitle("Peskov says that Western troops would be targets", { type: "threat_warning", pos: 0 })).toBe("Peskov warns Western troops would be targets");
    const clause = 'Medvedev wrote on his Telegram channel that any European troops deployed to Ukraine would be "a legitimate target"';
    const threat = reportedCommitment(clause)!;
    expect(commitmentTitle("Medvedev writes on his Telegram channel", threat)).toBe("Medvedev warns any European troops would be a legitimate target");
  });

  it("points at the committed verb, so a date after it (the promised time) is not the event's", () => {
    const clause = "Rheinmetall announced it would open a plant next year";
    expect(clause.slice(reportedCommitment(clause)!.pos)).toMatch(/^open/);
  });
});

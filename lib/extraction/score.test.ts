import { describe, expect, it } from "vitest";
import { dice, scoreProposal, tokens } from "./score";

describe("score", () => {
  it("normalises quotes and punctuation before comparing words", () => {
    expect(tokens("“Destabilising.”")).toEqual(["destabilising"]);
    expect(dice(tokens("the Kremlin will not accept"), tokens("the Kremlin will not accept it"))).toBeCloseTo(10 / 11);
  });

  it("matches statements one-to-one and measures speakers, dates and actors", () => {
    const s = scoreProposal(
      {
        actors: [{ name: "Vladimir Putin", aliases: ["Putin"] }, { name: "Kremlin", aliases: [] }],
        statements: [
          { speaker: "Vladimir Putin", quote: "legitimate targets", direct: true },
          { speaker: "Kremlin", quote: "legitimate targets", direct: true },
          { speaker: "Kremlin", quote: "by force.", direct: true },
        ],
        events: [{ title: "Putin warns at the forum", date: "2025-09-05", dateText: "on September 5", actors: ["Vladimir Putin"] }],
      },
      {
        actors: [{ name: "Vladimir Putin" }, { name: "Bankova" }],
        statements: [
          { speaker: "Putin", quote: "“legitimate targets”", direct: true },
          { speaker: "Vladimir Putin", quote: "by force", direct: true },
        ],
        events: [
          { title: "Putin speaks at the forum", date: "2025-09-05", dateText: "on September 5", actors: ["Vladimir Putin"] },
          { title: "Idea abandoned", date: "2025-04", dateText: "in April", actors: [] },
        ],
      },
    );
    expect(s.statements).toMatchObject({ matched: 2, proposed: 3, expected: 2, recall: 1 });
    expect(s.statements.precision).toBeCloseTo(2 / 3);
    expect(s.speakerAccuracy).toBe(0.5);
    expect(s.directRecall).toBe(1);
    expect(s.eventRecall).toBe(0.5);
    expect(s.eventDateAccuracy).toBe(0.5);
    expect(s.actorRecall).toBe(0.5);
    expect(s.missedActors).toEqual(["Bankova"]);
  });
});

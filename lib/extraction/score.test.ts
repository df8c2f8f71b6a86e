import { describe, expect, it } from "vitest";
import { dice, scoreMetadata, scoreProposal, tokens } from "./score";

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
    expect(s.eventDateAccuracy).toBe(1);
    expect(s.datedEventRecall).toBe(0.5);
    expect(s.actorRecall).toBe(0.5);
    expect(s.missedActors).toEqual(["Bankova"]);
  });

  it("measures event precision, types, roles and actor precision", () => {
    const s = scoreProposal(
      {
        actors: [{ name: "Donald Trump", aliases: ["Trump"] }, { name: "Vladimir Putin", aliases: [] }, { name: "Four Tajiks", aliases: [] }],
        statements: [],
        events: [
          { title: "Trump and Putin hold phone call", date: "2025-08-01", dateText: "on Friday", actors: ["Donald Trump", "Vladimir Putin"], type: "summit_talks",
            actorRoles: [{ name: "Donald Trump", role: "initiator" }, { name: "Vladimir Putin", role: "participant" }] },
          { title: "Analysts doubt the talks", date: null, dateText: null, actors: [], type: "other" },
          { title: "Russia strikes Kyiv overnight", date: "2025-08-02", dateText: "overnight", actors: [], type: "phone_call" },
        ],
      },
      {
        actors: [{ name: "Donald Trump" }, { name: "Putin", aliases: ["Vladimir Putin"] }],
        statements: [],
        events: [
          { title: "Trump and Putin hold two-hour phone call", date: "2025-08-01", actors: ["Trump"], type: "phone_call", acceptTypes: ["summit_talks"],
            roles: { Trump: "initiator", Putin: "target" } },
          { title: "Russia strikes Kyiv", date: "2025-08-03", actors: [], type: "missile_drone_strike" },
          { title: "Zelensky visits Berlin", date: "2025-08", actors: [], type: "summit_talks" },
        ],
      },
    );
    expect(s.eventRecall).toBeCloseTo(2 / 3);
    expect(s.eventPrecision).toBeCloseTo(2 / 3);
    expect(s.eventDateAccuracy).toBe(0.5);
    expect(s.datedEventRecall).toBeCloseTo(1 / 3);
    expect(s.eventTypeAccuracy).toBe(0.5);
    expect(s.wrongTypes).toEqual([{ title: "Russia strikes Kyiv", expected: "missile_drone_strike", proposed: "phone_call" }]);
    expect(s.eventRoleAccuracy).toBe(0.5);
    expect(s.extraEvents).toEqual([{ title: "Analysts doubt the talks", date: null }]);
    expect(s.actorPrecision).toBeCloseTo(2 / 3);
    expect(s.extraActors).toEqual(["Four Tajiks"]);
  });

  it("compares article metadata and flags clipped titles", () => {
    const m = scoreMetadata(
      { title: "Drones hit  Odesa", author: "Hanna Arhirova", dateline: "KYIV", publishedOn: "2025-10-22", publication: null },
      { title: "Drones hit Odesa", author: "Hanna Arhirova", dateline: "Kyiv", publishedOn: "2025-10-21", publication: "Associated Press" },
    );
    expect(m.correct).toBe(3);
    expect(m.wrong.map((w) => w.field)).toEqual(["publishedOn", "publication"]);
  });
});

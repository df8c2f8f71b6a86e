import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import { meetingPlaceStates } from "./meeting-places";

describe("the state a meeting is held in", () => {
  it("reads a capital after 'in', 'to' or a visit as the place of the meeting", () => {
    expect(meetingPlaceStates("Nowak visited Lisbon on Monday")).toEqual(["Portugal"]);
    expect(meetingPlaceStates("during a visit to Chisinau")).toEqual(["Moldova"]);
    expect(meetingPlaceStates("the ministers met in Lisbon and Chisinau")).toEqual(["Portugal", "Moldova"]);
    expect(meetingPlaceStates("Lisbon's envoy met Nowak")).toEqual([]);
  });

  it("makes the state visited a participant of the visit", () => {
    const text = "Portugal backs Moldova.\n\nPolish President Jan Nowak visited Lisbon on Monday for talks on grain.";
    const visit = extractArticle({ text, publishedOn: "2026-03-12", title: "T", rulesOnly: true }).events.find((e) => e.type === "summit_talks");
    expect(visit?.actorRoles?.find((r) => r.name === "Portugal")?.role).toBe("participant");
  });
});

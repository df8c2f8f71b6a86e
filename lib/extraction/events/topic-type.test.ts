import { describe, expect, it } from "vitest";
import { topicType } from "./topic-type";

describe("topicType", () => {
  it("calls a clause that only speaks about a happening other", () => {
    expect(topicType("missile_drone_strike", "The envoy spoke about the drone strike at a briefing in Vilnius")).toBe("other");
    expect(topicType("sanctions", "the Slovak premier commented on the sanctions on Thursday")).toBe("other");
    expect(topicType("agreement_ceasefire", "the governor called the truce a trap")).toBe("other");
    expect(topicType("aid_arms_decision", "Kyiv described the aid package as too small")).toBe("other");
    expect(topicType("agreement_ceasefire", "the admiral referred to the truce during his speech")).toBe("other");
  });
  it("keeps the type the clause names outside what it speaks about", () => {
    expect(topicType("phone_call", "Orban spoke with Erdogan by phone about the sanctions")).toBeNull();
    expect(topicType("missile_drone_strike", "drones struck the port, the governor said, and he wrote about the strike")).toBeNull();
    expect(topicType("missile_drone_strike", "Russian drones struck a depot in Sumy")).toBeNull();
  });
});

describe("topicType, the rest of the clause", () => {
  it("does not read a call on the phone as a topic, nor take a type from an adverbial clause", () => {
    expect(topicType("phone_call", "Kallas spoke on the phone with Sandu about the sanctions")).toBeNull();
    expect(topicType("proposal", "The Latvian side presented it as a rout")).toBe("other");
    expect(topicType("agreement_ceasefire", "the envoy called the truce a ruse while drones kept hitting the port")).toBe("other");
  });
});

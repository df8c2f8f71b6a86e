import { describe, expect, it } from "vitest";
import { reportIn } from "./clause-event";
import { realTrigger } from "./real-trigger";
import { extractArticle } from "../index";

const triggerOf = (clause: string) => {
  const r = reportIn(clause);
  return realTrigger(clause, r.mainEnd, r.reported);
};

describe("the trigger of the clause's own predicate", () => {
  it("outranks a topic named in its object or an adjunct", () => {
    expect(triggerOf("Oslo offered Tallinn as a venue for negotiations on fishing quotas.")?.type).toBe("proposal");
    expect(triggerOf("Diplomats said that Oslo had offered Tallinn as a venue for negotiations.")?.type).toBe("proposal");
  });
  it("leaves a happening the subject names, deaths it caused and a relative on the subject", () => {
    expect(triggerOf("A missile strike on the depot in Rivne killed two guards on Friday.")?.type).toBe("missile_drone_strike");
    expect(triggerOf("Two guards died when missiles struck the depot in Rivne.")?.type).toBe("missile_drone_strike");
    expect(triggerOf("Minister Berg, whose ministry hosted talks in Oslo last year, spoke by phone with Lindqvist.")?.type).toBe("phone_call");
  });
  it("types the clause's event by it", () => {
    const text = "Oslo offered Tallinn as a venue for negotiations on fishing quotas on Monday.";
    const events = extractArticle({ text, publishedOn: "2026-05-20", title: "T", rulesOnly: true }).events;
    expect(events.map((e) => e.type)).toEqual(["proposal"]);
  });
  it("reads past a participle that only modifies the subject's noun to the clause's verb", () => {
    expect(triggerOf("A sanctioned trawler unloaded fish in Tromsø after the meeting.")?.type).not.toBe("sanctions");
    expect(triggerOf("The sanctioned trawler unloaded fish in Tromsø after the meeting.")?.pos).toBe("The sanctioned trawler ".length);
  });
});

import { describe, expect, it } from "vitest";
import { reportIn } from "./clause-event";
import { realTrigger } from "./real-trigger";

const triggerOf = (clause: string) => {
  const r = reportIn(clause);
  return realTrigger(clause, r.mainEnd, r.reported);
};

describe("realTrigger", () => {
  it("keeps a trigger that tells something done", () => {
    expect(triggerOf("Poland imposed sanctions on Belarus on Monday.")?.type).toBe("sanctions");
  });
  it("drops one under a modal or a plan", () => {
    expect(triggerOf("Poland will impose sanctions on Belarus.")).toBeNull();
    expect(triggerOf("Poland plans to impose sanctions on Belarus.")).toBeNull();
    expect(triggerOf("Warsaw said that it would impose sanctions on Minsk")).toBeNull();
  });
  it("keeps a reported pledge of aid", () => {
    expect(triggerOf("Poland said that it would send aid to Lviv")?.type).toBe("aid_arms_decision");
  });
  it("makes a reaction before the trigger the happening, of no codebook type", () => {
    expect(triggerOf("Lithuania condemned the drone strike on Vilnius")).toMatchObject({ type: "other", pos: 10 });
  });
});

import { describe, expect, it } from "vitest";
import type { EventType, FoundEvent } from "./context";
import { addUsualTargets, commonTarget } from "./usual-targets";

const event = (type: EventType, roles: [string, "initiator" | "target"][]): FoundEvent => ({
  title: "t", type, date: null, datePrecision: "unknown", dateText: null, location: null, fatalities: null,
  start: 0, end: 10, actors: roles.map(([n]) => n), actorRoles: roles.map(([name, role]) => ({ name, role })),
});
const states = (...names: string[]) => (n: string) => names.includes(n);

describe("sanctions and aid aimed at no state", () => {
  it("are aimed at the state the article's others of that kind name most often", () => {
    const told = [event("sanctions", [["Norway", "initiator"], ["India", "target"]]), event("sanctions", [["Norway", "initiator"], ["India", "target"]])];
    const bare = event("sanctions", [["Norway", "initiator"]]);
    expect(commonTarget(told, "sanctions", states("Norway", "India"))).toBe("India");
    addUsualTargets([...told, bare], states("Norway", "India", "Russia"));
    expect(bare.actorRoles).toContainEqual({ name: "India", role: "target" });
  });

  it("else at the war's usual side, when the article names it, and never twice or against a named state", () => {
    const aid = event("aid_arms_decision", [["Norway", "initiator"]]);
    const toMoldova = event("aid_arms_decision", [["Norway", "initiator"], ["Moldova", "target"]]);
    const byUkraine = event("sanctions", [["Ukraine", "initiator"]]);
    addUsualTargets([aid, byUkraine], states("Norway", "Ukraine"));
    expect(aid.actorRoles).toContainEqual({ name: "Ukraine", role: "target" });
    expect(byUkraine.actorRoles).toHaveLength(1);
    addUsualTargets([toMoldova], states("Norway", "Moldova", "Ukraine"));
    expect(toMoldova.actorRoles).toHaveLength(2);
  });
});

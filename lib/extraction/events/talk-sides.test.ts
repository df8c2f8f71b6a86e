import { describe, expect, it } from "vitest";
import type { EventRole, EventType, FoundEvent } from "./context";
import { inheritTalkSides } from "./talk-sides";

const event = (start: number, end: number, type: EventType, roles: [string, EventRole][]): FoundEvent => ({
  title: "t", type, date: null, datePrecision: "unknown", dateText: null, location: null, fatalities: null,
  start, end, actors: roles.map(([n]) => n), actorRoles: roles.map(([name, role]) => ({ name, role })),
});
const STATES = new Set(["Chile", "Peru", "Brazil"]);
const isState = (n: string) => STATES.has(n);

describe("parties of talks told without them", () => {
  it("gives talks that name no party, or only 'the two sides', the parties of the talks before", () => {
    const text = "Chile and Peru met in Lima on Monday. The last round ended without a statement. The two sides agreed to swap prisoners.";
    const met = event(0, 36, "summit_talks", [["Chile", "participant"], ["Peru", "participant"]]);
    const round = event(37, 78, "summit_talks", []);
    const swap = event(79, text.length, "agreement_ceasefire", [["prisoners office", "participant"]]);
    inheritTalkSides([met, round, swap], text, isState);
    expect(round.actorRoles.map((r) => r.name)).toEqual(["Chile", "Peru"]);
    expect(swap.actorRoles.map((r) => r.name)).toEqual(["prisoners office", "Chile", "Peru"]);
  });

  it("leaves talks that name a party of their own, and 'the two sides' of talks between three", () => {
    const text = "Chile, Peru and Brazil met in Lima. Officials from Brazil met later. The two sides agreed to meet again.";
    const met = event(0, 35, "summit_talks", [["Chile", "participant"], ["Peru", "participant"], ["Brazil", "participant"]]);
    const own = event(36, 68, "summit_talks", [["Brazil", "participant"]]);
    const two = event(69, text.length, "agreement_ceasefire", []);
    inheritTalkSides([met, own, two], text, isState);
    expect(own.actorRoles.map((r) => r.name)).toEqual(["Brazil"]);
    expect(two.actorRoles).toEqual([]);
  });
});

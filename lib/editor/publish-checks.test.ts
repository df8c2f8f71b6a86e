import { describe, expect, it } from "vitest";
import { reviewSchema, type Review } from "@/lib/editor/schemas";
import { blockedMessage, liveProblems, reviewChecks, STORED_TWICE, TOLD_TWICE, undecidedStored } from "./publish-checks";

const FORMATS = "Write 2026-03-05, 5 March 2026, 2026-W10, 2026-03, March 2026, 2026-Q1 or 2026; empty for unknown.";
const review = reviewSchema.parse({
  actors: [],
  statements: [{ accepted: true, speakerKey: "a", text: "We will not sign anything that gives away the coast", direct: true, start: 0, end: 5 }],
  events: [
    { accepted: true, title: "Ferry pier shelled in Ostrava Bay", type: "missile_drone_strike", actors: [], start: 0, end: 5 },
    { accepted: true, title: "Pier shelled", type: "missile_drone_strike", actors: [], start: 9, end: 12 },
    { accepted: false, title: "Rejected one", type: "other", actors: [], start: 20, end: 25 },
  ],
});
/** The review with the text typed in some items' "When" fields and refused. */
const refused = (r: Review, events: Record<number, string>, statements: Record<number, string> = {}): Review => ({
  ...r,
  events: r.events.map((e, i) => ({ ...e, refusedWhen: events[i] })),
  statements: r.statements.map((s, i) => ({ ...s, refusedWhen: statements[i] })),
});

describe("what holds Publish back", () => {
  it("marks each undecided item on its field, and forgets a refused date of an item no longer kept", () => {
    const checks = { repeats: new Map([[1, 0]]), stored: new Map([[0, { title: "Shelling of the Ostrava ferry pier" }]]) };
    expect(liveProblems(refused(review, { 0: "the 31st of Smarch", 2: "the 31st of Smarch" }), checks)).toEqual({
      "review.events.1.title": TOLD_TWICE,
      "review.events.0.mergeInto": STORED_TWICE,
      "review.events.0.date": `“the 31st of Smarch” is not a date Faultline can read. ${FORMATS}`,
    });
  });

  it("names the event waiting on a stored duplicate and each item whose date was refused, in the field's words", () => {
    const text = blockedMessage(refused(review, { 1: "the 31st of Smarch" }, { 0: "yesterday-ish" }), {
      repeats: new Map(),
      stored: new Map([[0, { title: "Shelling of the Ostrava ferry pier" }]]),
    });
    expect(text).toBe(
      "Some items need attention (marked in red below)." +
        " “Ferry pier shelled in Ostrava Bay” may already be in Faultline as “Shelling of the Ostrava ferry pier”: merge it into that event, or say it is not the same." +
        ` The date typed for the statement “We will not sign anything that gives…”, “yesterday-ish”, is not a date Faultline can read. ${FORMATS}` +
        ` The date typed for “Pier shelled”, “the 31st of Smarch”, is not a date Faultline can read. ${FORMATS}` +
        " Nothing was published.",
    );
    const many = blockedMessage(review, { repeats: new Map([[1, 0]]), stored: new Map([[0, { title: "A" }], [1, { title: "B" }]]) });
    expect(many).toMatch(/One event seems told twice.*2 events may already be in Faultline: merge each/);
  });

  it("reads the editor's decisions from the review itself: pairs called different, stored events set aside, merges", () => {
    const twice = reviewSchema.parse({
      ...review,
      events: [
        { accepted: true, title: "Drones strike Odesa port", type: "missile_drone_strike", date: "2026-03-05", datePrecision: "day", actors: [], start: 0, end: 5 },
        { accepted: true, title: "Drone strike on Odesa port", type: "missile_drone_strike", date: "2026-03-05", datePrecision: "day", actors: [], start: 9, end: 12 },
      ],
    });
    const stored = { 0: [{ id: "s1", title: "Odesa port hit" }] };
    const undecided = reviewChecks(twice, stored);
    expect([...undecided.repeats]).toEqual([[1, 0]]);
    expect([...undecided.stored.keys()]).toEqual([0]);
    const decided = { ...twice, notSame: ["0:1"], events: [{ ...twice.events[0], notSameAs: ["s1"] }, twice.events[1]] };
    expect(liveProblems(decided, reviewChecks(decided, stored))).toEqual({});
    const merged = { ...decided, events: [{ ...twice.events[0], mergeInto: "s1" }, twice.events[1]] };
    expect(reviewChecks(merged, stored).stored.size).toBe(0);
  });
});

describe("likely stored duplicates left undecided", () => {
  it("hold back an event until it is merged or called not the same; a rejected event has nothing to decide", () => {
    const stored = { 0: [{ id: "s1", title: "Ostrava pier hit" }, { id: "s2", title: "Ostrava ferry" }], 1: [{ id: "s3", title: "Pier shelled" }], 2: [{ id: "s4", title: "Rejected" }] };
    const ids = (found: Map<number, { id: string }>) => [...found.entries()].map(([i, s]) => [i, s.id]);
    expect(ids(undecidedStored(review, stored))).toEqual([[0, "s1"], [1, "s3"]]);
    const decided: Review = { ...review, events: [{ ...review.events[0], notSameAs: ["s1"] }, { ...review.events[1], mergeInto: "s3" }, review.events[2]] };
    // Called different from the likeliest, it is asked about the next one.
    expect(ids(undecidedStored(decided, stored))).toEqual([[0, "s2"]]);
    const all: Review = { ...decided, events: [{ ...decided.events[0], notSameAs: ["s1", "s2"] }, ...decided.events.slice(1)] };
    expect(undecidedStored(all, stored).size).toBe(0);
  });
});

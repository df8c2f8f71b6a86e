import { describe, expect, it } from "vitest";
import { reviewSchema } from "@/lib/editor/schemas";
import { blockedMessage, liveProblems, STORED_TWICE, TOLD_TWICE } from "./publish-checks";

const review = reviewSchema.parse({
  actors: [],
  statements: [{ accepted: true, speakerKey: "a", text: "We will not sign anything that gives away the coast", direct: true, start: 0, end: 5 }],
  events: [
    { accepted: true, title: "Ferry pier shelled in Ostrava Bay", type: "missile_drone_strike", actors: [], start: 0, end: 5 },
    { accepted: true, title: "Pier shelled", type: "missile_drone_strike", actors: [], start: 9, end: 12 },
    { accepted: false, title: "Rejected one", type: "other", actors: [], start: 20, end: 25 },
  ],
});
const held = { typed: "the 31st of Smarch", message: "“the 31st of Smarch” is not a date Faultline can read." };

describe("what holds Publish back", () => {
  it("marks each undecided item on its field, and forgets a refused date of an item no longer kept", () => {
    const checks = {
      repeats: new Map([[1, 0]]),
      stored: new Map([[0, { title: "Shelling of the Ostrava ferry pier" }]]),
      held: { "review.events.0.date": held, "review.events.2.date": held },
    };
    expect(liveProblems(review, checks)).toEqual({
      "review.events.1.title": TOLD_TWICE,
      "review.events.0.mergeInto": STORED_TWICE,
      "review.events.0.date": held.message,
    });
  });

  it("names the event waiting on a stored duplicate and each item whose date was refused", () => {
    const text = blockedMessage(review, {
      repeats: new Map(),
      stored: new Map([[0, { title: "Shelling of the Ostrava ferry pier" }]]),
      held: { "review.events.1.date": held, "review.statements.0.saidOn": { ...held, typed: "yesterday-ish" } },
    });
    expect(text).toBe(
      "Some items need attention (marked in red below)." +
        " “Ferry pier shelled in Ostrava Bay” may already be in Faultline as “Shelling of the Ostrava ferry pier”: merge it into that event, or say it is not the same." +
        " The date typed for “Pier shelled”, “the 31st of Smarch”, cannot be read: fix it or reset it." +
        " The date typed for the statement “We will not sign anything that gives…”, “yesterday-ish”, cannot be read: fix it or reset it." +
        " Nothing was published.",
    );
    const many = blockedMessage(review, { repeats: new Map([[1, 0]]), stored: new Map([[0, { title: "A" }], [1, { title: "B" }]]), held: {} });
    expect(many).toMatch(/One event seems told twice.*2 events may already be in Faultline: merge each/);
  });
});

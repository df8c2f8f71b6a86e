import { describe, expect, it } from "vitest";
import { reviewSchema } from "./schemas";
import { buildReview, fitSavedDates, type Proposal } from "./review";

const proposal: Proposal = {
  actors: [
    { name: "Volodymyr Zelensky", aliases: ["Zelensky"], kind: "person", role: "President of Ukraine" },
    { name: "Andrii Sybiha", aliases: ["Sybiha"], kind: "person", role: "Foreign Minister" },
  ],
  statements: [
    { speaker: "Volodymyr Zelensky", quote: "We are ready", direct: true, saidOn: "2025-09", saidAt: "Kyiv", start: 10, end: 22 },
    { speaker: "Kremlin", quote: "no talks", direct: false, saidOn: null, saidAt: null, start: 30, end: 38 },
  ],
  events: [
    { title: "Talks", type: "summit_talks", date: "2025-09-05", datePrecision: "day", dateText: "on Friday", actors: ["Andrii Sybiha", "Volodymyr Zelensky"], location: "Kyiv", start: 0, end: 40 },
    { title: "Odd", type: "not-a-type", date: null, datePrecision: "unknown", dateText: null, actors: [], location: null, start: 0, end: 5 },
  ],
};
const known = [
  { id: "z1", name: "Volodymyr Zelenskiy", kind: "person", aliases: ["Zelenskiy", "Zelensky"] },
  { id: "k1", name: "Kremlin", kind: "government", aliases: [] },
];

describe("buildReview", () => {
  const review = buildReview(proposal, known);

  it("matches proposed actors to known ones by alias, and keeps the article's spelling as an alias", () => {
    expect(review.actors[0]).toMatchObject({ key: "a0", decision: "existing", actorId: "z1", name: "Volodymyr Zelenskiy", aliases: ["Volodymyr Zelensky", "Zelensky"] });
    expect(review.actors[1]).toMatchObject({ key: "a1", decision: "new", name: "Andrii Sybiha", kind: "person" });
  });

  it("never takes a described source for a stored namesake: another article's 'a Western diplomat' is somebody else", () => {
    const stored = [...known, { id: "d1", name: "a Western diplomat", kind: "person", aliases: ["Western diplomat"] }];
    const described = { name: "a Western diplomat", aliases: ["Western diplomat"], kind: "person", role: null, unnamed: true };
    const named = { ...described, unnamed: undefined };
    expect(buildReview({ ...proposal, actors: [described] }, stored).actors[0]).toMatchObject({ decision: "new", unnamed: true, actorId: undefined });
    expect(buildReview({ ...proposal, actors: [named] }, stored).actors[0]).toMatchObject({ decision: "existing", actorId: "d1" });
  });

  it("adds speakers the engine named but did not list, matched when known", () => {
    expect(review.actors[2]).toMatchObject({ key: "a2", decision: "existing", actorId: "k1", name: "Kremlin" });
    expect(review.statements[1].speakerKey).toBe("a2");
  });

  it("keeps precision from the date string and falls back to a known event type", () => {
    expect(review.statements[0]).toMatchObject({ accepted: true, saidOn: "2025-09", saidPrecision: "month", venue: "Kyiv", part: "body" });
    expect(review.events[0].actors).toEqual([{ key: "a1", role: "initiator" }, { key: "a0", role: "participant" }]);
    expect(review.events[1]).toMatchObject({ type: "other", datePrecision: "unknown" });
    const weekly = buildReview({ ...proposal, events: [{ ...proposal.events[0], date: "2025-09", datePrecision: "week" }] }, known);
    expect(weekly.events[0]).toMatchObject({ date: "2025-09", datePrecision: "month" });
    // Every proposed pair fits, so an untouched proposal is never refused for its date.
    const season = buildReview({ ...proposal, events: [{ ...proposal.events[0], date: "2025", datePrecision: "quarter" }, { ...proposal.events[0], date: "2025-09-05", datePrecision: "month" }] }, known);
    expect(season.events.map((e) => [e.date, e.datePrecision])).toEqual([["2025", "year"], ["2025-09", "month"]]);
  });

  it("opens a draft saved before dates had to fit their precision, its pairs fitted as the engine's", () => {
    const saved = { ...review, events: [{ ...review.events[0], date: "2025", datePrecision: "quarter" }, { ...review.events[1], date: "2025-13" }] };
    expect(reviewSchema.safeParse(saved).success).toBe(false);
    const fitted = fitSavedDates(saved) as typeof saved;
    expect(fitted.events[0]).toMatchObject({ date: "2025", datePrecision: "year" });
    expect(fitted.events[1]).toMatchObject({ date: "2025-13" }); // not a date: still refused
    expect(reviewSchema.safeParse({ ...fitted, events: [fitted.events[0]] }).success).toBe(true);
    expect(fitSavedDates(null)).toBeNull();
    // A precision saved without a date (the schemas now refuse it) opens as the unknown date it always meant.
    const undated = fitSavedDates({ ...review, events: [{ ...review.events[0], date: undefined, datePrecision: "month" }] }) as typeof saved;
    expect(undated.events[0]).toMatchObject({ date: undefined, datePrecision: "unknown" });
    expect(reviewSchema.safeParse(undated).success).toBe(true);
  });

  it("opens a draft saved when refused dates were kept by field key, each moved onto its item", () => {
    const saved = { ...review, refusedDates: { "review.events.1.date": "Tuesday-ish", "review.statements.0.saidOn": "last week", "review.events.99.date": "gone" } };
    const opened = reviewSchema.parse(fitSavedDates(saved));
    expect(opened.events.map((e) => e.refusedWhen)).toEqual([undefined, "Tuesday-ish"]);
    expect(opened.statements[0].refusedWhen).toBe("last week");
    expect(opened).not.toHaveProperty("refusedDates");
  });
});

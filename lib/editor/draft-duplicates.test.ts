import { describe, expect, it } from "vitest";
import { reviewSchema, type Review } from "@/lib/editor/schemas";
import { draftDuplicates, foldEvent, pairKey } from "./draft-duplicates";

const event = (title: string, start: number, extra: Record<string, unknown> = {}) => ({
  accepted: true, title, type: "missile_drone_strike", datePrecision: "unknown", actors: [], part: "body", start, end: start + 5, ...extra,
});
const review = (...events: ReturnType<typeof event>[]): Review => reviewSchema.parse({ actors: [], statements: [], events });

describe("events of one article that tell the same happening", () => {
  it("pairs a repeat with the first telling in text order, on a similar title and fitting dates", () => {
    const r = review(
      event("Drones strike grain terminal in Varenko", 300, { date: "2026-03", datePrecision: "month" }),
      event("Drones strike Varenko grain terminal", 10, { date: "2026-03-10", datePrecision: "day" }),
      event("EU announces sanctions on shipping", 500),
    );
    expect([...draftDuplicates(r)]).toEqual([[0, 1]]);
  });

  it("keeps apart different days, different places, rejected and merged events, and pairs the editor called different", () => {
    const day = (d: string) => ({ date: d, datePrecision: "day" });
    expect(draftDuplicates(review(event("Drones strike terminal", 1, day("2026-03-10")), event("Drones strike terminal", 2, day("2026-03-11")))).size).toBe(0);
    expect(draftDuplicates(review(event("Drones strike port", 1, { place: "Varenko" }), event("Drones strike port", 2, { place: "Odesa" }))).size).toBe(0);
    expect(draftDuplicates(review(event("Drones strike port", 1), event("Drones strike port", 2, { accepted: false }))).size).toBe(0);
    expect(draftDuplicates(review(event("Drones strike port", 1), event("Drones strike port", 2, { mergeInto: "stored1" }))).size).toBe(0);
    expect(draftDuplicates(review(event("Drones strike port", 1), event("Drones strike port", 2)), new Set([pairKey(1, 0)])).size).toBe(0);
  });

  it("pairs differently worded events of the same type, day and actor", () => {
    const same = { date: "2026-03-10", datePrecision: "day", actors: [{ key: "ru", role: "initiator" }] };
    expect([...draftDuplicates(review(event("Northern Command claims attack", 1, same), event("Port hit overnight", 2, same)))]).toEqual([[1, 0]]);
    const month = { ...same, date: "2026-03", datePrecision: "month" };
    expect(draftDuplicates(review(event("Ukraine bombs pipeline", 1, month), event("Ukraine hits refinery", 2, month))).size).toBe(0);
  });
});

describe("folding a repeat into the first telling", () => {
  it("keeps the first's words, adds what only the repeat knew, and rejects the repeat", () => {
    const r = review(
      event("Drones strike Varenko terminal", 1, { actors: [{ key: "ru", role: "initiator" }] }),
      event("Terminal hit", 2, { date: "2026-03-10", datePrecision: "day", dateText: "on Tuesday", place: "Varenko", fatalities: 2, actors: [{ key: "ru", role: "participant" }, { key: "ua", role: "target" }] }),
    );
    const folded = foldEvent(r, 1, 0);
    expect(folded.events[0]).toMatchObject({
      title: "Drones strike Varenko terminal", date: "2026-03-10", datePrecision: "day", dateText: "on Tuesday", place: "Varenko", fatalities: 2,
      actors: [{ key: "ru", role: "initiator" }, { key: "ua", role: "target" }],
    });
    expect(folded.events[1]).toMatchObject({ accepted: false, reviewed: true });
    expect(foldEvent(r, 1, 1)).toBe(r);
    const stored = review(event("Drones strike Varenko terminal", 1), event("Terminal hit", 2, { mergeInto: "stored1" }));
    expect(foldEvent(stored, 1, 0).events[0].mergeInto).toBe("stored1");
    expect(foldEvent(r, 5, 0)).toBe(r);
  });

  it("carries a refused When across with the repeat's date, so Publish still holds it back; a dated event keeps its own", () => {
    const refused = review(event("Drones strike Varenko terminal", 1), event("Terminal hit", 2, { date: "2026-03-10", datePrecision: "day", refusedWhen: "Tuesday-ish" }));
    expect(foldEvent(refused, 1, 0).events[0]).toMatchObject({ date: "2026-03-10", refusedWhen: "Tuesday-ish" });
    const undated = review(event("Drones strike Varenko terminal", 1), event("Terminal hit", 2, { refusedWhen: "soonish" }));
    expect(foldEvent(undated, 1, 0).events[0].refusedWhen).toBe("soonish");
    const dated = review(event("Drones strike Varenko terminal", 1, { date: "2026-03-11", datePrecision: "day" }), event("Terminal hit", 2, { refusedWhen: "soonish" }));
    expect(foldEvent(dated, 1, 0).events[0]).toMatchObject({ date: "2026-03-11" });
    expect(foldEvent(dated, 1, 0).events[0].refusedWhen).toBeUndefined();
  });
});

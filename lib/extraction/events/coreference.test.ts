import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";
import type { EventCtx, EventType, FoundEvent } from "./context";
import { compatibleDates, corefer, mergeCoreferent, mergeRetyped } from "./coreference";

const ctx = { text: "", sentences: [], quotes: [], dates: [], index: {} } as unknown as EventCtx;
const ev = (over: Partial<FoundEvent>): FoundEvent => ({
  title: "T", type: "missile_drone_strike", date: null, datePrecision: "unknown", dateText: null, actors: [], actorRoles: [],
  location: null, fatalities: null, start: 0, end: 10, ...over,
});

describe("coreference of event mentions", () => {
  it("treats dates as compatible when equal, absent or nested", () => {
    expect(compatibleDates("2026-06-09", null)).toBe(true);
    expect(compatibleDates("2026-06", "2026-06-09")).toBe(true);
    expect(compatibleDates("2026-06-08", "2026-06-09")).toBe(false);
  });

  it("merges two mentions of a strike on one place, keeping both spans and the finer date", () => {
    const first = ev({ location: "Kharkiv", actors: ["Russia"], actorRoles: [{ name: "Russia", role: "initiator" }], start: 0, end: 50 });
    const second = ev({ location: "Kharkiv", date: "2026-06-09", datePrecision: "day", dateText: "Tuesday", fatalities: 7, start: 400, end: 460,
      actors: ["Volodymyr Zelenskiy"], actorRoles: [{ name: "Volodymyr Zelenskiy", role: "initiator" }] });
    const out = mergeCoreferent(ctx, [first, second]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ date: "2026-06-09", fatalities: 7, mentions: [{ start: 0, end: 50 }, { start: 400, end: 460 }] });
    expect(out[0].actorRoles).toEqual([{ name: "Russia", role: "initiator" }, { name: "Volodymyr Zelenskiy", role: "participant" }]);
  });

  it("keeps strikes on different places, a placeless count of launches, and meetings with other counterparts apart", () => {
    expect(corefer(ev({ location: "Kharkiv" }), ev({ location: "Odesa" }))).toBe(false);
    expect(corefer(ev({ location: "Kharkiv", actors: ["Russia"] }), ev({ actors: ["Russia"] }))).toBe(false);
    const talks = ev({ type: "summit_talks", date: "2025-11-19", actors: ["S Jaishankar", "Sergey Lavrov"] });
    expect(corefer(talks, ev({ type: "summit_talks", date: "2025-11-19", actors: ["S Jaishankar", "Mikhail Mishustin"] }))).toBe(false);
    expect(corefer(talks, ev({ type: "summit_talks", actors: ["Sergey Lavrov"] }))).toBe(true);
    expect(corefer(ev({ type: "other", actors: ["X"] }), ev({ type: "other", actors: ["X"] }))).toBe(false);
    // "Costa asked for jets, a request Tusk turned down" / "Tusk again refused to send jets": one refusal.
    const refusal = ev({ type: "rejection", date: "2026-02-03", actors: ["António Costa", "Donald Tusk"] });
    expect(corefer(refusal, ev({ type: "rejection", date: "2026-02-03", actors: ["Donald Tusk"] }))).toBe(true);
    expect(corefer(refusal, ev({ type: "rejection", date: "2026-02-04", actors: ["Donald Tusk"] }))).toBe(false);
  });

  it("folds a warning told again the same day by the same speaker ('He warned that …' after 'X warned that …')", () => {
    const warning = ev({ type: "threat_warning", date: "2026-05-02", actors: ["Aleksandr Lukashenko", "Poland"] });
    expect(corefer(warning, ev({ type: "threat_warning", date: "2026-05-02", actors: ["Aleksandr Lukashenko"] }))).toBe(true);
    expect(corefer(warning, ev({ type: "threat_warning", date: "2026-05-03", actors: ["Aleksandr Lukashenko"] }))).toBe(false);
    expect(corefer(warning, ev({ type: "threat_warning", date: "2026-05-02", actors: ["Andrzej Duda"] }))).toBe(false);
  });

  it("folds an undated, placeless detail into the strike just reported, but not a count of its own", () => {
    const text = "Russian missiles struck Kharkiv early on June 9, killing seven people.\n\nTwo Iskander-M missiles hit a residential area, Governor Oleh Synyehubov said.";
    const ev = extractArticle({ title: "T", publishedOn: "2026-06-09", text }).events;
    expect(ev).toHaveLength(1);
    expect(ev[0].mentions).toHaveLength(2);
    const count = extractArticle({ title: "T", publishedOn: "2026-06-09", text: text.replace("Two Iskander-M missiles hit a residential area", "Russia launched 112 drones at the country overnight") }).events;
    expect(count).toHaveLength(2);
  });

  it("folds a definite back-reference to the strike ('the attack', 'the missiles') even with its own date phrase or place", () => {
    const text = "Russian missiles struck Odesa on Tuesday, killing four people.\n\nOfficials said the attack on Tuesday damaged a port terminal in Izmail.";
    const ev = extractArticle({ title: "T", publishedOn: "2026-06-10", text }).events.filter((e) => e.type === "missile_drone_strike" || e.type === "energy_infrastructure_attack");
    expect(ev).toHaveLength(1);
    const other = extractArticle({ title: "T", publishedOn: "2026-06-10", text: text.replace("the attack on Tuesday damaged", "a drone on Sunday damaged") }).events;
    expect(other.length).toBeGreaterThan(1);
  });

  it("folds a toll told of the strike by its definite noun ('wounded in the overnight attack'), not one on another place and day", () => {
    const strikes = (text: string) => extractArticle({ title: "T", publishedOn: "2026-03-12", text, rulesOnly: true }).events.filter((e) => e.type === "missile_drone_strike");
    expect(strikes("Russian missiles hit the harbour of Berdiansk overnight, officials said. Seven sailors were wounded in the overnight attack, the governor said on Thursday.")).toHaveLength(1);
    expect(strikes("Russian rockets hit the harbour of Berdiansk on Tuesday. Five people were killed in the attack on Kherson on Wednesday, officials said.")).toHaveLength(2);
  });

  it("folds 'officials say the attack …' (any reporting verb form) into the strike just reported", () => {
    const text = "Russian drones struck Sumy on Friday, killing two people.\n\nRegional officials say the attack on Friday left 40,000 homes without heating.";
    const ev = extractArticle({ title: "T", publishedOn: "2026-02-14", text }).events.filter((e) => e.type === "missile_drone_strike" || e.type === "energy_infrastructure_attack");
    expect(ev).toHaveLength(1);
  });

  it("folds again after retyping: a mention the model retyped joins an event whose type rules and model agree on", () => {
    const decided = ev({ type: "sanctions", actors: ["European Union", "Russia"], start: 0, end: 50 });
    const detail = ev({ type: "sanctions", actors: ["European Union"], start: 100, end: 150 });
    const ruleTypes = new Map<FoundEvent, EventType>([[decided, "sanctions"], [detail, "aid_arms_decision"]]);
    expect(mergeRetyped(ctx, [decided, detail], ruleTypes)).toEqual([decided]);
    // A host the model itself retyped ("phone_call" → "sanctions") takes in no later mention.
    const [host, later] = [ev({ ...decided, mentions: undefined }), ev({ ...detail })];
    const retyped = new Map<FoundEvent, EventType>([[host, "phone_call"], [later, "sanctions"]]);
    expect(mergeRetyped(ctx, [host, later], retyped)).toHaveLength(2);
  });

  it("folds the adoption of a sanctions package told after its approval into one event", () => {
    const text = "EU ambassadors approved the bloc's 21st package of sanctions against Russia on Tuesday, the Danish presidency said. "
      + "The package, which lists 90 more tankers of the shadow fleet and bans deals with two Indian traders, was formally adopted by the EU by written procedure later in the evening.";
    const events = extractArticle({ text, publishedOn: "2026-11-06", rulesOnly: true }).events;
    expect(events).toHaveLength(1);
    expect(events[0].mentions).toHaveLength(2);
  });
});

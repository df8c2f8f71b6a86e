import { describe, expect, it } from "vitest";
import { trainHappening } from "../happening-train";
import { extractArticle } from "../index";
import type { EventCtx, FoundEvent } from "./context";
import { crossedFeatures, dateDistance, gateHappenings, happeningFeatures, gateProbability, happeningMeasures, happeningProbability, mainVerb, sharedSubjectVerb, simplePast, type HappeningModel, type TreesGate } from "./happening";

const text = "Russian drones struck a port in Odesa on Monday. Officials would consider talks if asked. Kyiv has repeatedly denied it.";
const ctx = { text, sentences: [{ start: 0, end: 48, paragraph: 0 }, { start: 49, end: 89, paragraph: 0 }, { start: 90, end: text.length, paragraph: 0 }], quotes: [], dates: [], index: { mentions: [] } } as unknown as EventCtx;
const event = (start: number, end: number, extra: Partial<FoundEvent> = {}): FoundEvent => ({
  title: text.slice(start, end), type: "other", date: null, datePrecision: "unknown", dateText: null,
  actors: [], actorRoles: [], location: null, fatalities: null, start, end, ...extra,
});

describe("happening features", () => {
  it("describes where a proposal came from and how its clause is told", () => {
    const strike = happeningFeatures(ctx, event(0, 48, { type: "missile_drone_strike", datePrecision: "day", dateText: "on Monday" }));
    expect(strike).toEqual(expect.arrayContaining(["src:rule", "type:missile_drone_strike", "prec:day", "own-date", "verb:struck"]));
    const modal = happeningFeatures(ctx, event(49, 89, { loose: true }));
    expect(modal).toEqual(expect.arrayContaining(["src:loose", "modal"]));
    expect(happeningFeatures(ctx, event(90, text.length))).toContain("habit");
  });
});

describe("how the clause tells it", () => {
  it("marks a finite simple past, not a perfect, passive or infinitive", () => {
    expect(simplePast("Grid operators introduced emergency cuts")).toBe(true);
    expect(simplePast("the minister met his counterpart")).toBe(true);
    expect(simplePast("the plant was damaged")).toBe(false);
    expect(simplePast("officials have agreed to talk")).toBe(false);
  });
  it("marks a named subject, a pronoun subject, a reported commitment and a reported past", () => {
    const t = "Norway said it would send two radars. They had arrived by Monday, officials said.";
    const c = { text: t, sentences: [{ start: 0, end: 36, paragraph: 0 }, { start: 37, end: t.length, paragraph: 0 }], quotes: [], dates: [],
      index: { mentions: [{ actor: { name: "Norway", kind: "state" }, start: 0, end: 6, surface: "Norway", pronoun: false, possessive: false }] } } as unknown as EventCtx;
    const pledge = happeningFeatures(c, { ...event(0, 36), type: "aid_arms_decision" });
    expect(pledge).toEqual(expect.arrayContaining(["subject:actor", "commitment"]));
    expect(happeningFeatures(c, event(37, t.length))).toEqual(expect.arrayContaining(["subject:pronoun", "reported-past"]));
  });
  it("reads the clause after an 'according to' source, not the source, as its grammar", () => {
    const t = "According to the head of state, the parties also agreed to widen drone production.";
    const c = { text: t, sentences: [{ start: 0, end: t.length, paragraph: 0 }], quotes: [], dates: [], index: { mentions: [] } } as unknown as EventCtx;
    const f = happeningFeatures(c, { ...event(0, t.length), type: "agreement_ceasefire" });
    expect(f).toEqual(expect.arrayContaining(["aspect:past", "subject-kind:np"]));
    expect(f).not.toContain("no-past-predicate");
  });
});

describe("a happening reported through 'according to'", () => {
  // A rule test: the proposal rules read past the source frame; the gate's score for this subject-less, undated clause sits at its threshold.
  it("is proposed like the same clause told without its source", () => {
    const ev = extractArticle({ text: "Moldova's president met Romania's prime minister in Chisinau on Tuesday. According to the head of state, the parties also agreed to build a second gas interconnector.", publishedOn: "2026-03-12", title: "T", rulesOnly: true }).events;
    expect(ev).toContainEqual(expect.objectContaining({ type: "agreement_ceasefire", title: "Parties agree to build second gas interconnector" }));
  });
});

describe("happening gate", () => {
  const model: HappeningModel = { bias: 0, weights: { modal: -3, habit: -3, "type:missile_drone_strike": 2 }, threshold: 0.3, looseThreshold: 0.8 };
  it("drops proposals the model finds unlikely and loose ones below the higher bar, and strips the loose mark", () => {
    const kept = gateHappenings(ctx, [event(0, 48, { type: "missile_drone_strike" }), event(49, 89), event(90, text.length), event(0, 48, { loose: true })], model);
    expect(kept.map((e) => e.start)).toEqual([0]);
    expect(kept[0]).not.toHaveProperty("loose");
  });
  it("keeps every rule proposal and no loose one with a neutral model", () => {
    const neutral: HappeningModel = { bias: 0, weights: {}, threshold: 0, looseThreshold: 1.01 };
    expect(gateHappenings(ctx, [event(49, 89), event(0, 48, { loose: true })], neutral).map((e) => e.start)).toEqual([49]);
  });
  it("gates with a boosted-trees model as with the logistic one", () => {
    const trees: TreesGate = { base: 0, trees: [{ f: "modal", yes: -3, no: { f: "words", at: 6, yes: -1, no: 2 } }], threshold: 0.5, looseThreshold: 0.9 };
    expect(gateProbability(trees, ["words=9"])).toBeCloseTo(1 / (1 + Math.exp(-2)));
    const kept = gateHappenings(ctx, [event(0, 48), event(49, 89), event(0, 48, { loose: true })], trees);
    expect(kept.map((e) => e.start)).toEqual([0]);
  });
  it("runs with the shipped model inside the engine", () => {
    const p = extractArticle({ text: "KYIV (AP) — Russian drones struck the port of Odesa on Monday, killing two people, the governor said.", publishedOn: "2026-03-10" });
    expect(p.events.length).toBeGreaterThan(0);
    expect(p.events.every((e) => !("loose" in e) && !("features" in e))).toBe(true);
  });
});

describe("trainHappening", () => {
  it("learns a feature that separates happenings from non-events, and ignores rare ones", () => {
    const ex = [
      ...Array.from({ length: 10 }, () => ({ features: ["past", "common"], label: true })),
      ...Array.from({ length: 10 }, () => ({ features: ["modal", "common"], label: false })),
      { features: ["once"], label: true },
    ];
    const m = trainHappening(ex);
    expect(m.weights.past).toBeGreaterThan(0);
    expect(m.weights.modal).toBeLessThan(0);
    expect(m.weights.once).toBeUndefined();
    const full = { ...m, threshold: 0.5, looseThreshold: 0.5 };
    expect(happeningProbability(full, ["past", "common"])).toBeGreaterThan(0.5);
    expect(happeningProbability(full, ["modal", "common"])).toBeLessThan(0.5);
  });
  it("refuses to train on nothing", () => {
    expect(() => trainHappening([])).toThrow(/no examples/);
  });
});

describe("predicate features", () => {
  it("tells the gate the aspect of the clause's verb and the kind of its subject", () => {
    const t = "A grain silo was hit in the night. The harbour master said that the port would reopen soon.";
    const c = { ...ctx, text: t, sentences: [{ start: 0, end: 34, paragraph: 0 }, { start: 35, end: t.length, paragraph: 0 }] } as EventCtx;
    const at = (start: number, end: number) => happeningFeatures(c, { ...event(start, end), title: t.slice(start, end) });
    expect(at(0, 34)).toEqual(expect.arrayContaining(["aspect:passive", "subject-kind:np"]));
    expect(at(35, t.length)).toEqual(expect.arrayContaining(["aspect:future", "subject-kind:np"]));
  });
  it("reads a report without 'that', and the clause before a closing source, not the report's verb", () => {
    const t = "The mayor said crews restored the line. Two ferries were halted, the port authority reported.";
    const c = { ...ctx, text: t, sentences: [{ start: 0, end: 39, paragraph: 0 }, { start: 40, end: t.length, paragraph: 0 }] } as EventCtx;
    expect(happeningFeatures(c, event(0, 39))).toEqual(expect.arrayContaining(["aspect:past", "verb:restor"]));
    const sourced = happeningFeatures(c, event(40, t.length));
    expect(sourced).toEqual(expect.arrayContaining(["aspect:passive", "sourced"]));
    expect(sourced).not.toContain("report");
  });
  it("reads a sentence-final verb and a verb phrase sharing the subject before it", () => {
    const t = "The governor resigned. and then dropped his appeal";
    const c = { ...ctx, text: t, sentences: [{ start: 0, end: 22, paragraph: 0 }, { start: 23, end: t.length, paragraph: 0 }] } as EventCtx;
    expect(happeningFeatures(c, event(0, 22))).toEqual(expect.arrayContaining(["aspect:past", "subject-kind:np", "verb:resign"]));
    expect(happeningFeatures(c, event(23, t.length))).toEqual(expect.arrayContaining(["aspect:past", "subject-kind:shared", "verb:dropp"]));
    expect(sharedSubjectVerb("has dropped")).toBeUndefined();
  });
});

describe("the verb and crossed features", () => {
  it("names the lexical verb of the clause's predicate, past auxiliaries and adverbs", () => {
    expect(mainVerb("had quietly been moved to the coast")).toBe("moved");
    expect(mainVerb("seized two barges on the river")).toBe("seized");
    const t = "The coast guard seized two barges. A ferry had quietly been moved north.";
    const c = { ...ctx, text: t, sentences: [{ start: 0, end: 34, paragraph: 0 }, { start: 35, end: t.length, paragraph: 0 }] } as EventCtx;
    expect(happeningFeatures(c, event(0, 34))).toContain("verb:seiz");
    expect(happeningFeatures(c, event(35, t.length))).toContain("verb:mov");
  });
  it("crosses the source, type, report and subject kind with the aspect, a clause without a past predicate as 'none'", () => {
    const crossed = crossedFeatures(["src:loose", "type:other", "report", "reported-past", "aspect:past", "subject-kind:name"]);
    expect(crossed).toEqual(["src:loose&aspect:past", "src:loose&type:other", "report&aspect:past", "subject-kind:name&aspect:past"]);
    expect(crossedFeatures(["src:rule", "no-past-predicate"])).toEqual(["src:rule&aspect:none"]);
  });
});

describe("numeric measures", () => {
  it("measures the clause's length, its place in the article, the nearest date and the number of actors", () => {
    const t = "Pipeline crews repaired a valve. On Friday the regulator fined the operator.";
    const c = { ...ctx, text: t, sentences: [{ start: 0, end: 32, paragraph: 0 }, { start: 33, end: t.length, paragraph: 0 }],
      dates: [{ start: 36, end: 42, text: "Friday", date: "2026-05-08" }] } as unknown as EventCtx;
    expect(happeningMeasures(c, event(0, 32, { actors: ["crews", "valve"] }))).toEqual(["words=5", "position=0", "date-distance=4", "actor-count=2"]);
    expect(happeningMeasures(c, event(33, t.length))).toEqual(["words=7", "position=0.43", "date-distance=0", "actor-count=0"]);
  });
  it("caps the distance when the article has no date, and gives the measures to the gate's features", () => {
    expect(dateDistance(ctx, event(0, 48))).toBe(2000);
    expect(happeningFeatures(ctx, event(0, 48))).toEqual(expect.arrayContaining(["words=9", "date-distance=2000"]));
  });
  it("keeps the measures out of the logistic weights", () => {
    const ex = Array.from({ length: 10 }, (_, i) => ({ features: ["past", "words=4"], label: i < 8 }));
    expect(Object.keys(trainHappening(ex).weights)).toEqual(["past"]);
  });
});

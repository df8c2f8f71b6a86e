import { describe, expect, it } from "vitest";
import { COMBINE, trainTypeModel } from "../type-model";
import type { EventCtx, FoundEvent } from "./context";
import { retype } from "./retype";

const text = "Egypt signed a contract to buy wheat. Russia and Ukraine signed a ceasefire.";
const ctx = { text, sentences: [], quotes: [], dates: [] } as unknown as EventCtx;
const event = (start: number, end: number): FoundEvent => ({
  title: text.slice(start, end), type: "agreement_ceasefire", date: null, datePrecision: "unknown", dateText: null,
  actors: [], actorRoles: [], location: null, fatalities: null, start, end,
});
const model = trainTypeModel([
  { clause: "the sides signed a ceasefire", label: "agreement_ceasefire" },
  { clause: "a truce was agreed and signed", label: "agreement_ceasefire" },
  { clause: "traders buy wheat under a contract", label: "other" },
  { clause: "the company signed a contract to buy grain", label: "other" },
]);

describe("retype", () => {
  it("keeps a rule's type the clause's words support and turns one they speak against into other", () => {
    const [wheat, truce] = retype(ctx, [event(0, 37), event(38, text.length)], new Set(), model, { ...COMBINE, minKnown: 1, minDocs: 1 });
    expect(truce.type).toBe("agreement_ceasefire");
    expect(wheat.type).toBe("other");
  });
  it("keeps the rule's type where the model knows too few of the clause's words or of the type's examples", () => {
    expect(retype(ctx, [event(0, 37)], new Set(), model, { ...COMBINE, minKnown: 5, minDocs: 1 })[0].type).toBe("agreement_ceasefire");
    expect(retype(ctx, [event(0, 37)], new Set(), model, { ...COMBINE, minKnown: 1, minDocs: 3 })[0].type).toBe("agreement_ceasefire");
  });
  it("leaves a happening named by a noun phrase with the type its noun names", () => {
    const wheat = event(0, 37);
    expect(retype(ctx, [wheat], new Set([wheat]), model, { ...COMBINE, minKnown: 1, minDocs: 1 })[0].type).toBe("agreement_ceasefire");
  });
  it("types with the shipped weights without throwing", () => {
    expect(retype(ctx, [event(38, text.length)])[0].type).toBe("agreement_ceasefire");
  });
});

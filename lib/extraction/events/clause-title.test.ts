import { describe, expect, it } from "vitest";
import { maskQuotes } from "../sentences";
import { passOn, readClause } from "./clause-event";
import { clauseTitle, titledWhenRead, titleEnd } from "./clause-title";
import { clauseType } from "./clause-type";
import type { FoundEvent } from "./context";
import { clausesOf, eventCtxOf, freshState } from "./test-context";

describe("titleEnd", () => {
  it("ends the title before a happening named in passing at the clause's end", () => {
    const text = "Norway recalled its ambassador after the strike on Bergen.";
    const ctx = eventCtxOf(text);
    const c = clausesOf(ctx, 0)[0];
    const strike = text.indexOf("strike");
    expect(text.slice(c.start, titleEnd(ctx, c, [[strike, text.length - 1]]))).toBe("Norway recalled its ambassador");
    expect(titleEnd(ctx, c, [])).toBe(c.end);
  });
});

describe("clauseTitle", () => {
  it("titles the clause in the present, without its date", () => {
    const text = "Norway recalled its ambassador on Monday.";
    const ctx = eventCtxOf(text);
    const s = ctx.sentences[0];
    const c = clausesOf(ctx, 0)[0];
    const st = freshState();
    const r = readClause(ctx, s, c, maskQuotes(ctx, c.start, c.end), st);
    passOn(st, c, r);
    const typed = clauseType(ctx, s, c, r, st);
    expect(typed && clauseTitle(ctx, s, c, r, typed, [])).toBe("Norway recalls its ambassador");
  });
});

describe("titledWhenRead", () => {
  const untitled = (): FoundEvent => ({ title: "", type: "other", date: null, datePrecision: "unknown", dateText: null, actors: [], actorRoles: [], location: null, fatalities: null, start: 0, end: 10 });

  it("makes the title when first read, once, in the title's place", () => {
    let made = 0;
    const e = titledWhenRead(untitled(), () => (made++, "Norway recalls its ambassador"));
    expect(made).toBe(0);
    expect(e.title).toBe("Norway recalls its ambassador");
    expect({ ...e }.title).toBe("Norway recalls its ambassador");
    expect(JSON.stringify(e)).toMatch(/^\{"title":"Norway recalls its ambassador","type"/);
    expect(made).toBe(1);
  });
  it("takes a title written over it", () => {
    const e = titledWhenRead(untitled(), () => "Norway recalls its ambassador");
    e.title = "Norway recalls envoy";
    expect(e.title).toBe("Norway recalls envoy");
  });
});

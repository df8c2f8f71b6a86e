import { describe, expect, it } from "vitest";
import { maskQuotes } from "../sentences";
import { passOn, readClause } from "./clause-event";
import { clauseTitle, titleEnd } from "./clause-title";
import { clauseType } from "./clause-type";
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

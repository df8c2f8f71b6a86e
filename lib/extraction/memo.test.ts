import { describe, expect, it } from "vitest";
import { forgetMemos, memoByKey, memoByString } from "./memo";

describe("memoByKey", () => {
  it("answers a repeated question from memory until the next article starts", () => {
    let calls = 0;
    const length = memoByKey((s: string) => (calls++, s.length), (s) => s);
    expect([length("Kyiv"), length("Kyiv"), length("Odesa")]).toEqual([4, 4, 5]);
    expect(calls).toBe(2);
    forgetMemos();
    length("Kyiv");
    expect(calls).toBe(3);
  });

  it("remembers an undefined answer too, from one look-up of the key", () => {
    let calls = 0;
    const unknown = memoByKey((_: string) => (calls++, undefined), (s) => s);
    expect([unknown("y"), unknown("y"), unknown("y")]).toEqual([undefined, undefined, undefined]);
    expect(calls).toBe(1);
  });

  it("gives a left-out second argument its default, as a direct call does", () => {
    const joined = memoByKey((a: string, b = "-") => `${a}${b}`, (a, b = "-") => `${a}\u0000${b}`);
    expect([joined("x"), joined("x", "+"), joined("x")]).toEqual(["x-", "x+", "x-"]);
  });

  it("remembers a null answer too", () => {
    let calls = 0;
    const none = memoByKey((_: string) => (calls++, null), (s) => s);
    none("x");
    none("x");
    expect(calls).toBe(1);
  });
});

describe("memoByString", () => {
  it("answers a repeated string from memory, undefined answers too, until the next article starts", () => {
    let calls = 0;
    const tagOf = memoByString((w: string) => (calls++, w === "met" ? "PastTense" : undefined));
    expect([tagOf("met"), tagOf("met"), tagOf("xyz"), tagOf("xyz")]).toEqual(["PastTense", "PastTense", undefined, undefined]);
    expect(calls).toBe(2);
    forgetMemos();
    tagOf("met");
    expect(calls).toBe(3);
  });
});

import { describe, expect, it } from "vitest";
import { prefixAlternation } from "./prefix-alternation";

const byLength = (names: string[]) => [...names].sort((a, b) => b.length - a.length).join("|");
const matches = (source: string, flags: string, text: string) => [...text.matchAll(new RegExp(source, flags))].map((m) => `${m.index}:${m.slice(0).join("|")}`);

describe("prefixAlternation", () => {
  it("shares prefixes and tries a longer name first", () => {
    expect(prefixAlternation(["Norland", "Norlander", "Nor"])).toBe("Nor(?:land(?:er)?)?");
  });

  it("escapes regex characters in names", () => {
    expect(new RegExp(`^(?:${prefixAlternation(["St. Ives", "A+B"])})$`).test("A+B")).toBe(true);
    expect(new RegExp(`^(?:${prefixAlternation(["St. Ives"])})$`).test("StX Ives")).toBe(false);
  });

  it("matches what the names sorted longest first match, case-blind, with a continuation after them", () => {
    const names = ["Vesper", "Vesperan", "Vesperans", "Vesper Isles", "Ostmark", "Ostmarker", "OSTMARK", "Lunar Republic"];
    const text = "The vesperan navy met the Vesper Isles navy; Ostmarker navy, OSTMARK Navy and the Lunar Republic's navy sailed. Vesperans navy.";
    const tail = `(?:['’]s)?\\s+(navy)(?![\\p{L}-])`;
    const plain = `(?<![\\p{L}])(${byLength(names)})${tail}`;
    const tree = `(?<![\\p{L}])(${prefixAlternation(names, true)})${tail}`;
    expect(matches(tree, "giu", text)).toEqual(matches(plain, "giu", text));
    expect(matches(tree, "giu", text)).toHaveLength(6);
  });
});

import { describe, expect, it } from "vitest";
import { observe, treesMargin, treesProbability, type TreesModel } from "./events/happening-trees";
import { BOOST, trainTrees } from "./happening-boost";

const repeat = (n: number, features: string[], label: boolean) => Array.from({ length: n }, () => ({ features, label }));

describe("the trees' scoring", () => {
  const model: TreesModel = { base: -1, trees: [{ f: "past", yes: 2, no: -1 }, { f: "words", at: 8, yes: { f: "modal", yes: -3, no: 0.5 }, no: -0.5 }] };
  it("splits binary features by presence and measures at their threshold", () => {
    expect(treesMargin(model, observe(["past", "words=6"]))).toBeCloseTo(1.5);
    expect(treesMargin(model, observe(["past", "modal", "words=6"]))).toBeCloseTo(-2);
    expect(treesMargin(model, observe(["words=20"]))).toBeCloseTo(-2.5);
  });
  it("sends a missing measure to the 'no' side, and sums only the first trees when asked", () => {
    expect(treesMargin(model, observe(["past"]))).toBeCloseTo(0.5);
    expect(treesMargin(model, observe(["past", "words=3"]), 1)).toBeCloseTo(1);
    expect(treesProbability(model, ["past", "words=3"], 1)).toBeCloseTo(1 / (1 + Math.exp(-1)));
  });
});

describe("trainTrees", () => {
  it("learns a binary feature and a measure's threshold that separate happenings from non-events", () => {
    const ex = [
      ...repeat(30, ["past", "words=5"], true), ...repeat(30, ["past", "words=30"], false),
      ...repeat(30, ["modal", "words=6"], false), ...repeat(30, ["modal", "words=40"], false),
    ];
    const m = trainTrees(ex, { ...BOOST, rounds: 30 });
    const p = (f: string[]) => treesProbability(m, f);
    expect(p(["past", "words=5"])).toBeGreaterThan(0.7);
    expect(p(["past", "words=30"])).toBeLessThan(0.3);
    expect(p(["modal", "words=6"])).toBeLessThan(0.3);
  });
  it("splits no side smaller than minChild and ignores rare features", () => {
    const m = trainTrees([...repeat(40, ["common"], false), ...repeat(5, ["rare", "common"], true)], { ...BOOST, rounds: 5 });
    expect(JSON.stringify(m.trees)).not.toContain("rare");
  });
  it("is deterministic and refuses to train on nothing", () => {
    const ex = [...repeat(25, ["a", "words=3"], true), ...repeat(25, ["b", "words=9"], false)];
    expect(trainTrees(ex, { ...BOOST, rounds: 10 })).toEqual(trainTrees(ex, { ...BOOST, rounds: 10 }));
    expect(() => trainTrees([])).toThrow(/no examples/);
  });
});

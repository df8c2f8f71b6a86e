/**
 * A boosted-trees happening gate (round 18 trial): small trees of depth ≤ 2 over the same features as the logistic gate
 * (./happening.ts), plus its numeric measures ("words=12"), which a tree splits at a learned threshold. The trees' leaf
 * values add up to a log-odds. Trained by ../happening-boost.ts.
 */

/** A leaf's log-odds, or a test: a binary feature present, or a measure at most `at`; then `yes`, else `no`. */
export type TreeNode = number | { f: string; at?: number; yes: TreeNode; no: TreeNode };

export interface TreesModel {
  base: number;
  trees: TreeNode[];
}

/** A proposal's features split into the binary ones and the measures. */
export interface Observed {
  has: Set<string>;
  measures: Map<string, number>;
}

export function observe(features: string[]): Observed {
  const has = new Set<string>();
  const measures = new Map<string, number>();
  for (const f of features) {
    const eq = f.indexOf("=");
    if (eq < 0) has.add(f);
    else measures.set(f.slice(0, eq), Number(f.slice(eq + 1)));
  }
  return { has, measures };
}

function leafOf(node: TreeNode, x: Observed): number {
  while (typeof node !== "number") {
    const yes = node.at === undefined ? x.has.has(node.f) : (x.measures.get(node.f) ?? Infinity) <= node.at;
    node = yes ? node.yes : node.no;
  }
  return node;
}

/** The summed log-odds of the first `rounds` trees (all by default). */
export function treesMargin(model: TreesModel, x: Observed, rounds = model.trees.length): number {
  let z = model.base;
  for (let i = 0; i < rounds && i < model.trees.length; i++) z += leafOf(model.trees[i], x);
  return z;
}

export const treesProbability = (model: TreesModel, features: string[], rounds?: number) => 1 / (1 + Math.exp(-treesMargin(model, observe(features), rounds)));

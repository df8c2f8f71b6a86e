/**
 * Trains the boosted-trees happening gate (events/happening-trees.ts): gradient boosting of the logistic loss with
 * Newton leaves (sum of gradients over sum of hessians plus `lambda`), trees of depth ≤ `depth`, each shrunk by
 * `shrinkage`. A split is a binary feature seen in at least `minCount` examples, or a measure at most one of its seen
 * values; each side keeps at least `minChild` examples. Deterministic: ties keep the first split in name order.
 */
import type { HappeningExample } from "./happening-train";
import { observe, type TreeNode, type TreesModel } from "./events/happening-trees";

export interface BoostOptions { rounds: number; depth: number; shrinkage: number; lambda: number; minChild: number; minCount: number }
export const BOOST: BoostOptions = { rounds: 100, depth: 2, shrinkage: 0.1, lambda: 5, minChild: 20, minCount: 10 };

/** The examples as columns: for each binary feature the rows holding it, for each measure its rows in value order. */
interface Columns {
  binary: { f: string; rows: Int32Array }[];
  measures: { f: string; order: Int32Array; values: Float64Array }[];
}

function columns(examples: HappeningExample[], minCount: number): Columns {
  const seen = examples.map((ex) => observe(ex.features));
  const rowsOf = new Map<string, number[]>();
  const measureNames = new Set<string>();
  seen.forEach((x, r) => {
    for (const f of x.has) rowsOf.get(f)?.push(r) ?? rowsOf.set(f, [r]);
    for (const f of x.measures.keys()) measureNames.add(f);
  });
  const binary = [...rowsOf].filter(([, rows]) => rows.length >= minCount).sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, rows]) => ({ f, rows: Int32Array.from(rows) }));
  const measures = [...measureNames].sort().map((f) => {
    const values = Float64Array.from(seen, (x) => x.measures.get(f) ?? Infinity);
    const order = Int32Array.from(values.keys()).sort((a, b) => values[a] - values[b] || a - b);
    return { f, order, values };
  });
  return { binary, measures };
}

interface Split { f: string; at?: number; gain: number }
interface Stats { g: Float64Array; h: Float64Array; opts: BoostOptions }

const score = (g: number, h: number, lambda: number) => (g * g) / (h + lambda);

/** The best split of the rows marked in `inNode` (totals G, H over `n` rows), or none that gains. */
function bestSplit(cols: Columns, inNode: Uint8Array, total: { g: number; h: number; n: number }, s: Stats): Split | undefined {
  const { lambda, minChild } = s.opts;
  const parent = score(total.g, total.h, lambda);
  let best: Split | undefined;
  const consider = (f: string, gl: number, hl: number, nl: number, at?: number) => {
    if (nl < minChild || total.n - nl < minChild) return;
    const gain = score(gl, hl, lambda) + score(total.g - gl, total.h - hl, lambda) - parent;
    if (gain > 1e-9 && (!best || gain > best.gain)) best = { f, at, gain };
  };
  for (const { f, rows } of cols.binary) {
    let gl = 0, hl = 0, nl = 0;
    for (const r of rows) if (inNode[r]) { gl += s.g[r]; hl += s.h[r]; nl++; }
    consider(f, gl, hl, nl);
  }
  for (const { f, order, values } of cols.measures) {
    let gl = 0, hl = 0, nl = 0, prev = -1;
    for (const r of order) {
      if (!inNode[r]) continue;
      if (prev >= 0 && values[r] > values[prev]) consider(f, gl, hl, nl, values[prev]);
      gl += s.g[r]; hl += s.h[r]; nl++;
      prev = r;
    }
  }
  return best;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** One tree over the rows in `rows`, split while depth remains and a split gains. */
function grow(cols: Columns, rows: number[], depth: number, s: Stats, holds: (f: string, at: number | undefined, r: number) => boolean): TreeNode {
  let g = 0, h = 0;
  for (const r of rows) { g += s.g[r]; h += s.h[r]; }
  const leaf = round3((-g / (h + s.opts.lambda)) * s.opts.shrinkage);
  if (depth === 0) return leaf;
  const inNode = new Uint8Array(s.g.length);
  for (const r of rows) inNode[r] = 1;
  const split = bestSplit(cols, inNode, { g, h, n: rows.length }, s);
  if (!split) return leaf;
  const yes = rows.filter((r) => holds(split.f, split.at, r));
  const no = rows.filter((r) => !holds(split.f, split.at, r));
  return { f: split.f, ...(split.at === undefined ? {} : { at: split.at }), yes: grow(cols, yes, depth - 1, s, holds), no: grow(cols, no, depth - 1, s, holds) };
}

function leafValue(node: TreeNode, holds: (f: string, at: number | undefined) => boolean): number {
  while (typeof node !== "number") node = holds(node.f, node.at) ? node.yes : node.no;
  return node;
}

export function trainTrees(examples: HappeningExample[], opts: BoostOptions = BOOST): TreesModel {
  if (!examples.length) throw new Error("trainTrees: no examples");
  const cols = columns(examples, opts.minCount);
  const seen = examples.map((ex) => observe(ex.features));
  const holds = (f: string, at: number | undefined, r: number) => (at === undefined ? seen[r].has.has(f) : (seen[r].measures.get(f) ?? Infinity) <= at);
  const ys = examples.map((ex) => (ex.label ? 1 : 0));
  const rate = Math.min(0.99, Math.max(0.01, ys.reduce<number>((a, y) => a + y, 0) / ys.length));
  const base = round3(Math.log(rate / (1 - rate)));
  const margin = new Float64Array(examples.length).fill(base);
  const s: Stats = { g: new Float64Array(examples.length), h: new Float64Array(examples.length), opts };
  const all = [...ys.keys()];
  const trees: TreeNode[] = [];
  for (let t = 0; t < opts.rounds; t++) {
    ys.forEach((y, r) => {
      const p = 1 / (1 + Math.exp(-margin[r]));
      s.g[r] = p - y;
      s.h[r] = Math.max(p * (1 - p), 1e-6);
    });
    const tree = grow(cols, all, opts.depth, s, holds);
    trees.push(tree);
    all.forEach((r) => (margin[r] += leafValue(tree, (f, at) => holds(f, at, r))));
  }
  return { base, trees };
}

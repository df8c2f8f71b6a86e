/**
 * Trains the happening gate (events/happening.ts): L2-regularised logistic regression over sparse binary
 * features, by full-batch gradient descent. Small and deterministic, so the model file is reproducible.
 * Features are numbered once and rows held as index arrays: leave-one-outlet-out trains it once per outlet.
 */
import type { HappeningModel } from "./events/happening";

export interface HappeningExample { features: string[]; label: boolean }
export interface TrainOptions { epochs: number; rate: number; l2: number; minCount: number }
export const TRAIN: TrainOptions = { epochs: 300, rate: 0.5, l2: 0.01, minCount: 3 };

/** Features seen in fewer than `minCount` examples are dropped: they cannot generalise. Measures ("words=12", for the trees) are no weights. */
function vocabulary(examples: HappeningExample[], minCount: number): string[] {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of new Set(ex.features)) if (!f.includes("=")) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= minCount).map(([f]) => f).sort();
}

export function trainHappening(examples: HappeningExample[], opts: TrainOptions = TRAIN): Pick<HappeningModel, "bias" | "weights"> {
  if (!examples.length) throw new Error("trainHappening: no examples");
  const vocab = vocabulary(examples, opts.minCount);
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = examples.map((ex) => Int32Array.from(new Set(ex.features.filter((f) => index.has(f))), (f) => index.get(f)!));
  const ys = examples.map((ex) => (ex.label ? 1 : 0));
  const w = new Float64Array(vocab.length);
  const grad = new Float64Array(vocab.length);
  let bias = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    grad.fill(0);
    let gBias = 0;
    rows.forEach((x, r) => {
      let z = bias;
      for (const f of x) z += w[f];
      const err = 1 / (1 + Math.exp(-z)) - ys[r];
      gBias += err;
      for (const f of x) grad[f] += err;
    });
    bias -= (opts.rate * gBias) / rows.length;
    for (let f = 0; f < w.length; f++) w[f] -= opts.rate * (grad[f] / rows.length + opts.l2 * w[f]);
  }
  const weights: Record<string, number> = {};
  vocab.forEach((f, i) => {
    if (Math.abs(w[i]) > 1e-3) weights[f] = Math.round(w[i] * 1000) / 1000;
  });
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

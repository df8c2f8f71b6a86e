/**
 * Trains the happening gate (events/happening.ts): L2-regularised logistic regression over sparse binary
 * features, by full-batch gradient descent. Small and deterministic, so the model file is reproducible.
 */
import type { HappeningModel } from "./events/happening";

export interface HappeningExample { features: string[]; label: boolean }
export interface TrainOptions { epochs: number; rate: number; l2: number; minCount: number }
export const TRAIN: TrainOptions = { epochs: 300, rate: 0.5, l2: 0.01, minCount: 3 };

/** Features seen in fewer than `minCount` examples are dropped: they cannot generalise. */
function vocabulary(examples: HappeningExample[], minCount: number): Set<string> {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of new Set(ex.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= minCount).map(([f]) => f));
}

export function trainHappening(examples: HappeningExample[], opts: TrainOptions = TRAIN): Pick<HappeningModel, "bias" | "weights"> {
  if (!examples.length) throw new Error("trainHappening: no examples");
  const vocab = vocabulary(examples, opts.minCount);
  const rows = examples.map((ex) => ({ x: [...new Set(ex.features)].filter((f) => vocab.has(f)), y: ex.label ? 1 : 0 }));
  const w = new Map<string, number>([...vocab].map((f) => [f, 0]));
  let bias = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const grad = new Map<string, number>();
    let gBias = 0;
    for (const r of rows) {
      const z = r.x.reduce((a, f) => a + (w.get(f) ?? 0), bias);
      const err = 1 / (1 + Math.exp(-z)) - r.y;
      gBias += err;
      for (const f of r.x) grad.set(f, (grad.get(f) ?? 0) + err);
    }
    bias -= (opts.rate * gBias) / rows.length;
    for (const [f, v] of w) w.set(f, v - opts.rate * ((grad.get(f) ?? 0) / rows.length + opts.l2 * v));
  }
  const weights: Record<string, number> = {};
  for (const [f, v] of [...w].sort(([a], [b]) => (a < b ? -1 : 1))) if (Math.abs(v) > 1e-3) weights[f] = Math.round(v * 1000) / 1000;
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

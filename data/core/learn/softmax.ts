/**
 * A linear classifier over sparse string features: multinomial logistic regression (softmax),
 * trained by stochastic gradient descent with AdaGrad steps and L2 decay, in a fixed order, so
 * that the same examples give the same weights on every machine. Pure: the build trains it
 * (scripts/train-note-model.ts), the background only predicts.
 */
import { mulberry32 } from '../algo/prng';

/** Weights as shipped: per feature, its non-zero weights as [class index, weight, ...]. */
export interface SoftmaxModel {
  classes: readonly string[];
  bias: readonly number[];
  weights: Readonly<Record<string, readonly number[]>>;
}

export interface Example {
  features: readonly string[];
  /** Index into the classes. */
  label: number;
  /** How much this example counts (1 unless a class is to weigh more). */
  weight?: number;
}

export interface TrainOptions {
  epochs: number;
  /** AdaGrad's base step. */
  rate: number;
  /** L2 decay per update of a feature's weights. */
  l2: number;
  /** Features seen in fewer examples than this are dropped. */
  minCount: number;
  /** Weights smaller than this (in absolute value) are not shipped. */
  prune: number;
  seed: number;
}

export const DEFAULT_TRAINING: TrainOptions = { epochs: 30, rate: 0.2, l2: 1e-4, minCount: 2, prune: 0.02, seed: 7 };

function softmaxInPlace(scores: number[]): number[] {
  const top = Math.max(...scores);
  let sum = 0;
  for (let i = 0; i < scores.length; i++) sum += scores[i] = Math.exp(scores[i]! - top);
  for (let i = 0; i < scores.length; i++) scores[i]! /= sum;
  return scores;
}

export function trainSoftmax(classes: readonly string[], examples: readonly Example[], options: Partial<TrainOptions> = {}): SoftmaxModel {
  const o = { ...DEFAULT_TRAINING, ...options };
  const k = classes.length;
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const kept = [...counts].filter(([, n]) => n >= o.minCount).map(([f]) => f);
  kept.sort();
  const index = new Map(kept.map((f, i) => [f, i]));
  const w = new Float64Array(kept.length * k);
  const g2 = new Float64Array(kept.length * k).fill(1e-8);
  const bias = new Float64Array(k);
  const b2 = new Float64Array(k).fill(1e-8);
  const rows = examples.map((e) => ({ ids: [...new Set(e.features)].flatMap((f) => (index.has(f) ? [index.get(f)!] : [])), e }));
  const order = rows.map((_, i) => i);
  const next = mulberry32(o.seed);
  const scores = new Array<number>(k);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const { ids, e } = rows[r]!;
      for (let c = 0; c < k; c++) {
        let s = bias[c]!;
        for (const id of ids) s += w[id * k + c]!;
        scores[c] = s;
      }
      const p = softmaxInPlace(scores);
      const weight = e.weight ?? 1;
      for (let c = 0; c < k; c++) {
        const grad = weight * (p[c]! - (c === e.label ? 1 : 0));
        b2[c]! += grad * grad;
        bias[c]! -= (o.rate * grad) / Math.sqrt(b2[c]!);
        for (const id of ids) {
          const at = id * k + c;
          const gi = grad + o.l2 * w[at]!;
          g2[at]! += gi * gi;
          w[at]! -= (o.rate * gi) / Math.sqrt(g2[at]!);
        }
      }
    }
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  const weights: Record<string, number[]> = {};
  kept.forEach((f, i) => {
    const out: number[] = [];
    for (let c = 0; c < k; c++) {
      const v = w[i * k + c]!;
      if (Math.abs(v) >= o.prune) out.push(c, round(v));
    }
    if (out.length) weights[f] = out;
  });
  return { classes: [...classes], bias: [...bias].map(round), weights };
}

/** Each class's probability for these features, in the model's class order. */
export function predict(model: SoftmaxModel, features: readonly string[]): number[] {
  const scores = [...model.bias];
  for (const f of new Set(features)) {
    const ws = model.weights[f];
    if (!ws) continue;
    for (let i = 0; i < ws.length; i += 2) scores[ws[i]!]! += ws[i + 1]!;
  }
  return softmaxInPlace(scores);
}

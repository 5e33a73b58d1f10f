/**
 * The bench's draws from the seeded generator (data/core/algo/prng.ts), so every run reads the
 * same text, the same synthetic names and the same pages: numbers from two runs compare like with like.
 */
import type { Rng } from '../data/core/algo/prng';

export { mulberry32, type Rng } from '../data/core/algo/prng';

export function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

/** An integer in [lo, hi]. */
export function between(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same numbers on
 * every machine, so what is drawn from it (the bench's text, the note model's training order)
 * compares like with like from run to run.
 */
export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

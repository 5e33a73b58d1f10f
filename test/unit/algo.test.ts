import { describe, expect, it } from 'vitest';
import { lastAtOrBefore, partitionPoint } from '../../data/core/algo/partition-point';
import { runToEnd } from '../../data/core/algo/steps';
import { mulberry32 } from '../../bench/prng';

describe('partitionPoint', () => {
  it('finds the first index the predicate does not hold for, at both ends and between', () => {
    const xs = [1, 3, 3, 5, 8];
    expect(partitionPoint(xs.length, (i) => xs[i]! < 0)).toBe(0);
    expect(partitionPoint(xs.length, (i) => xs[i]! < 3)).toBe(1);
    expect(partitionPoint(xs.length, (i) => xs[i]! <= 3)).toBe(3);
    expect(partitionPoint(xs.length, (i) => xs[i]! < 100)).toBe(5);
    expect(partitionPoint(0, () => true)).toBe(0);
  });

  it('agrees with a linear scan on random sorted lists', () => {
    const random = mulberry32(7);
    for (let n = 0; n < 300; n++) {
      const xs = Array.from({ length: Math.floor(random() * 40) }, () => Math.floor(random() * 50)).sort((a, b) => a - b);
      const v = Math.floor(random() * 60) - 5;
      const linear = xs.findIndex((x) => x > v);
      expect(partitionPoint(xs.length, (i) => xs[i]! <= v)).toBe(linear === -1 ? xs.length : linear);
      expect(lastAtOrBefore(xs, v)).toBe(Math.max(0, (linear === -1 ? xs.length : linear) - 1));
    }
  });
});

describe('runToEnd', () => {
  it('runs every step and returns the result', () => {
    const seen: number[] = [];
    function* work(): Generator<void, string> {
      for (let i = 0; i < 3; i++) {
        seen.push(i);
        yield;
      }
      return 'done';
    }
    expect(runToEnd(work())).toBe('done');
    expect(seen).toEqual([0, 1, 2]);
  });
});

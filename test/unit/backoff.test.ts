import { describe, expect, it } from 'vitest';
import { backoff, FORGIVE_AFTER_MS, MAX_RETRY_MS } from '../../data/core/pacing/backoff';

/** The times at which a caller asking every `every` ms from 0 to `until` is let through. */
function allowed(every: number, until: number, b = backoff()): number[] {
  const out: number[] = [];
  for (let t = 0; t <= until; t += every) if (b.take(t)) out.push(t);
  return out;
}

describe('backoff', () => {
  it('acts at once, then after 1, 2, 4, 8 ... seconds while the page keeps undoing it', () => {
    expect(allowed(100, 40_000)).toEqual([0, 1000, 3000, 7000, 15_000, 31_000]);
  });

  it('never more often than once a minute, however long the fight', () => {
    const times = allowed(500, 3_600_000);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(Math.max(...gaps)).toBe(MAX_RETRY_MS);
    expect(gaps.slice(-10).every((g) => g === MAX_RETRY_MS)).toBe(true);
    expect(times.length).toBeLessThan(70);
  });

  it('a restoration left alone for half a minute is forgiven: the count starts again', () => {
    const b = backoff();
    expect(b.take(0)).toBe(true);
    expect(b.take(500)).toBe(false);
    expect(b.take(1000)).toBe(true);
    expect(b.take(2000)).toBe(false); // now 2 s apart
    // The next was allowed at 3 s; it is noticed undone only half a minute after that.
    const later = 3000 + FORGIVE_AFTER_MS;
    expect(b.take(later)).toBe(true);
    expect(b.take(later + 999)).toBe(false);
    expect(b.take(later + 1000)).toBe(true);
  });
});

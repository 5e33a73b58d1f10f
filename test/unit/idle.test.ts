/**
 * The idle runner's slices, on a clock the steps move: how many steps share a slice, and where
 * a slice ends before a step that says it is heavy.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { heavyNext, runToEnd, takeHeavyNext } from '../../data/core/algo/steps';
import { runWhenIdle, SLICE_BUDGET_MS } from '../../entrypoints/in-page/idle';

let clock = 0;
let idle: Array<(d: { timeRemaining(): number }) => void> = [];

beforeEach(() => {
  clock = 0;
  idle = [];
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  vi.stubGlobal('requestIdleCallback', (cb: (d: { timeRemaining(): number }) => void) => idle.push(cb));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  takeHeavyNext();
});

/** Runs the idle callbacks one by one until `done`; each slice's step lengths, in order. */
async function slicesOf(costs: readonly number[], heavyBefore: ReadonlySet<number> = new Set()): Promise<number[][]> {
  const slices: number[][] = [];
  function* steps(): Generator<void, string> {
    for (const [i, ms] of costs.entries()) {
      slices[slices.length - 1]!.push(ms);
      clock += ms;
      if (heavyBefore.has(i + 1)) heavyNext();
      yield;
    }
    return 'done';
  }
  const result = runWhenIdle(steps());
  let settled = false;
  void result.then(() => (settled = true));
  while (!settled) {
    const cb = idle.shift();
    if (!cb) break;
    slices.push([]);
    cb({ timeRemaining: () => 50 });
    await Promise.resolve();
  }
  expect(await result).toBe('done');
  return slices.filter((s) => s.length);
}

describe('runWhenIdle', () => {
  it('fills a slice with short steps up to its budget', async () => {
    const slices = await slicesOf(Array.from({ length: 20 }, () => 1));
    expect(slices.map((s) => s.length)).toEqual([SLICE_BUDGET_MS, SLICE_BUDGET_MS, SLICE_BUDGET_MS, 2]);
  });

  it('starts steps while the slice has time left, the last of them overrunning it', async () => {
    const slices = await slicesOf([4, 4, 4]);
    expect(slices).toEqual([[4, 4], [4]]);
  });

  it('starts a step that says it is heavy on a fresh slice, unless the slice has only begun', async () => {
    // Step 3 is heavy: announced by step 2. Step 0 is heavy too, announced by nobody: it runs at once.
    const slices = await slicesOf([0.5, 1, 1, 9, 0.5, 0.5], new Set([3]));
    expect(slices).toEqual([[0.5, 1, 1], [9], [0.5, 0.5]]);
    // Announced at a slice's start (nothing run yet worth leaving), the heavy step runs in it.
    expect(await slicesOf([0.25, 9, 0.5], new Set([1]))).toEqual([[0.25, 9], [0.5]]);
  });

  it('forgets an announcement once taken, and runToEnd takes it too', () => {
    heavyNext();
    expect(takeHeavyNext()).toBe(true);
    expect(takeHeavyNext()).toBe(false);
    runToEnd(
      (function* () {
        heavyNext();
        yield;
      })(),
    );
    expect(takeHeavyNext()).toBe(false);
  });
});

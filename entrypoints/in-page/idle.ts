import { takeHeavyNext } from '../../data/core/algo/steps';

/**
 * Runs a generator in the page's idle periods, a few milliseconds at a time, so scanning a
 * long page never blocks typing or scrolling. A frame at 60 Hz is 16 ms; we take at most 6 of
 * them and leave the rest to the page. Not 8: the last step of a slice may overrun it, and a
 * garbage collection may land in it too (on the 1 MB page in the bench, 8 ms slices made
 * tasks of up to 16.6 ms; 6 ms slices, 12 to 17.5 ms over two runs).
 */
export const SLICE_BUDGET_MS = 6;
/** Idle callbacks can starve on a busy page; after this long we take our slice anyway. */
const IDLE_TIMEOUT_MS = 1000;

type IdleDeadlineLike = { timeRemaining(): number; didTimeout?: boolean };

function requestIdle(cb: (d: IdleDeadlineLike) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(cb, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(() => cb({ timeRemaining: () => SLICE_BUDGET_MS }), 16);
}

export function runWhenIdle<R>(steps: Generator<void, R>): Promise<R> {
  return new Promise((resolve, reject) => {
    const slice = (deadline: IdleDeadlineLike) => {
      const start = performance.now();
      const budget = Math.min(SLICE_BUDGET_MS, Math.max(2, deadline.timeRemaining()));
      try {
        // A step that says it is heavy waits for the next slice, unless this one has only begun.
        // (Not starting a step as long as the last one where it would overrun was tried: it left
        // slices half used, and what it took off the longest slice was within the bench's noise.)
        for (let now = start; now - start < budget;) {
          const r = steps.next();
          if (r.done) return resolve(r.value);
          now = performance.now();
          if (takeHeavyNext() && now - start > 1) break;
        }
      } catch (err) {
        return reject(err);
      }
      requestIdle(slice);
    };
    requestIdle(slice);
  });
}

/**
 * How often to put back what a page keeps taking away (our highlight, our style sheet): at
 * once the first time, then, while the page keeps undoing it, after 1 s, 2 s, 4 s ... and at
 * most once a minute. A restoration that lasted half a minute starts the count again. No
 * timers and no DOM: the caller asks when it notices, and this says whether to act now.
 */
export interface Backoff {
  /** True if a restoration may happen at `now` (ms); if so, it is counted as done. */
  take(now: number): boolean;
}

export const FIRST_RETRY_MS = 1000;
export const MAX_RETRY_MS = 60_000;
/**
 * A restoration noticed undone this long after the next one was allowed had lasted: it was
 * not a fight, and the count starts again. (In a fight the page undoes it at once, and the
 * caller finds it undone as soon as it may act.)
 */
export const FORGIVE_AFTER_MS = 30_000;

export function backoff(): Backoff {
  let last = -Infinity;
  let delay = 0;
  return {
    take(now) {
      const allowedAt = last + delay;
      if (now < allowedAt) return false;
      delay = now - allowedAt >= FORGIVE_AFTER_MS ? FIRST_RETRY_MS : Math.min(MAX_RETRY_MS, Math.max(FIRST_RETRY_MS, delay * 2));
      last = now;
      return true;
    },
  };
}

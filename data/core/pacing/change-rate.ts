/**
 * Tells a page that keeps growing from one that changed once. Chromium rebuilds every
 * registered highlight on each frame after any DOM change anywhere on the page; a feed
 * appending posts many times a second pays that on every frame (the bench's mutation storm:
 * 32% more main-thread time with a dozen marks registered, 6% with none). No DOM, no timers:
 * the caller says when a change came, and this says whether changes are coming that fast.
 */
export interface ChangeRate {
  /** Notes a change at `now` (ms); true while at least `limit` came within the last `windowMs`. */
  note(now: number): boolean;
}

export function changeRate(limit: number, windowMs: number): ChangeRate {
  // The times of the last `limit` changes, a ring: the oldest is the one about to be overwritten.
  const times = new Float64Array(limit).fill(-Infinity);
  let next = 0;
  return {
    note(now) {
      times[next] = now;
      next = (next + 1) % limit;
      return now - times[next]! <= windowMs;
    },
  };
}

/**
 * The page is changing many times a second (see data/core/pacing/change-rate.ts): the marks
 * come off the registry until it has been quiet for a moment, then go back. One timer per
 * hold, pushed back while the changes keep coming (cheaper than re-arming it on each).
 */

/** How long a page must stop changing before held marks are painted again. */
export const HOLD_QUIET_MS = 400;

export interface StormHold {
  /** A change in the storm: hold now, or hold on longer. */
  hold(): void;
  holding(): boolean;
  dispose(): void;
}

export function stormHold(onHold: () => void, onRelease: () => void, now: () => number = () => performance.now()): StormHold {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let heldAt = 0;
  function release() {
    const wait = heldAt + HOLD_QUIET_MS - now();
    if (wait > 0) {
      timer = setTimeout(release, wait);
      return;
    }
    timer = null;
    onRelease();
  }
  return {
    hold() {
      heldAt = now();
      if (timer) return;
      onHold();
      timer = setTimeout(release, HOLD_QUIET_MS);
    },
    holding: () => timer !== null,
    dispose() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

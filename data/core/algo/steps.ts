/**
 * Work written as generators that yield between steps, so that a page's idle time can take it a
 * few milliseconds at a time (entrypoints/in-page/idle.ts). Where there is no page to share
 * with (the scan command, the tests), it runs to its end at once.
 */
export type Steps<R> = Generator<void, R>;

export function runToEnd<R>(steps: Steps<R>): R {
  for (let r = steps.next(); ; r = steps.next()) {
    takeHeavyNext();
    if (r.done) return r.value;
  }
}

let heavyAhead = false;

/**
 * Said just before a yield: the step after it is heavy by itself (a browser compiling a large
 * pattern at its first use, a long page's whole text taken in one call). A runner that shares
 * the page's time starts that step on a fresh slice, rather than after a slice's worth of other
 * work, so that the two together do not make one long task.
 */
export function heavyNext(): void {
  heavyAhead = true;
}

/** For a runner, after each step: whether the step asked for a fresh slice (the request is then spent). */
export function takeHeavyNext(): boolean {
  const ahead = heavyAhead;
  heavyAhead = false;
  return ahead;
}

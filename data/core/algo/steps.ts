/**
 * Work written as generators that yield between steps, so that a page's idle time can take it a
 * few milliseconds at a time (entrypoints/in-page/idle.ts). Where there is no page to share
 * with (the scan command, the tests), it runs to its end at once.
 */
export type Steps<R> = Generator<void, R>;

export function runToEnd<R>(steps: Steps<R>): R {
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

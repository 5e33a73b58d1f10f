/** A long text read a slice at a time, so that a step of work stays a few milliseconds long. */

/** Text per step: a trigger pattern reads 64 kB in about a millisecond. */
export const STEP_CHARS = 64 * 1024;
/** Steps overlap by more than any trigger word or name, so that none is cut in two. */
const STEP_OVERLAP = 120;

/** [from, the slice to search, the end of what this step owns]: matches at or past the end belong to the next step. */
export function* slices(text: string): Generator<[number, string, number]> {
  for (let from = 0; from < text.length; from += STEP_CHARS) {
    const to = Math.min(text.length, from + STEP_CHARS);
    yield [from, text.slice(from, Math.min(text.length, to + STEP_OVERLAP)), to];
  }
}

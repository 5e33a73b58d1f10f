/**
 * The highlight registry and the adopted sheets are the page's too: a page may clear them
 * (`CSS.highlights.clear()`, `document.adoptedStyleSheets = [its own]`). We look whether it
 * took ours away when the person moves the pointer or scrolls, and when marks arrive (no
 * timer runs for it), and put them back at the pace `backoff` allows: no fight with a page
 * that keeps at it.
 */
import { backoff } from '../../../data/core/pacing/backoff';

/** How often, at most, we look. */
export const CHECK_MS = 1000;

export interface TamperGuard {
  check(): void;
}

export function tamperGuard(
  doc: Document,
  sheet: CSSStyleSheet,
  name: string,
  highlight: Highlight,
  /** Whether our highlight should be registered now (not under "none", not in a storm's hold). */
  registered: () => boolean,
  now: () => number = () => performance.now(),
): TamperGuard {
  let checkedAt = -Infinity;
  const restoring = backoff();
  return {
    check() {
      const t = now();
      if (t - checkedAt < CHECK_MS) return;
      checkedAt = t;
      const lostSheet = !doc.adoptedStyleSheets.includes(sheet);
      const lostHighlight = registered() && CSS.highlights.get(name) !== highlight;
      if (!(lostSheet || lostHighlight) || !restoring.take(t)) return;
      if (lostSheet) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      if (lostHighlight) CSS.highlights.set(name, highlight);
    },
  };
}

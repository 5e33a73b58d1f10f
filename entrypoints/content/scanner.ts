/**
 * Keeps the page's marks current: reads the text in idle slices, detects mentions, turns them
 * into ranges and paints them. Rescans follow DOM changes, debounced and rate-limited so a
 * page that rewrites itself in a loop (a clock, a ticker) costs at most one scan per interval.
 */
import type { Detector } from '../../data/detect';
import type { Painter } from './highlight';
import { idleSteps } from './scan-steps';
import { runWhenIdle } from './idle';
import { createMentionMap, type MentionMap } from './mention-map';

/** Let a burst of DOM changes settle before reading the page again. */
const SETTLE_MS = 300;
/** Never rescan more often than this, whatever the page does. */
const MIN_INTERVAL_MS = 1000;

export interface Scanner {
  map(): MentionMap;
  /** Resolves when the current scan (and any rescan it queued) has finished. */
  ready(): Promise<void>;
  stop(): void;
}

export function startScanner(root: () => HTMLElement | null, detect: Detector, painter: Painter, ignore: (n: Node) => boolean, onChange: (map: MentionMap) => void): Scanner {
  let current: MentionMap = createMentionMap([], { text: '', nodes: [], starts: [], titled: [] });
  let running: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastScan = 0;
  let stopped = false;

  const scan = () => {
    running = running.then(async () => {
      const el = root();
      if (!el || stopped) return;
      lastScan = performance.now();
      const { marked, page } = await runWhenIdle(idleSteps(el, detect));
      if (stopped) return;
      current = createMentionMap(marked, page);
      painter.set(marked.map((m) => m.range));
      onChange(current);
    });
  };

  const observer = new MutationObserver((records) => {
    if (records.every((r) => ignore(r.target))) return;
    if (timer !== null) return;
    const wait = Math.max(SETTLE_MS, MIN_INTERVAL_MS - (performance.now() - lastScan));
    timer = setTimeout(() => {
      timer = null;
      scan();
    }, wait);
  });
  const el = root();
  if (el) observer.observe(el, { childList: true, subtree: true, characterData: true });
  scan();

  return {
    map: () => current,
    ready: async () => {
      for (;;) {
        const seen = running;
        await seen;
        if (seen === running && timer === null) return;
        if (timer !== null) await new Promise((r) => setTimeout(r, SETTLE_MS));
      }
    },
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer !== null) clearTimeout(timer);
      painter.clear();
    },
  };
}

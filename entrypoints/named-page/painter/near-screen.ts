/**
 * Which marks are registered with the browser: those whose holder (the element of their text)
 * is on or near the screen. Every registered range costs the browser work on every DOM change
 * (it revalidates them all before painting: 59% more main-thread time in the bench's mutation
 * storm with 3,300 of them), so marks far off screen are kept but not registered.
 */

/** What is registered: the ranges of holders near the screen. */
export interface RangeSink {
  add(range: Range): void;
  delete(range: Range): void;
}

/** The part of IntersectionObserver used here, so tests can drive it. */
export interface Watcher {
  observe(el: Element): void;
  unobserve(el: Element): void;
  disconnect(): void;
}

export interface NearEntry {
  target: Element;
  isIntersecting: boolean;
  boundingClientRect: { width: number; height: number };
}

/** A screenful above and below: a scroll finds its marks painted. */
export const NEAR_SCREEN_MARGIN = '100% 100% 100% 100%';
/** After a scroll or resize, how long to wait before looking again at the marks far off screen. */
export const RELOOK_MS = 100;

export interface NearScreen {
  add(range: Range): void;
  forget(range: Range): void;
  /** The observer's report: holders that came near or went far. */
  onEntries(entries: readonly NearEntry[]): void;
  /** A scroll or a resize: holders seen far are watched again (soon, once). */
  moved(): void;
  clear(): void;
  dispose(): void;
}

export function nearScreen(sink: RangeSink, watch: (onEntries: (e: readonly NearEntry[]) => void) => Watcher): NearScreen {
  /** The element each mark's visibility is judged by (its text's parent), and its marks. */
  const holderOf = new Map<Range, Element>();
  const held = new Map<Element, Set<Range>>();
  /** Holders on or near the screen: their marks are the registered ones. */
  const shown = new Set<Element>();
  /**
   * Holders seen far off screen, no longer observed: the observer's cost is per target on
   * every frame the page lays out (a second of the storm with 3,300 targets), and a far
   * holder comes near by a scroll or a resize, after which they are all observed again.
   */
  const far = new Set<Element>();
  let relook: ReturnType<typeof setTimeout> | null = null;

  const self: NearScreen = {
    add(range) {
      const node = range.startContainer;
      const holder = node instanceof Element ? node : node.parentElement;
      if (!holder || holderOf.has(range)) return;
      holderOf.set(range, holder);
      const ranges = held.get(holder);
      if (ranges) ranges.add(range);
      else {
        held.set(holder, new Set([range]));
        watcher.observe(holder);
      }
      if (shown.has(holder)) sink.add(range);
    },
    forget(range) {
      const holder = holderOf.get(range);
      if (!holder) return;
      holderOf.delete(range);
      sink.delete(range);
      const ranges = held.get(holder)!;
      ranges.delete(range);
      if (ranges.size === 0) {
        held.delete(holder);
        shown.delete(holder);
        far.delete(holder);
        watcher.unobserve(holder);
      }
    },
    onEntries(entries) {
      for (const e of entries) {
        const ranges = held.get(e.target);
        if (!ranges) continue;
        // A holder with no box of its own (`display: contents`) cannot be judged: painted always.
        const near = e.isIntersecting || (e.boundingClientRect.width === 0 && e.boundingClientRect.height === 0);
        if (!near) {
          far.add(e.target);
          watcher.unobserve(e.target);
        }
        if (near === shown.has(e.target)) continue;
        if (near) {
          shown.add(e.target);
          for (const r of ranges) sink.add(r);
        } else {
          shown.delete(e.target);
          for (const r of ranges) sink.delete(r);
        }
      }
    },
    moved() {
      if (relook || far.size === 0) return;
      relook = setTimeout(() => {
        relook = null;
        for (const holder of far) watcher.observe(holder);
        far.clear();
      }, RELOOK_MS);
    },
    clear() {
      watcher.disconnect();
      holderOf.clear();
      held.clear();
      shown.clear();
      far.clear();
    },
    dispose() {
      self.clear();
      if (relook) clearTimeout(relook);
      relook = null;
    },
  };
  const watcher = watch((entries) => self.onEntries(entries));
  return self;
}

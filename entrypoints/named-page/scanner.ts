/**
 * Keeps the page's marks current. The first scan reads the whole page in idle slices; after
 * that a MutationObserver queues only the blocks that changed, and each is rescanned alone:
 * its old marks go, its new ones come, the rest of the page is not read again. A block the
 * page rewrites in a loop (a clock, a ticker) is slowed down rather than rescanned forever.
 */
import type { ClaimNote } from '../../data/core/claims/claims';
import type { Detector } from '../../data/core/names/detect';
import { FILM_ENTITY_IDS } from '../../data/film/topic';
import type { Painter } from './painter';
import { runWhenIdle } from '../in-page/idle';
import type { MarkedMention } from '../../data/contracts/marks';
import { claimMentions, MentionStore, toMarkedSteps } from './mark-store';
import { changeRate } from '../../data/core/pacing/change-rate';
import { isBlock, isSkipped, readPageText, type PageText } from './page-text';

/** Let a burst of DOM changes settle before reading again (one frame is too eager for React). */
const SETTLE_MS = 150;
/** A block rescanned this often within the window is being rewritten in a loop. */
const LOOP_LIMIT = 4;
const LOOP_WINDOW_MS = 10_000;
/** How often such a block is read while it keeps looping: a clock's marks can wait 5 s. */
const LOOP_BACKOFF_MS = 5_000;
/** Registering a mark (store entry and highlight range) costs microseconds; a few hundred fit a slice. */
const MARKS_PER_STEP = 300;

const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

function hostOf(el: Element): Element | null {
  const r = el.getRootNode();
  return r instanceof ShadowRoot ? r.host : null;
}

/** Whole-page rereads after the first are for rare events; never more often than this. */
const MIN_FULL_INTERVAL_MS = 5_000;

export interface Scanner {
  store: MentionStore;
  /** The sentences that state a claim the ledger does not confirm (empty without `claims`). */
  claims: MentionStore;
  /** Resolves once nothing is queued or running. */
  ready(): Promise<void>;
  /** How many block rescans ran (for tests and the benchmark). */
  stats(): { fullScans: number; blockScans: number; deferred: number };
  stop(): void;
}

/** What the scanner paints with: the rest of the painter is the session's business. */
export type MarkPainter = Pick<Painter, 'add' | 'remove' | 'clear' | 'hold'>;

/** The claim notes: found in the same text as the names, painted apart. */
export interface ClaimMarking {
  /** In steps (`claimSteps`); `filmNamedAround`: the rest of the page names the film (see `detectClaims`). */
  steps(page: PageText, filmNamedAround: boolean): Generator<void, ClaimNote[]>;
  /** A quick look first: false when no claim can be in the text (`mayClaim`). */
  mayClaim(text: string): boolean;
  painter: MarkPainter;
}

/**
 * A page adding elements this often is growing in a storm (a feed pouring in, a live blog
 * catching up): its marks are held off the screen until it calms down (`Painter.hold`). A
 * post every 100 ms is one; a React app's first render or a clock's tick is not.
 */
const STORM_CHANGES = 8;
const STORM_WINDOW_MS = 1000;

export function startScanner(
  root: HTMLElement,
  detect: Detector,
  painter: MarkPainter,
  ignore: (n: Node) => boolean,
  /** Called each time the marks have settled after a scan (the badge count follows it). */
  onSettled: (store: MentionStore) => void = () => {},
  claimMarking: ClaimMarking | null = null,
): Scanner {
  const store = new MentionStore();
  const claims = new MentionStore();
  /** The page's claim notes in `page`, as marks; none without claim marking. */
  function* claimsIn(page: PageText, block: boolean, filmNamedAround = false): Generator<void, MarkedMention[]> {
    // A changed block, mostly a feed's new post, is looked at quickly first; a whole page's
    // text is read in steps anyway, and a quick look would read it once more in one piece.
    if (!claimMarking || (block && !claimMarking.mayClaim(page.text))) return [];
    const found = yield* claimMarking.steps(page, filmNamedAround);
    return yield* toMarkedSteps(page, claimMentions(found), doc);
  }
  const doc = root.ownerDocument;
  const dirty = new Set<Element>();
  const history = new WeakMap<Element, number[]>();
  const stats = { fullScans: 0, blockScans: 0, deferred: 0 };
  let full = true;
  let running: Promise<void> | null = null;
  let settle: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let sweep = false;
  let lastReread = -Infinity;
  let rereadQueued = false;

  /**
   * A scan under way when the scanner stops (the site switched off, a new body swapped in)
   * goes no further: no mark of it reaches the painter. `return()` lets the reader close
   * what it opened.
   */
  function* untilStopped(g: Generator<void, void>): Generator<void, void> {
    for (let r = g.next(); !r.done; r = g.next()) {
      yield;
      if (stopped) {
        g.return(undefined);
        return;
      }
    }
  }

  function* work(): Generator<void, void> {
    while (full || dirty.size || sweep) {
      if (full) {
        full = false;
        sweep = false;
        dirty.clear();
        stats.fullScans++;
        const page = yield* readPageText(root);
        watchShadows(page.shadowRoots);
        const marked = yield* toMarkedSteps(page, yield* detect.steps(page), doc);
        const claimed = yield* claimsIn(page, false);
        painter.remove(store.removeWithin(null, true));
        claimMarking?.painter.remove(claims.removeWithin(null, true));
        claims.add(claimed);
        claimMarking?.painter.add(claimed);
        yield;
        // Thousands of marks on a long page: registered a few hundred per step.
        for (let i = 0; i < marked.length; i += MARKS_PER_STEP) {
          const part = marked.slice(i, i + MARKS_PER_STEP);
          store.add(part);
          painter.add(part);
          yield;
        }
        continue;
      }
      const before = store.namedInFull();
      // Blocks queued while this batch runs wait for the next one: nothing queued is dropped.
      const batch = outermost(dirty);
      dirty.clear();
      sweep = false;
      const removed: MarkedMention[] = store.removeWithin(null); // text that left with a removed node
      const added: MarkedMention[] = [];
      const claimsRemoved: MarkedMention[] = claims.removeWithin(null);
      const filmNamed = claimMarking !== null && store.namesAny(FILM_ENTITY_IDS);
      const claimsAdded: MarkedMention[] = [];
      for (const block of batch) {
        if (!block.isConnected) continue;
        stats.blockScans++;
        const page = yield* readPageText(block);
        watchShadows(page.shadowRoots);
        const marked = yield* toMarkedSteps(page, yield* detect.steps(page, before), doc);
        removed.push(...store.removeWithin(block));
        store.add(marked);
        added.push(...marked);
        const claimed = yield* claimsIn(page, true, filmNamed);
        claimsRemoved.push(...claims.removeWithin(block));
        claims.add(claimed);
        claimsAdded.push(...claimed);
        yield;
      }
      // One repaint per batch: every change to the highlight makes the browser repaint the page.
      painter.remove(removed);
      painter.add(added.filter((m) => store.has(m)));
      claimMarking?.painter.remove(claimsRemoved);
      claimMarking?.painter.add(claimsAdded.filter((m) => claims.has(m)));
      // A newly named person makes bare surnames elsewhere count: read the page again, at most
      // once per interval (a virtualised feed may bring the same name back and forth).
      const now = performance.now();
      const arrived = [...store.namedInFull()].some((e) => !before.has(e) && detect.backreferenced.has(e));
      if (arrived) {
        const wait = lastReread + MIN_FULL_INTERVAL_MS - now;
        if (wait <= 0) {
          full = true;
          lastReread = now;
        } else if (!rereadQueued) {
          rereadQueued = true;
          setTimeout(() => {
            rereadQueued = false;
            lastReread = performance.now();
            full = true;
            schedule();
          }, wait);
        }
      }
    }
  }

  function schedule(delay = SETTLE_MS) {
    if (stopped || running || settle) return;
    settle = setTimeout(() => {
      settle = null;
      running = runWhenIdle(untilStopped(work())).finally(() => {
        running = null;
        if (full || dirty.size || sweep) schedule();
        else if (!stopped) onSettled(store);
      });
    }, delay);
  }

  /** The nearest block around a changed node; inside a shadow root, the host's block. */
  function blockOf(node: Node): Element | null {
    let el: Element | null = node instanceof Element ? node : node.parentElement;
    if (!el && node.parentNode instanceof ShadowRoot) el = node.parentNode.host;
    for (let e = el; e; e = e.parentElement ?? hostOf(e)) if (isSkipped(e) || ignore(e)) return null;
    while (el && el !== root && !isBlock(el)) el = el.parentElement ?? hostOf(el);
    return el;
  }

  const watched = new WeakSet<ShadowRoot>();
  /** Changes inside open shadow roots do not reach the document's observer: watch each one we read. */
  function watchShadows(roots: readonly ShadowRoot[]) {
    for (const sr of roots) {
      if (watched.has(sr)) continue;
      watched.add(sr);
      store.shadowRoots.push(sr);
      claims.shadowRoots.push(sr);
      observer.observe(sr, OBSERVE);
    }
  }

  const deferred = new WeakSet<Element>();
  /** `moved`: the block itself was put (back) into the page, as a list that reorders does. */
  function markDirty(block: Element, moved: boolean) {
    const now = performance.now();
    const times = (history.get(block) ?? []).filter((t) => now - t < LOOP_WINDOW_MS);
    times.push(now);
    history.set(block, times);
    if (times.length <= LOOP_LIMIT) {
      dirty.add(block);
      return;
    }
    const broken = store.brokenWithin(block);
    // A block the page moves (a React list that reorders) keeps its text: its marks, broken by
    // the move, are repaired at once however often it happens.
    if (moved && broken) {
      dirty.add(block);
      return;
    }
    // Rewritten in place, in a loop (a ticker, a clock): what the rewrite broke is taken off at
    // once, and the block is read again once per back-off period at most.
    if (broken) painter.remove(store.removeBrokenWithin(block));
    if (claimMarking && claims.brokenWithin(block)) claimMarking.painter.remove(claims.removeBrokenWithin(block));
    if (deferred.has(block)) return;
    deferred.add(block);
    stats.deferred++;
    setTimeout(() => {
      deferred.delete(block);
      if (!stopped && block.isConnected) {
        dirty.add(block);
        schedule();
      }
    }, LOOP_BACKOFF_MS);
  }

  const growth = changeRate(STORM_CHANGES, STORM_WINDOW_MS);
  const observer = new MutationObserver((records) => {
    /** Each changed block, and whether it was itself inserted (moved or new) rather than changed inside. */
    const blocks = new Map<Element, boolean>();
    let grew = false;
    for (const r of records) {
      if (ignore(r.target)) continue;
      if (r.type === 'childList') {
        if (r.removedNodes.length) sweep = true;
        // A block appended whole (a feed's new post) is scanned alone, not with its parent.
        for (const n of r.addedNodes) {
          // Our own card, put in <body> where a page will not have it in <html>: not the page's text.
          if (ignore(n)) continue;
          const el = n instanceof Element;
          const inserted = el && isBlock(n);
          const b = inserted ? (blockOf(r.target) ? n : null) : blockOf(r.target);
          // Moved, not new: an element put back that holds marked text (a list reordering its
          // items, blocks or not); a ticker's fresh text or fresh <span> holds none.
          if (b) blocks.set(b, (blocks.get(b) ?? false) || (el && store.holdsMarksIn(n)));
          // Growth is new blocks (posts, paragraphs); a counter re-rendering its <span>s is not.
          grew ||= inserted;
        }
      } else {
        const b = blockOf(r.target);
        if (b && !blocks.has(b)) blocks.set(b, false);
      }
    }
    for (const [b, moved] of blocks) markDirty(b, moved);
    if (grew && growth.note(performance.now())) {
      painter.hold();
      claimMarking?.painter.hold();
    }
    if (dirty.size || sweep) schedule();
  });
  observer.observe(root, OBSERVE);
  schedule(0);

  return {
    store,
    claims,
    stats: () => ({ ...stats }),
    async ready() {
      // Let mutation records already queued reach the observer first.
      await new Promise((r) => setTimeout(r, 0));
      while (!stopped && (running || settle || full || dirty.size || sweep)) {
        if (running) await running;
        else await new Promise((r) => setTimeout(r, SETTLE_MS));
      }
    },
    stop() {
      stopped = true;
      observer.disconnect();
      if (settle) clearTimeout(settle);
      painter.clear();
      claimMarking?.painter.clear();
    },
  };
}

/** Drops blocks inside other queued blocks (rescanning the outer one covers them), in O(blocks x depth). */
function outermost(blocks: ReadonlySet<Element>): Element[] {
  return [...blocks].filter((b) => {
    for (let p = b.parentElement ?? hostOf(b); p; p = p.parentElement ?? hostOf(p)) if (blocks.has(p)) return false;
    return true;
  });
}

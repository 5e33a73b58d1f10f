/**
 * Keeps the page's marks current. The first scan reads the whole page in idle slices; after
 * that a MutationObserver queues only the blocks that changed, and each is rescanned alone:
 * its old marks go, its new ones come, the rest of the page is not read again. A block the
 * page rewrites in a loop (a clock, a ticker) is slowed down rather than rescanned forever.
 */
import type { ClaimMark, Mark, NameMark } from '../../data/contracts/marks';
import type { ClaimNote } from '../../data/core/claims/claims';
import type { Steps } from '../../data/core/algo/steps';
import type { Detector } from '../../data/core/names/detect';
import { changeRate } from '../../data/core/pacing/change-rate';
import { FILM_ENTITY_IDS } from '../../data/film/topic';
import { runWhenIdle } from '../in-page/idle';
import { claimMarks, MarkStore, nameMarks, toMarkedSteps } from './mark-store';
import { isBlock, isSkipped, readPageText, type PageText } from './page-text';
import type { Painter } from './painter/painter';

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

/** What the scanner paints with: the rest of the painter is the marker's business. */
export type MarkPainter = Pick<Painter, 'add' | 'remove' | 'clear' | 'hold'>;

/** What a changed block is read against: the rest of the page as it was before the change. */
export interface AroundBlock {
  /** Entities named in full elsewhere on the page (their bare surnames count in the block). */
  namedInFull: ReadonlySet<string>;
  /** The rest of the page names the film (a block's sentences may then be about it). */
  filmNamed: boolean;
}

/**
 * One kind of mark the scanner keeps current: names, or the sentences that state claims. Each
 * has its store and its painter; the scanner runs every step for each layer alike.
 */
export interface Layer<M extends Mark> {
  store: MarkStore<M>;
  painter: MarkPainter;
  /** The marks in `page`: the whole page (`around` null), or one changed block. */
  find(page: PageText, around: AroundBlock | null): Steps<M[]>;
}

/** The names layer also says whose naming in full makes bare surnames elsewhere count. */
export interface NameLayer extends Layer<NameMark> {
  backreferenced: ReadonlySet<string>;
}

export function nameLayer(detect: Detector, painter: MarkPainter, doc: Document): NameLayer {
  return {
    store: new MarkStore<NameMark>(),
    backreferenced: detect.backreferenced,
    painter,
    *find(page, around) {
      const found = yield* detect.steps(page, around?.namedInFull);
      return yield* toMarkedSteps(page, nameMarks(found), doc);
    },
  };
}

/** The claim notes: found in the same text as the names, painted apart. */
export interface ClaimFinder {
  /** In steps (`claimSteps`); `filmNamedAround`: the rest of the page names the film (see `detectClaims`). */
  steps(page: PageText, filmNamedAround: boolean): Steps<ClaimNote[]>;
  /** A quick look first: false when no claim can be in the text (`mayClaim`). */
  mayClaim(text: string): boolean;
}

export function claimLayer(claims: ClaimFinder, painter: MarkPainter, doc: Document): Layer<ClaimMark> {
  return {
    store: new MarkStore<ClaimMark>(),
    painter,
    *find(page, around) {
      // A changed block, mostly a feed's new post, is looked at quickly first; a whole page's
      // text is read in steps anyway, and a quick look would read it once more in one piece.
      if (around && !claims.mayClaim(page.text)) return [];
      const found = yield* claims.steps(page, around?.filmNamed ?? false);
      return yield* toMarkedSteps(page, claimMarks(found), doc);
    },
  };
}

export interface ScannerOptions {
  root: HTMLElement;
  /** The names: always read, and what a changed block is read against. */
  names: NameLayer;
  /** The claim notes, where they are wanted. */
  claims?: Layer<ClaimMark>;
  /** Nodes that are not the page's text (our own UI). */
  ignore: (n: Node) => boolean;
  /** Called each time the marks have settled after a scan (the badge count follows it). */
  onSettled?: (names: MarkStore<NameMark>) => void;
}

export interface Scanner {
  store: MarkStore<NameMark>;
  /** The sentences that state a claim the ledger does not confirm (empty without a claims layer). */
  claims: MarkStore<ClaimMark>;
  /** Resolves once nothing is queued or running. */
  ready(): Promise<void>;
  /** How many block rescans ran (for tests and the benchmark). */
  stats(): { fullScans: number; blockScans: number; deferred: number };
  /** Reads the whole page's claims again, not its names (the claim notes have new answers). */
  rescanClaims(): void;
  stop(): void;
}

/**
 * A page adding elements this often is growing in a storm (a feed pouring in, a live blog
 * catching up): its marks are held off the screen until it calms down (`Painter.hold`). A
 * post every 100 ms is one; a React app's first render or a clock's tick is not.
 */
const STORM_CHANGES = 8;
const STORM_WINDOW_MS = 1000;

export function startScanner(options: ScannerOptions): Scanner {
  const { root, names, ignore, onSettled = () => {} } = options;
  const layers: Array<Layer<Mark>> = options.claims ? [names, options.claims] : [names];
  const claims = options.claims?.store ?? new MarkStore<ClaimMark>();
  const dirty = new Set<Element>();
  const history = new WeakMap<Element, number[]>();
  const stats = { fullScans: 0, blockScans: 0, deferred: 0 };
  let full = true;
  /** The layers a full read is for: all of them, unless only the claims asked (`rescanClaims`). */
  let fullLayers: Array<Layer<Mark>> | null = null;
  /** The last full read's text, while the page has not changed since (any mutation drops it). */
  let lastFull: PageText | null = null;
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
        const these = fullLayers ?? layers;
        full = false;
        fullLayers = null;
        // A read of the claims alone leaves the names' changed blocks queued for their own read.
        if (these === layers) {
          sweep = false;
          dirty.clear();
        }
        stats.fullScans++;
        // Reading the claims again (their answers came) on a page unchanged since the last full read
        // reuses its text: reading a long page's text is the larger part of a read.
        const page = these !== layers && lastFull ? lastFull : yield* readPageText(root);
        if (these === layers) lastFull = page;
        watchShadows(page.shadowRoots);
        const found: Mark[][] = [];
        for (const layer of these) found.push(yield* layer.find(page, null));
        for (const layer of these) layer.painter.remove(layer.store.removeWithin(null, true));
        yield;
        // Thousands of marks on a long page: registered a few hundred per step.
        for (const [i, layer] of these.entries()) {
          const marked = found[i]!;
          for (let at = 0; at < marked.length; at += MARKS_PER_STEP) {
            const part = marked.slice(at, at + MARKS_PER_STEP);
            layer.store.add(part);
            layer.painter.add(part);
            yield;
          }
        }
        continue;
      }
      const before = names.store.namedInFull();
      const around: AroundBlock = { namedInFull: before, filmNamed: names.store.namesAny(FILM_ENTITY_IDS) };
      // Blocks queued while this batch runs wait for the next one: nothing queued is dropped.
      const batch = outermost(dirty);
      dirty.clear();
      sweep = false;
      // Per layer: what left with a removed node, then what each block's rescan replaced.
      const removed = layers.map((layer) => layer.store.removeWithin(null));
      const added: Mark[][] = layers.map(() => []);
      for (const block of batch) {
        if (!block.isConnected) continue;
        stats.blockScans++;
        const page = yield* readPageText(block);
        watchShadows(page.shadowRoots);
        for (const [i, layer] of layers.entries()) {
          const marked = yield* layer.find(page, around);
          removed[i]!.push(...layer.store.removeWithin(block));
          layer.store.add(marked);
          added[i]!.push(...marked);
        }
        yield;
      }
      // One repaint per batch: every change to the highlight makes the browser repaint the page.
      for (const [i, layer] of layers.entries()) {
        layer.painter.remove(removed[i]!);
        layer.painter.add(added[i]!.filter((m) => layer.store.has(m)));
      }
      // A newly named person makes bare surnames elsewhere count: read the page again, at most
      // once per interval (a virtualised feed may bring the same name back and forth).
      const now = performance.now();
      const arrived = [...names.store.namedInFull()].some((e) => !before.has(e) && names.backreferenced.has(e));
      if (arrived) {
        const wait = lastReread + MIN_FULL_INTERVAL_MS - now;
        if (wait <= 0) {
          full = true;
          fullLayers = null;
          lastReread = now;
        } else if (!rereadQueued) {
          rereadQueued = true;
          setTimeout(() => {
            rereadQueued = false;
            lastReread = performance.now();
            full = true;
            fullLayers = null;
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
        else if (!stopped) onSettled(names.store);
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
      for (const layer of layers) layer.store.shadowRoots.push(sr);
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
    const broken = layers.some((layer) => layer.store.brokenWithin(block));
    // A block the page moves (a React list that reorders) keeps its text: its marks, broken by
    // the move, are repaired at once however often it happens.
    if (moved && broken) {
      dirty.add(block);
      return;
    }
    // Rewritten in place, in a loop (a ticker, a clock): what the rewrite broke is taken off at
    // once, and the block is read again once per back-off period at most.
    if (broken) for (const layer of layers) layer.painter.remove(layer.store.removeBrokenWithin(block));
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
    if (records.some((r) => !ignore(r.target))) lastFull = null;
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
          if (b) blocks.set(b, (blocks.get(b) ?? false) || (el && layers.some((layer) => layer.store.holdsMarksIn(n))));
          // Growth is new blocks (posts, paragraphs); a counter re-rendering its <span>s is not.
          grew ||= inserted;
        }
      } else {
        const b = blockOf(r.target);
        if (b && !blocks.has(b)) blocks.set(b, false);
      }
    }
    for (const [b, moved] of blocks) markDirty(b, moved);
    if (grew && growth.note(performance.now())) for (const layer of layers) layer.painter.hold();
    if (dirty.size || sweep) schedule();
  });
  observer.observe(root, OBSERVE);
  schedule(0);

  return {
    store: names.store,
    claims,
    stats: () => ({ ...stats }),
    rescanClaims() {
      if (!full) fullLayers = options.claims ? [options.claims] : [];
      full = true;
      schedule();
    },
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
      for (const layer of layers) layer.painter.clear();
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

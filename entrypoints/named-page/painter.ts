/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM is never touched, so a
 * React app that owns its text nodes cannot be broken by us (facebook/react#11538 is what
 * wrapping text in spans does). Browsers without the API get no underline but keep the
 * cards: hover and the keyboard work from the same ranges.
 */
import type { MarkStyle } from '../../data/core/settings';
import { backoff } from '../../data/core/pacing/backoff';
import { CLAIM_HIGHLIGHT_NAME, FLASH_NAME, HIGHLIGHT_NAME } from '../../data/contracts/page-names';

/** Long enough to catch the eye after the page scrolls, short enough not to linger as a mark. */
export const FLASH_MS = 1200;

/**
 * Colours that read on white and on near-black pages alike. `::highlight()` only takes
 * document-level rules, so the sheet is adopted by the document.
 */
const STYLE_CSS: Record<MarkStyle, string> = {
  underline: 'text-decoration: underline dotted 2px; text-decoration-color: rgb(59 130 246 / 0.9); text-underline-offset: 3px;',
  background: 'background-color: rgb(59 130 246 / 0.18);',
  // Not painted at all: the ranges are kept for hover and the popup, but not registered.
  none: '',
};
const FLASH_CSS = `::highlight(${FLASH_NAME}) { background-color: rgb(250 204 21 / 0.6); color: inherit; }`;

/** How one kind of mark looks: its highlight's name, and its rule for each mark style. */
export interface MarkLook {
  name: string;
  css: Record<MarkStyle, string>;
  /** Painted under or over the other kind where they overlap (a name inside a claim's sentence). */
  priority: number;
}

export const NAME_LOOK: MarkLook = { name: HIGHLIGHT_NAME, css: STYLE_CSS, priority: -1 };

/**
 * A claim's sentence: a thin wavy underline in dark amber, under the names' dotted blue one.
 * Told apart by its shape as well as its colour; #b45309 is above 3:1 against white (5.8:1)
 * and against near-black (3.1:1), so one colour serves light and dark pages alike (the system's
 * scheme does not tell a page's). A person who set marks to "none" gets none of these either.
 */
const CLAIM_CSS = 'text-decoration: underline wavy 1px; text-decoration-color: #b45309; text-underline-offset: 5px;';
export const CLAIM_LOOK: MarkLook = {
  name: CLAIM_HIGHLIGHT_NAME,
  css: { underline: CLAIM_CSS, background: CLAIM_CSS, none: '' },
  priority: -2,
};

export function highlightSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export interface Painter {
  add(marks: Iterable<{ range: Range }>): void;
  remove(marks: Iterable<{ range: Range }>): void;
  clear(): void;
  setStyle(style: MarkStyle): void;
  /** Paints one range brightly for a moment (the popup's "show me"). */
  flash(range: Range): void;
  /**
   * The page is changing many times a second: stop painting the marks until it has been
   * quiet for a moment (see change-rate.ts for why). The marks are kept; cards still open.
   */
  hold(): void;
  /** Clears everything and takes our sheet and highlights off the page. */
  dispose(): void;
}

/**
 * How far beyond the screen marks are registered: a screenful above and below, so a scroll
 * finds them painted. Every registered range costs the browser work on every DOM change
 * (it revalidates them all before painting: 59% more main-thread time in the bench's
 * mutation storm with 3,300 of them), so marks far off screen are kept but not registered.
 */
const NEAR_SCREEN = '100% 100% 100% 100%';
/** After a scroll or resize, how long to wait before looking again at the marks far off screen. */
const RELOOK_MS = 100;
/** How long a page must stop changing before held marks are painted again. */
export const HOLD_QUIET_MS = 400;
/**
 * How often, at most, we look whether the page took our highlight or our sheet away (the
 * registry and the adopted sheets are the page's too: `CSS.highlights.clear()`, or
 * `document.adoptedStyleSheets = [its own]`). We look when the person moves the pointer or
 * scrolls, and when marks arrive: no timer runs for it.
 */
const CHECK_MS = 1000;

/**
 * Nothing is adopted or registered until there is a first mark to paint: adopting a sheet
 * makes the browser recalculate every element's style (measured at 364 ms on a page of
 * 50,000 elements), which a page with no mention, nearly every page, should never pay.
 */
export function createPainter(style: MarkStyle, doc: Document = document, look: MarkLook = NAME_LOOK): Painter {
  const name = look.name;
  let current: MarkStyle = style;
  let parts: {
    sheet: CSSStyleSheet;
    highlight: Highlight;
    flash: Highlight;
    near: IntersectionObserver;
    listening: AbortController;
  } | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | null = null;
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
  /** Set while the marks are held off the registry (`hold`): cleared when the page calms down. */
  let holding: ReturnType<typeof setTimeout> | null = null;
  let heldAt = 0;
  /** After `dispose()` nothing is adopted or registered again, whatever arrives late. */
  let disposed = false;
  let checkedAt = -Infinity;
  const restoring = backoff();
  /** Puts back what the page took away, at the pace `backoff` allows (no fight with a page that keeps at it). */
  function check() {
    const now = performance.now();
    if (!parts || now - checkedAt < CHECK_MS) return;
    checkedAt = now;
    const lostSheet = !doc.adoptedStyleSheets.includes(parts.sheet);
    const lostHighlight = current !== 'none' && !holding && CSS.highlights.get(name) !== parts.highlight;
    if (!(lostSheet || lostHighlight) || !restoring.take(now)) return;
    if (lostSheet) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, parts.sheet];
    if (lostHighlight) CSS.highlights.set(name, parts.highlight);
  }

  function onMove() {
    check();
    if (relook || far.size === 0) return;
    relook = setTimeout(() => {
      relook = null;
      for (const holder of far) parts?.near.observe(holder);
      far.clear();
    }, RELOOK_MS);
  }

  function register(next: MarkStyle) {
    const p = parts!;
    p.sheet.replaceSync(`${look.css[next] ? `::highlight(${name}) { ${look.css[next]} }\n` : ''}${FLASH_CSS}`);
    // Registered ranges cost the browser paint work on every DOM change: none when unpainted.
    if (next === 'none' || holding) unregister();
    else CSS.highlights.set(name, p.highlight);
  }

  /** Only our own entry: the registry is shared with the page. */
  function unregister() {
    if (parts && CSS.highlights.get(name) === parts.highlight) CSS.highlights.delete(name);
  }

  /** One timer per hold, pushed back while the changes keep coming (cheaper than re-arming on each). */
  function release() {
    const wait = heldAt + HOLD_QUIET_MS - performance.now();
    if (wait > 0) {
      holding = setTimeout(release, wait);
      return;
    }
    holding = null;
    if (parts) register(current);
  }

  function onNear(entries: IntersectionObserverEntry[]) {
    const h = parts?.highlight;
    if (!h) return;
    for (const e of entries) {
      const ranges = held.get(e.target);
      if (!ranges) continue;
      // A holder with no box of its own (`display: contents`) cannot be judged: painted always.
      const near = e.isIntersecting || (e.boundingClientRect.width === 0 && e.boundingClientRect.height === 0);
      if (!near) {
        far.add(e.target);
        parts!.near.unobserve(e.target);
      }
      if (near === shown.has(e.target)) continue;
      if (near) {
        shown.add(e.target);
        for (const r of ranges) h.add(r);
      } else {
        shown.delete(e.target);
        for (const r of ranges) h.delete(r);
      }
    }
  }

  /** Null where the browser has no Custom Highlight API (no marks then, the cards still work), or once disposed. */
  function ready() {
    if (parts) return parts;
    if (disposed || !highlightSupported()) return null;
    const highlight = new Highlight();
    // Below the page's own highlights (search results, selections a site paints).
    highlight.priority = look.priority;
    const flash = new Highlight();
    flash.priority = 1;
    const listening = new AbortController();
    parts = {
      sheet: new CSSStyleSheet(),
      highlight,
      flash,
      near: new IntersectionObserver(onNear, { rootMargin: NEAR_SCREEN }),
      listening,
    };
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, parts.sheet];
    register(current);
    // Scrolls of the page or of any scroller in it (scroll events do not bubble: captured).
    doc.addEventListener('scroll', onMove, { capture: true, passive: true, signal: listening.signal });
    doc.defaultView?.addEventListener('resize', onMove, { passive: true, signal: listening.signal });
    doc.addEventListener('pointermove', check, { capture: true, passive: true, signal: listening.signal });
    return parts;
  }

  function forget(range: Range) {
    const holder = holderOf.get(range);
    if (!holder) return;
    holderOf.delete(range);
    parts?.highlight.delete(range);
    const ranges = held.get(holder)!;
    ranges.delete(range);
    if (ranges.size === 0) {
      held.delete(holder);
      shown.delete(holder);
      far.delete(holder);
      parts?.near.unobserve(holder);
    }
  }

  function clear() {
    parts?.highlight.clear();
    parts?.near.disconnect();
    holderOf.clear();
    held.clear();
    shown.clear();
    far.clear();
  }

  return {
    add(marks) {
      check();
      for (const m of marks) {
        const p = ready();
        if (!p) return;
        const node = m.range.startContainer;
        const holder = node instanceof Element ? node : node.parentElement;
        if (!holder || holderOf.has(m.range)) continue;
        holderOf.set(m.range, holder);
        const ranges = held.get(holder);
        if (ranges) ranges.add(m.range);
        else {
          held.set(holder, new Set([m.range]));
          p.near.observe(holder);
        }
        if (shown.has(holder)) p.highlight.add(m.range);
      }
    },
    remove(marks) {
      for (const m of marks) forget(m.range);
    },
    clear,
    setStyle(next) {
      if (next === current) return;
      current = next;
      if (parts) register(next);
    },
    flash(range) {
      const flash = ready()?.flash;
      if (!flash) return;
      if (flashTimer) clearTimeout(flashTimer);
      flash.clear();
      flash.add(range);
      CSS.highlights.set(FLASH_NAME, flash);
      flashTimer = setTimeout(() => {
        flashTimer = null;
        flash.clear();
        CSS.highlights.delete(FLASH_NAME);
      }, FLASH_MS);
    },
    hold() {
      heldAt = performance.now();
      if (holding) return;
      unregister();
      holding = setTimeout(release, HOLD_QUIET_MS);
    },
    dispose() {
      disposed = true;
      if (flashTimer) clearTimeout(flashTimer);
      if (holding) clearTimeout(holding);
      holding = null;
      if (!parts) return;
      const { sheet, flash, listening } = parts;
      clear();
      listening.abort();
      if (relook) clearTimeout(relook);
      flash.clear();
      // Only our own entries: the registry and the adopted sheets are shared with the page.
      unregister();
      if (CSS.highlights.get(FLASH_NAME) === flash) CSS.highlights.delete(FLASH_NAME);
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      parts = null;
    },
  };
}

/**
 * Paints marks with the CSS Custom Highlight API: the page's DOM is never touched, so a React
 * app that owns its text nodes cannot be broken by us (facebook/react#11538 is what wrapping
 * text in spans does). Browsers without the API get no underline but keep the cards: hover
 * and the keyboard work from the same ranges. The painter puts together its parts: the looks,
 * near-screen registration, the storm hold, the tamper guard and the flash.
 */
import type { MarkStyle } from '../../../data/core/settings';
import { flasher, type Flash } from './flash';
import { NAME_LOOK, sheetText, type MarkLook } from './looks';
import { NEAR_SCREEN_MARGIN, nearScreen, type NearScreen } from './near-screen';
import { stormHold } from './storm-hold';
import { tamperGuard, type TamperGuard } from './tamper-guard';

export { CLAIM_LOOK, NAME_LOOK, type MarkLook } from './looks';

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

/** What exists once there is a first mark to paint. */
interface Parts {
  sheet: CSSStyleSheet;
  highlight: Highlight;
  near: NearScreen;
  flash: Flash;
  guard: TamperGuard;
  listening: AbortController;
}

/**
 * Nothing is adopted or registered until there is a first mark to paint: adopting a sheet
 * makes the browser recalculate every element's style (measured at 364 ms on a page of
 * 50,000 elements), which a page with no mention, nearly every page, should never pay.
 */
export function createPainter(style: MarkStyle, doc: Document = document, look: MarkLook = NAME_LOOK): Painter {
  const name = look.name;
  let current: MarkStyle = style;
  let parts: Parts | null = null;
  /** After `dispose()` nothing is adopted or registered again, whatever arrives late. */
  let disposed = false;
  const storm = stormHold(unregister, () => parts && register(current));

  function register(next: MarkStyle) {
    const p = parts!;
    p.sheet.replaceSync(sheetText(look, next));
    // Registered ranges cost the browser paint work on every DOM change: none when unpainted.
    if (next === 'none' || storm.holding()) unregister();
    else CSS.highlights.set(name, p.highlight);
  }

  /** Only our own entry: the registry is shared with the page. */
  function unregister() {
    if (parts && CSS.highlights.get(name) === parts.highlight) CSS.highlights.delete(name);
  }

  /** Null where the browser has no Custom Highlight API (no marks then, the cards still work), or once disposed. */
  function ready(): Parts | null {
    if (parts) return parts;
    if (disposed || !highlightSupported()) return null;
    const highlight = new Highlight();
    // Below the page's own highlights (search results, selections a site paints).
    highlight.priority = look.priority;
    const flash = new Highlight();
    flash.priority = 1;
    const sheet = new CSSStyleSheet();
    const listening = new AbortController();
    const near = nearScreen(highlight, (onEntries) => new IntersectionObserver(onEntries, { rootMargin: NEAR_SCREEN_MARGIN }));
    const guard = tamperGuard(doc, sheet, name, highlight, () => current !== 'none' && !storm.holding());
    parts = { sheet, highlight, near, flash: flasher(flash), guard, listening };
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    register(current);
    const moved = () => {
      guard.check();
      near.moved();
    };
    // Scrolls of the page or of any scroller in it (scroll events do not bubble: captured).
    doc.addEventListener('scroll', moved, { capture: true, passive: true, signal: listening.signal });
    doc.defaultView?.addEventListener('resize', moved, { passive: true, signal: listening.signal });
    doc.addEventListener('pointermove', guard.check, { capture: true, passive: true, signal: listening.signal });
    return parts;
  }

  function clear() {
    parts?.highlight.clear();
    parts?.near.clear();
  }

  return {
    add(marks) {
      parts?.guard.check();
      for (const m of marks) {
        const p = ready();
        if (!p) return;
        p.near.add(m.range);
      }
    },
    remove(marks) {
      for (const m of marks) parts?.near.forget(m.range);
    },
    clear,
    setStyle(next) {
      if (next === current) return;
      current = next;
      if (parts) register(next);
    },
    flash(range) {
      ready()?.flash.show(range);
    },
    hold() {
      storm.hold();
    },
    dispose() {
      disposed = true;
      storm.dispose();
      if (!parts) return;
      const { sheet, highlight, near, flash, listening } = parts;
      highlight.clear();
      near.dispose();
      listening.abort();
      flash.dispose();
      // Only our own entries: the registry and the adopted sheets are shared with the page.
      unregister();
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      parts = null;
    },
  };
}

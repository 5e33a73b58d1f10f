/**
 * Paints mentions with the CSS Custom Highlight API: the page's DOM is never touched, so a
 * React app that owns its text nodes cannot be broken by us (facebook/react#11538 is what
 * wrapping text in spans does). Browsers without the API get no underline but keep the
 * cards: hover and the keyboard work from the same ranges.
 */

export const HIGHLIGHT_NAME = 'context-cards-mention';

/**
 * A dotted underline in a mid blue that reads on white and on near-black pages alike.
 * `::highlight()` only takes document-level rules, so the sheet is adopted by the document.
 */
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) {
  text-decoration: underline dotted 2px;
  text-decoration-color: rgb(59 130 246 / 0.9);
  text-underline-offset: 3px;
}`;

export function highlightSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export interface Painter {
  add(marks: Iterable<{ range: Range }>): void;
  remove(marks: Iterable<{ range: Range }>): void;
  clear(): void;
}

export function createPainter(doc: Document = document): Painter {
  if (!highlightSupported()) return { add() {}, remove() {}, clear() {} };
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIGHLIGHT_CSS);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const highlight = new Highlight();
  // Below the page's own highlights (search results, selections a site paints).
  highlight.priority = -1;
  CSS.highlights.set(HIGHLIGHT_NAME, highlight);
  return {
    add(marks) {
      for (const m of marks) highlight.add(m.range);
    },
    remove(marks) {
      for (const m of marks) highlight.delete(m.range);
    },
    clear() {
      highlight.clear();
    },
  };
}

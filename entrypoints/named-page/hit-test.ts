/**
 * Which mention, if any, is under a point. The caret position finds the text node under the
 * pointer without touching the DOM; the range's own rectangles then confirm the pointer is
 * on the name and not in the blank space past the end of its line.
 */
import type { Mark } from '../../data/contracts/marks';
import type { MarkStore } from './mark-store';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDoc, x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  if (doc.caretPositionFromPoint) {
    // Naming the open shadow roots lets the caret land inside web components (Chrome 128+).
    const p = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

export function pointInRects(rects: Iterable<DOMRect>, x: number, y: number): boolean {
  for (const r of rects) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
}

export function markAt<M extends Mark>(map: MarkStore<M>, x: number, y: number, doc: Document = document): M | undefined {
  const caret = caretAt(doc as CaretDoc, x, y, map.shadowRoots);
  if (!caret) return undefined;
  // The caret sits between characters: try the character after it and the one before.
  const m = map.at(caret.node, caret.offset) ?? (caret.offset > 0 ? map.at(caret.node, caret.offset - 1) : undefined);
  return m && pointInRects(m.range.getClientRects(), x, y) ? m : undefined;
}

/**
 * Pointer and touch input: a mouse dwells on a mark (hover intent decides), a tap on a mark
 * opens its card at once, and a press anywhere outside the card closes it. With cards set to
 * open only on click, a mouse click on a mark opens it and dwelling does nothing.
 */
import type { CardController } from './card-controller';
import { targetOf } from './load-card';
import type { Mark } from '../../data/contracts/marks';

/** A press and release further apart than this are a drag (selecting text), not a click. */
const CLICK_SLOP_PX = 4;

/** `markAt` is the hit test: a name under the point, or else a claim's sentence. */
export function pointerHandlers(markAt: (x: number, y: number) => Mark | undefined, cards: CardController, clickOnly: () => boolean) {
  let pending: PointerEvent | null = null;
  let down: { x: number; y: number } | null = null;

  const onMove = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse' || clickOnly()) return;
    // One hit test per frame, however fast the pointer moves.
    if (pending === null)
      requestAnimationFrame(() => {
        const ev = pending!;
        pending = null;
        if (cards.contains(ev)) return;
        const m = markAt(ev.clientX, ev.clientY);
        cards.hover(m ? targetOf(m, { x: ev.clientX, y: ev.clientY }) : null);
      });
    pending = e;
  };

  const onDown = (e: PointerEvent) => {
    down = { x: e.clientX, y: e.clientY };
    if (cards.isOpen() && !cards.contains(e)) cards.close();
  };

  const onUp = (e: PointerEvent) => {
    if (cards.contains(e)) return;
    if (e.pointerType === 'mouse') {
      const moved = !down || Math.hypot(e.clientX - down.x, e.clientY - down.y) > CLICK_SLOP_PX;
      if (!clickOnly() || e.button !== 0 || moved || !document.getSelection()?.isCollapsed) return;
    }
    const m = markAt(e.clientX, e.clientY);
    // A mark inside a link stays a link: the tap follows it, as the page intends.
    if (!m || (e.target instanceof Element && e.target.closest('a[href]'))) return;
    void cards.open(targetOf(m, { x: e.clientX, y: e.clientY }));
  };

  return { onMove, onDown, onUp };
}

/**
 * Pointer and touch input: a mouse dwells on a mark (hover intent decides), a tap on a mark
 * opens its card at once, and a press anywhere outside the card closes it.
 */
import type { CardController } from './card-controller';
import { mentionAt } from './hit-test';
import type { MentionStore } from './mention-store';

export function pointerHandlers(store: MentionStore, cards: CardController) {
  let pending: PointerEvent | null = null;

  const onMove = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse') return;
    // One hit test per frame, however fast the pointer moves.
    if (pending === null)
      requestAnimationFrame(() => {
        const ev = pending!;
        pending = null;
        if (cards.contains(ev)) return;
        const m = mentionAt(store, ev.clientX, ev.clientY);
        cards.hover(m ? { entity: m.entity, range: m.range, point: { x: ev.clientX, y: ev.clientY } } : null);
      });
    pending = e;
  };

  const onDown = (e: PointerEvent) => {
    if (cards.isOpen() && !cards.contains(e)) cards.close();
  };

  const onUp = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' || cards.contains(e)) return;
    const m = mentionAt(store, e.clientX, e.clientY);
    // A mark inside a link stays a link: the tap follows it, as the page intends.
    if (!m || (e.target instanceof Element && e.target.closest('a[href]'))) return;
    void cards.open({ entity: m.entity, range: m.range, point: { x: e.clientX, y: e.clientY } });
  };

  return { onMove, onDown, onUp };
}

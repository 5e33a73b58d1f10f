/**
 * The keyboard's way to the cards: the browser command (declared in the manifest, so people
 * can change it in the browser's shortcut settings) steps to the next mention, scrolls it
 * into view and opens its card with focus in it; Escape closes and returns focus.
 */
import type { CardController } from './card-controller';
import { readingOrder, type MarkedMention, type MentionStore } from './mention-store';

/** The mention after `current` in reading order, or the first one below the top of the viewport; wraps. */
export function nextMention(all: readonly MarkedMention[], current: Range | null): MarkedMention | undefined {
  if (all.length === 0) return undefined;
  if (current) {
    const i = all.findIndex((m) => readingOrder(m, { range: current }) > 0);
    return all[i === -1 ? 0 : i];
  }
  return all.find((m) => m.range.getBoundingClientRect().top >= 0) ?? all[0];
}

export function stepToNextMention(store: MentionStore, cards: CardController): boolean {
  const next = nextMention(store.all(), cards.current()?.range ?? null);
  if (!next) return false;
  const el = next.range.startContainer.parentElement;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'instant' });
  void cards.open({ entity: next.entity, range: next.range }, { focus: true });
  return true;
}

export function onEscape(cards: CardController) {
  return (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !cards.isOpen()) return;
    // Ours to handle: a page's own Escape handler (closing its modal) must not also fire.
    e.stopPropagation();
    cards.close({ restoreFocus: true });
  };
}

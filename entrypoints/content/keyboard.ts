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

export interface GoOptions {
  /** Only this entity's mentions (the popup's buttons); all of them when absent (the keyboard command). */
  entity?: string;
  /** Move focus into the card (the keyboard); the popup keeps its own focus. */
  focus: boolean;
  /** Paint the mention brightly for a moment, so the eye finds it after the jump. */
  flash?: (range: Range) => void;
}

/** Scrolls to the next mention, opens its card there; false when there is none. */
export function goToNextMention(store: MentionStore, cards: CardController, options: GoOptions): boolean {
  const all = options.entity === undefined ? store.all() : store.all().filter((m) => m.entity === options.entity);
  const open = cards.current();
  // Stepping continues from the open card when it is one of these; otherwise from the viewport.
  const from = open && (options.entity === undefined || open.entity === options.entity) ? open.range : null;
  const next = nextMention(all, from);
  if (!next) return false;
  const el = next.range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  // Motion, even a flash, is what reduced-motion asks us to leave out.
  if (options.flash && !window.matchMedia('(prefers-reduced-motion: reduce)').matches) options.flash(next.range);
  void cards.open({ entity: next.entity, range: next.range }, { focus: options.focus });
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

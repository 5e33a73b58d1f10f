/**
 * The keyboard's way to the cards: the browser command (declared in the manifest, so people
 * can change it in the browser's shortcut settings) steps to the next mention, scrolls it
 * into view and opens its card with focus in it; Escape closes and returns focus.
 */
import type { CardController } from './card-controller';
import { targetOf } from './load-card';
import type { Mark } from '../../data/contracts/marks';
import type { CardTarget } from '../../data/contracts/stages';
import { readingOrder } from './mark-store';

/** The mention after `current` in reading order, or the first one below the top of the viewport; wraps. */
export function nextMention<M extends Mark>(all: readonly M[], current: Range | null): M | undefined {
  if (all.length === 0) return undefined;
  if (current) {
    // By place in the list when the open mark is in it: a claim's sentence and the name that
    // opens it start at the same point, and "after" alone would skip one of them.
    const at = all.findIndex((m) => m.range === current);
    if (at !== -1) return all[(at + 1) % all.length];
    const i = all.findIndex((m) => readingOrder(m, { range: current }) > 0);
    return all[i === -1 ? 0 : i];
  }
  return all.find((m) => m.range.getBoundingClientRect().top >= 0) ?? all[0];
}

export interface GoOptions {
  /** Only this entity's mentions (the popup's buttons); all of them when absent (the keyboard command). */
  entity?: string;
  /** Only this claim's sentences (the popup's list of claims). */
  claim?: string;
  /** Move focus into the card (the keyboard); the popup keeps its own focus. */
  focus: boolean;
  /** Paint the mention brightly for a moment, so the eye finds it after the jump. */
  flash?: (range: Range) => void;
}

/**
 * Scrolls to the next mark, opens its card (or a claim's note) there; false when there is none.
 * `marks` is every mark in reading order: names, and the sentences that state claims.
 */
export function goToNextMention(marks: readonly Mark[], cards: CardController, options: GoOptions): boolean {
  // A mark and a card target say what they are about the same way.
  const wanted = (m: Mark | CardTarget) =>
    options.entity !== undefined
      ? m.kind === 'name' && m.entity === options.entity
      : options.claim !== undefined
        ? m.kind === 'claim' && m.claims.some((c) => c.id === options.claim)
        : true;
  const all = marks.filter(wanted);
  const open = cards.current();
  // Stepping continues from the open card when it is one of these; otherwise from the viewport.
  const from = open && wanted(open) ? open.range : null;
  const next = nextMention(all, from);
  if (!next) return false;
  const el = next.range.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  // Motion, even a flash, is what reduced-motion asks us to leave out.
  if (options.flash && !window.matchMedia('(prefers-reduced-motion: reduce)').matches) options.flash(next.range);
  void cards.open(targetOf(next), { focus: options.focus });
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

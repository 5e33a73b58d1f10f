/**
 * The card's code and data (Preact, floating-ui, every fact and source) are not in the
 * content script that loads on every page: most pages never open a card. The first time one
 * is wanted, the background injects `card.js` into this frame's content-script world, where
 * it leaves its API under CARD_GLOBAL for us. Injection, not a web-accessible file: a page
 * cannot probe for it, and the page's own CSP does not apply.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LOAD_CARD_REQUEST } from './protocol';

/** The custom element our shadow-root UI lives in; the scanner never reads inside it. */
export const UI_TAG = 'context-cards-ui';
export const CARD_GLOBAL = '__contextCardsCard';

export interface CardTarget {
  entity: string;
  range: Range;
  /** Where the pointer was, so the card picks the line it is on; absent for the keyboard. */
  point?: { x: number; y: number };
}

export interface CardUi {
  show(target: CardTarget): void;
  hide(): void;
  isOpen(): boolean;
  /** The dialog element, for focus and hit tests. */
  dialog(): HTMLElement | null;
  host(): HTMLElement;
  remove(): void;
}

export interface CardModule {
  createCardUi(ctx: ContentScriptContext, events: { enter(): void; leave(): void }): Promise<CardUi>;
}

type WithCard = typeof globalThis & { [CARD_GLOBAL]?: CardModule };

let loading: Promise<CardModule> | null = null;

export function loadCardModule(): Promise<CardModule> {
  const loaded = (globalThis as WithCard)[CARD_GLOBAL];
  if (loaded) return Promise.resolve(loaded);
  loading ??= browser.runtime.sendMessage({ type: LOAD_CARD_REQUEST }).then(() => {
    const mod = (globalThis as WithCard)[CARD_GLOBAL];
    if (!mod) throw new Error('Context Cards: the card script did not load');
    return mod;
  });
  // A failed load (the extension reloading) may be tried again at the next hover.
  loading.catch(() => (loading = null));
  return loading;
}

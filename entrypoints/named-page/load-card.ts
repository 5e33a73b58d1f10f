/**
 * The card's code and data (Preact, floating-ui, every fact and source) are not in the
 * content script that loads on every page: most pages never open a card. The first time one
 * is wanted, the background injects `first-hover.js` (see in-page/load-stage.ts), which leaves its API under
 * CARD_GLOBAL.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadInjected } from '../in-page/load-stage';
import type { ClaimRef, MarkedMention } from './mark-store';
import { LOAD_CARD_REQUEST } from '../../data/contracts/messages';

/** The custom element our shadow-root UI lives in; the scanner never reads inside it. */
export const UI_TAG = 'context-cards-ui';
export const CARD_GLOBAL = '__contextCardsCard';

export interface CardTarget {
  entity: string;
  range: Range;
  /** Where the pointer was, so the card picks the line it is on; absent for the keyboard. */
  point?: { x: number; y: number };
  /** A sentence stating claims: the card is then its note (`said` is the sentence). */
  claim?: { claims: ClaimRef[]; said: string };
}

/** What a mark opens: its entity's card, or for a claim's sentence, its note. */
export function targetOf(m: MarkedMention, point?: { x: number; y: number }): CardTarget {
  return {
    entity: m.entity,
    range: m.range,
    ...(point ? { point } : {}),
    ...(m.claims ? { claim: { claims: m.claims, said: m.text } } : {}),
  };
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

/** Where the card's host element goes: after <body> in <html> (no transformed ancestor to
 * shift a fixed card), or at the end of <body> where a page will not have it in <html>. */
export type CardAnchor = 'html' | 'body';

export interface CardModule {
  createCardUi(ctx: ContentScriptContext, events: { enter(): void; leave(): void }, anchor?: CardAnchor): Promise<CardUi>;
}

export const loadCardModule = (): Promise<CardModule> => loadInjected<CardModule>(LOAD_CARD_REQUEST, CARD_GLOBAL);

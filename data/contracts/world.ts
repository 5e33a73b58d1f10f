/**
 * The globals our scripts leave in the content-script world of a page (never the page's own
 * world): how separately built bundles find each other. Each bundle has its own module
 * state; these are the only state they share.
 */
import type { CardModule, MarkerModule } from './stages';

/** The marker's module, left by named-page.js. */
export const MARKER_GLOBAL = '__contextCardsMarker';
/** The card's module, left by first-hover.js. */
export const CARD_GLOBAL = '__contextCardsCard';
/**
 * The background's answer to the request that loaded a stage (for the card: its words and facts
 * in the person's language, sent with the injection so the first card waits for no second
 * message), kept for the stage by the loader.
 */
export const STAGE_ANSWER_GLOBAL = '__contextCardsStageAnswer';
/** The input relay the every-page script installs at the document's start, for the marker. */
export const INPUT_GLOBAL = '__contextCardsInput';
/** The every-page script's read-only probe, for the browser tests and the bench. */
export const PROBE_GLOBAL = '__contextCardsProbe';

export type InputEvents = Pick<WindowEventMap, 'pointermove' | 'pointerdown' | 'pointerup' | 'keydown'>;

export interface InputRelay {
  /** Calls `fn` for every `type` event the window sees, until `signal` aborts. */
  on<K extends keyof InputEvents>(type: K, fn: (e: InputEvents[K]) => void, signal: AbortSignal): void;
  /**
   * Listens again: `document.open()` erases every listener on the window. Safe to call when
   * nothing was erased (the listeners are taken off first, so none is doubled).
   */
  reattach(): void;
  /** Stops listening for good (this copy of the content script has stepped aside). */
  detach(): void;
}

export interface Probe {
  /** Mentions marked on the page now, on screen or not. */
  marks(): number;
}

export interface WorldGlobals {
  [MARKER_GLOBAL]?: MarkerModule;
  [CARD_GLOBAL]?: CardModule;
  [INPUT_GLOBAL]?: InputRelay;
  [PROBE_GLOBAL]?: Probe;
  [STAGE_ANSWER_GLOBAL]?: Record<string, unknown>;
}

/** The content-script world's global object, with our globals typed. */
export type World = typeof globalThis & WorldGlobals;

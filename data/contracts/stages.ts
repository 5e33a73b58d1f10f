/**
 * The APIs the later stages leave for the earlier ones: the marker (named-page.js) for the
 * every-page script, the card (first-hover.js) for the marker. Each is injected into the
 * content-script world and leaves its module under a global of that world (see world.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Settings } from '../core/settings';
import type { ClaimMark, ClaimRef, NameMark } from './marks';
import type { AskedMatch } from './messages';

/** What the marker does once started on a page that may name someone. */
export interface Marking {
  /** The page's marked mentions, in page order. */
  mentions(): readonly NameMark[];
  /** The sentences that state (or deny) a claim the ledger does not confirm, in page order. */
  claims(): readonly ClaimMark[];
  /** How many mentions there are: no sorting into page order, for callers that only count. */
  count(): number;
  /** Resolves once the page's marks are current. */
  ready(): Promise<void>;
  /** New settings, on for this page (off stops the marker instead). */
  update(settings: Settings): void;
  /** The keyboard command: the next mention of anything, focus in its card. */
  next(): boolean;
  /** The popup's button: the next mention of `entity`, flashed, its card open. */
  show(entity: string): boolean;
  /** The popup's list of claims: the next sentence stating `claim`, flashed, its note open. */
  showClaim(claim: string): boolean;
  stop(): void;
}

export interface MarkerModule {
  startMarking(ctx: ContentScriptContext, settings: Settings): Marking;
}

interface TargetPlace {
  range: Range;
  /** Where the pointer was, so the card picks the line it is on; absent for the keyboard. */
  point?: { x: number; y: number };
}

/**
 * What a card shows: a name's card, a sentence's note on the claims it states (`said` is the
 * sentence), or the answer to text the person asked about (`asked`; no matches: the dataset
 * holds nothing about it; an empty `asked`: nothing was selected).
 */
export type CardTarget =
  | (TargetPlace & { kind: 'name'; entity: string })
  | (TargetPlace & { kind: 'claim'; claims: ClaimRef[]; said: string })
  | (TargetPlace & { kind: 'answer'; asked: string; matches: AskedMatch[] });

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

/** Asking about the selection (the context menu, the keyboard command), from the card's stage. */
export interface Asking {
  /**
   * Asks the background which claims the selection (or `given`, the text the context menu saw)
   * is about, and shows the answer there. `marked`: the marker has found names on this page.
   */
  askSelection(given: string | undefined, marked: boolean): Promise<boolean>;
  stop(): void;
}

export interface CardModule {
  createCardUi(ctx: ContentScriptContext, events: { enter(): void; leave(): void }, anchor?: CardAnchor): Promise<CardUi>;
  /** The answers to what the person asks on this page: one per content script's context. */
  asking(ctx: ContentScriptContext): Asking;
}

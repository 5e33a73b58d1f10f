/** Messages between the extension's pages (popup, background) and the content script of a tab. */
import type { SentenceAnswer } from '../core/claims/matched-notes';

/** Asks a tab what it is and what it mentions; answered once the page is read. */
export const MENTIONS_REQUEST = 'context-cards:mentions';
/** Sent by the background when the "next mention" keyboard command fires. */
export const NEXT_MENTION_REQUEST = 'context-cards:next-mention';
/** From the popup: scroll to the next mention of one entity, flash it and open its card. */
export const SHOW_MENTION_REQUEST = 'context-cards:show-mention';
/** From a content script to the background: inject the card's code into my frame. */
export const LOAD_CARD_REQUEST = 'context-cards:load-card';
/** From a content script to the background: inject the marking code into my frame (the page may name someone). */
export const LOAD_MARKER_REQUEST = 'context-cards:load-marker';
/** From a content script to the background: how many mentions its tab has now (for the badge). */
export const COUNT_REPORT = 'context-cards:count';

/**
 * From the background: the person asked about the selection (the context menu, which gives its
 * text, or the keyboard command); ask the background what the sources say and show it there.
 */
export const ASK_SELECTION = 'context-cards:ask-selection';
/** From a content script or the popup to the background: which claims is this text about? */
export const MATCH_REQUEST = 'context-cards:match';

/** From the card's stage to the background: the interface's words and facts in the person's language. */
export const LOCALE_REQUEST = 'context-cards:locale';

/** The answer: one language's messages (English's too, for a gap) and its facts; none for English. */
export interface LocaleResponse {
  lang: import('../core/i18n/translate').Language;
  messages: Record<string, string>;
  fallback: Record<string, string>;
  facts?: import('../core/i18n/check').FactTranslations;
}

/** From the marker to the background: which claim notes do these sentences make, and what is their stance? */
export const MATCH_SENTENCES = 'context-cards:match-sentences';

/** The user-timing name of the background's matching of a page's sentences (the bench reads it). */
export const MATCH_MEASURE = 'context-cards:match-sentences-time';

export interface MatchSentences {
  type: typeof MATCH_SENTENCES;
  /** Each sentence, whether its topic is the film, and the text just before and after it. */
  sentences: Array<{ text: string; onFilmPage: boolean; before: string; after: string; ruled?: string[] }>;
}

/**
 * Per sentence, in order: the notes it adds (none: empty), its stance when the learned model is
 * sure of it, which the rules' notes in it take ("asks": they are dropped), and the claims of the
 * rules' notes there the model finds all but impossible (dropped too).
 */
export type MatchSentencesReply = SentenceAnswer[];

/** Longest text asked about: a selection longer than this is cut here (a few sentences). */
export const ASK_MAX_CHARS = 600;

/** A claim the asked text is about, with its stance toward it (the statement matcher's answer). */
export interface AskedMatch {
  claim: string;
  stance: 'states' | 'denies' | 'asks';
  score: number;
}

export interface AskSelection {
  type: typeof ASK_SELECTION;
  /** The selected text as the context menu saw it (also inside a form field); absent: read the selection. */
  text?: string;
}

export interface MatchRequest {
  type: typeof MATCH_REQUEST;
  text: string;
  /** The text was read on a page that names the film or its people. */
  onFilmPage: boolean;
}

export interface MentionsRequest {
  type: typeof MENTIONS_REQUEST;
}

/** The next mention of an entity, or the next sentence stating a claim (`claim`, then `entity` is ''). */
export interface ShowMentionRequest {
  type: typeof SHOW_MENTION_REQUEST;
  entity: string;
  claim?: string;
}

export interface CountReport {
  type: typeof COUNT_REPORT;
  count: number;
}

/** One entity found on the page: how often, and the text of its first mention. */
export interface PageEntitySummary {
  entity: string;
  count: number;
  firstText: string;
}

export interface MentionsResponse {
  url: string;
  /** The page's site as the per-site switch names it (`siteOf`), or null for a page that is not a site. */
  site: string | null;
  /** Whether the extension runs on this page under the current settings. */
  on: boolean;
  /** Every mention in reading order: the entity id and the text as on the page. Empty when off. */
  mentions: Array<{ entity: string; text: string }>;
  /** Most mentioned first; ties in reading order. */
  entities: PageEntitySummary[];
  /** The sentences that state (or deny) a claim the ledger does not confirm, in reading order. */
  claims: Array<{ claim: string; stance: 'states' | 'denies'; text: string }>;
}

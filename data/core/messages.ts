/** Checks on messages that arrive from another process, and the page summary the popup is sent. */
import {
  ASK_SELECTION,
  MATCH_REQUEST,
  MATCH_SENTENCES,
  COUNT_REPORT,
  LOAD_CARD_REQUEST,
  LOAD_MARKER_REQUEST,
  LOCALE_REQUEST,
  MENTIONS_REQUEST,
  NEXT_MENTION_REQUEST,
  SHOW_MENTION_REQUEST,
  type AskSelection,
  type CountReport,
  type MatchRequest,
  type MatchSentences,
  type MentionsRequest,
  type PageEntitySummary,
  type ShowMentionRequest,
} from '../contracts/messages';

const typed = (msg: unknown, type: string): msg is Record<string, unknown> =>
  typeof msg === 'object' && msg !== null && (msg as { type?: unknown }).type === type;

export const isMentionsRequest = (msg: unknown): msg is MentionsRequest => typed(msg, MENTIONS_REQUEST);
export const isNextMentionRequest = (msg: unknown): msg is { type: typeof NEXT_MENTION_REQUEST } => typed(msg, NEXT_MENTION_REQUEST);
export const isShowMentionRequest = (msg: unknown): msg is ShowMentionRequest =>
  typed(msg, SHOW_MENTION_REQUEST) && typeof msg.entity === 'string' && (msg.claim === undefined || typeof msg.claim === 'string');
export const isLoadCardRequest = (msg: unknown): msg is { type: typeof LOAD_CARD_REQUEST } => typed(msg, LOAD_CARD_REQUEST);
export const isLocaleRequest = (msg: unknown): msg is { type: typeof LOCALE_REQUEST } => typed(msg, LOCALE_REQUEST);
export const isLoadMarkerRequest = (msg: unknown): msg is { type: typeof LOAD_MARKER_REQUEST } => typed(msg, LOAD_MARKER_REQUEST);
export const isCountReport = (msg: unknown): msg is CountReport =>
  typed(msg, COUNT_REPORT) && typeof msg.count === 'number' && Number.isInteger(msg.count) && msg.count >= 0;

export const isAskSelection = (msg: unknown): msg is AskSelection =>
  typed(msg, ASK_SELECTION) && (msg.text === undefined || typeof msg.text === 'string');
export const isMatchSentences = (msg: unknown): msg is MatchSentences =>
  typed(msg, MATCH_SENTENCES) &&
  Array.isArray(msg.sentences) &&
  msg.sentences.every(
    (s: unknown) =>
      typeof (s as { text?: unknown })?.text === 'string' &&
      typeof (s as { onFilmPage?: unknown }).onFilmPage === 'boolean' &&
      typeof (s as { before?: unknown }).before === 'string' &&
      typeof (s as { after?: unknown }).after === 'string' &&
      ((s as { ruled?: unknown }).ruled === undefined ||
        (Array.isArray((s as { ruled?: unknown[] }).ruled) && (s as { ruled: unknown[] }).ruled.every((r) => typeof r === 'string'))),
  );
export const isMatchRequest = (msg: unknown): msg is MatchRequest =>
  typed(msg, MATCH_REQUEST) && typeof msg.text === 'string' && typeof msg.onFilmPage === 'boolean';

/** The page's entities, most mentioned first; ties keep the order they first appear in. */
export function summarize(mentions: ReadonlyArray<{ entity: string; text: string }>): PageEntitySummary[] {
  const byEntity = new Map<string, PageEntitySummary>();
  for (const m of mentions) {
    const s = byEntity.get(m.entity);
    if (s) s.count++;
    else byEntity.set(m.entity, { entity: m.entity, count: 1, firstText: m.text });
  }
  // Array.prototype.sort is stable: equal counts stay in reading order.
  return [...byEntity.values()].sort((a, b) => b.count - a.count);
}

/** Messages between the popup (or any extension page) and the content script of a tab. */

export const MENTIONS_REQUEST = 'context-cards:mentions';
/** Sent by the background when the "next mention" keyboard command fires. */
export const NEXT_MENTION_REQUEST = 'context-cards:next-mention';

export interface MentionsRequest {
  type: typeof MENTIONS_REQUEST;
}

/** One entity found on the page: how often, and the text of its first mention. */
export interface PageEntitySummary {
  entity: string;
  count: number;
  firstText: string;
}

export interface MentionsResponse {
  url: string;
  /** Every mention in reading order: the entity id and the text as on the page. */
  mentions: Array<{ entity: string; text: string }>;
  entities: PageEntitySummary[];
}

export function isMentionsRequest(msg: unknown): msg is MentionsRequest {
  return typeof msg === 'object' && msg !== null && (msg as { type?: unknown }).type === MENTIONS_REQUEST;
}

export function isNextMentionRequest(msg: unknown): msg is { type: typeof NEXT_MENTION_REQUEST } {
  return typeof msg === 'object' && msg !== null && (msg as { type?: unknown }).type === NEXT_MENTION_REQUEST;
}

export function summarize(mentions: ReadonlyArray<{ entity: string; text: string }>): PageEntitySummary[] {
  const byEntity = new Map<string, PageEntitySummary>();
  for (const m of mentions) {
    const s = byEntity.get(m.entity);
    if (s) s.count++;
    else byEntity.set(m.entity, { entity: m.entity, count: 1, firstText: m.text });
  }
  return [...byEntity.values()];
}

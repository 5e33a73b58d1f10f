/**
 * The card's code and data (Preact, floating-ui, every fact and source) are not in the
 * content script that loads on every page: most pages never open a card. The first time one
 * is wanted, the background injects `first-hover.js` (see in-page/load-stage.ts), which leaves its API under
 * CARD_GLOBAL.
 */
import type { Mark } from '../../data/contracts/marks';
import { LOAD_CARD_REQUEST } from '../../data/contracts/messages';
import type { CardModule, CardTarget } from '../../data/contracts/stages';
import { CARD_GLOBAL } from '../../data/contracts/world';
import { stageLoader } from '../in-page/load-stage';

/** What a mark opens: its entity's card, or for a claim's sentence, its note. */
export function targetOf(m: Mark, point?: { x: number; y: number }): CardTarget {
  const place = { range: m.range, ...(point ? { point } : {}) };
  return m.kind === 'name' ? { kind: 'name', entity: m.entity, ...place } : { kind: 'claim', claims: m.claims, said: m.text, ...place };
}

export const loadCardModule: () => Promise<CardModule> = stageLoader(LOAD_CARD_REQUEST, CARD_GLOBAL);

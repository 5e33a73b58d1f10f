/**
 * The card's stage (first-hover.js), for asking about the selection: on a page that names
 * nobody the marker never loads, so the every-page script loads the card itself, only when the
 * person asks (see in-page/load-stage.ts).
 */
import { LOAD_CARD_REQUEST } from '../../data/contracts/messages';
import type { CardModule } from '../../data/contracts/stages';
import { CARD_GLOBAL } from '../../data/contracts/world';
import { stageLoader } from '../in-page/load-stage';

export const loadCard: () => Promise<CardModule> = stageLoader(LOAD_CARD_REQUEST, CARD_GLOBAL);

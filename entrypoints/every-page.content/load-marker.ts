/**
 * The marker (the reader, the detector and its context rules, the painter, the card's
 * wiring) is not in the script that loads on every page: nearly every page names nobody.
 * When the lookout sees a name, the background injects `named-page.js` (see
 * in-page/load-stage.ts), which leaves its module under MARKER_GLOBAL.
 */
import { LOAD_MARKER_REQUEST } from '../../data/contracts/messages';
import type { MarkerModule } from '../../data/contracts/stages';
import { MARKER_GLOBAL } from '../../data/contracts/world';
import { stageLoader } from '../in-page/load-stage';

export const loadMarker: () => Promise<MarkerModule> = stageLoader(LOAD_MARKER_REQUEST, MARKER_GLOBAL);

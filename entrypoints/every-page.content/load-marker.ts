/**
 * The marking code (the reader, the detector and its context rules, the painter, the card's
 * wiring) is not in the content script that loads on every page: nearly every page names
 * nobody. When the lookout sees a name, the background injects `named-page.js` (see in-page/load-stage.ts),
 * which leaves `startMarking` under MARKER_GLOBAL.
 */
import { loadInjected } from '../in-page/load-stage';
import type { startMarking } from '../named-page/marker';
import { LOAD_MARKER_REQUEST } from '../../data/contracts/messages';

export const MARKER_GLOBAL = '__contextCardsMarker';

export interface MarkerModule {
  startMarking: typeof startMarking;
}

export const loadMarker = (): Promise<MarkerModule> => loadInjected<MarkerModule>(LOAD_MARKER_REQUEST, MARKER_GLOBAL);

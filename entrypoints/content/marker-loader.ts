/**
 * The marking code (the reader, the detector and its context rules, the painter, the card's
 * wiring) is not in the content script that loads on every page: nearly every page names
 * nobody. When the lookout sees a name, the background injects `marker.js` into this frame's
 * content-script world, as it does the card (see card-loader.ts for why injection).
 */
import { browser } from 'wxt/browser';
import type { startMarking } from './marking';
import { LOAD_MARKER_REQUEST } from './protocol';

export const MARKER_GLOBAL = '__contextCardsMarker';

export interface MarkerModule {
  startMarking: typeof startMarking;
}

type WithMarker = typeof globalThis & { [MARKER_GLOBAL]?: MarkerModule };

let loading: Promise<MarkerModule> | null = null;

export function loadMarker(): Promise<MarkerModule> {
  const loaded = (globalThis as WithMarker)[MARKER_GLOBAL];
  if (loaded) return Promise.resolve(loaded);
  loading ??= browser.runtime.sendMessage({ type: LOAD_MARKER_REQUEST }).then(() => {
    const mod = (globalThis as WithMarker)[MARKER_GLOBAL];
    if (!mod) throw new Error('Context Cards: the marking script did not load');
    return mod;
  });
  // A failed load (the extension reloading) may be tried again.
  loading.catch(() => (loading = null));
  return loading;
}

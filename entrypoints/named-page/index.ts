/**
 * The marking code, loaded once a page may name someone (see content/session.ts): injected by
 * the background into the content-script world of the frame that asked, it leaves
 * `startMarking` where the content script looks for it. The script on every page stays small.
 */
import { MARKER_GLOBAL, type World } from '../../data/contracts/world';
import { startMarking } from './marker';

export default defineUnlistedScript(() => {
  const g = globalThis as World;
  // Injected twice (a reload racing the first load): the first copy serves.
  g[MARKER_GLOBAL] ??= { startMarking };
});

/**
 * Code the every-page script does not ship to every page (the marker, the card) arrives on
 * first need: the background injects its script into this frame's content-script world, where
 * it leaves its module under a global of that world. Injection, not a web-accessible file: a
 * page cannot probe for it, and the page's own CSP does not apply.
 *
 * Compiled into two bundles (the every-page script loads the marker, the marker loads the
 * card), so it keeps no module state: each loader holds its own pending load.
 */
import { browser } from 'wxt/browser';
import { STAGE_ANSWER_GLOBAL, type World, type WorldGlobals } from '../../data/contracts/world';

/**
 * A loader for the stage that leaves its module under `global`, asked for with a message of
 * type `request`: one load at a time, the loaded module at once after that, and a failed load
 * (the extension reloading) tried again on the next call.
 */
export function stageLoader<K extends keyof WorldGlobals>(request: string, global: K): () => Promise<NonNullable<WorldGlobals[K]>> {
  type Module = NonNullable<WorldGlobals[K]>;
  let pending: Promise<Module> | null = null;
  return () => {
    const loaded = (globalThis as World)[global];
    if (loaded) return Promise.resolve(loaded as Module);
    if (!pending) {
      const attempt = browser.runtime.sendMessage({ type: request }).then((answer: unknown) => {
        // What the background sent with the script (the card's locale), for the stage to take.
        const g = globalThis as World;
        (g[STAGE_ANSWER_GLOBAL] ??= {})[global] = answer;
        const mod = g[global];
        if (!mod) throw new Error(`Context Cards: the script for ${global} did not load`);
        return mod as Module;
      });
      pending = attempt;
      attempt.catch(() => {
        if (pending === attempt) pending = null;
      });
    }
    return pending;
  };
}

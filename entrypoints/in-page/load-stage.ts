/**
 * Code the content script does not ship to every page (the marking code, the card) arrives on
 * first need: the background injects its script into this frame's content-script world, where
 * it leaves its API under a global of that world. Injection, not a web-accessible file: a page
 * cannot probe for it, and the page's own CSP does not apply.
 */
import { browser } from 'wxt/browser';

const loading = new Map<string, Promise<unknown>>();

/** Asks the background (with a message of type `request`) for the script that sets `global`. */
export function loadInjected<T>(request: string, global: string): Promise<T> {
  const g = globalThis as unknown as Record<string, T | undefined>;
  const loaded = g[global];
  if (loaded) return Promise.resolve(loaded);
  let pending = loading.get(global) as Promise<T> | undefined;
  if (!pending) {
    pending = browser.runtime.sendMessage({ type: request }).then(() => {
      const mod = g[global];
      if (!mod) throw new Error(`Context Cards: the script for ${global} did not load`);
      return mod;
    });
    loading.set(global, pending);
    // A failed load (the extension reloading) may be tried again.
    pending.catch(() => loading.delete(global));
  }
  return pending;
}

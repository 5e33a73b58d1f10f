/**
 * What `wxt/browser` resolves to in the content script's build (see wxt.config.ts): the
 * browser's own extension API, Firefox's `browser` or Chromium's `chrome`, instead of
 * webextension-polyfill. The content script loads on every page, and in Chromium the
 * polyfill (about 10 kB of code and a Proxy around `chrome`) cost each page more script time
 * and heap than all our own work on a page that names nobody.
 *
 * The page side keeps to calls that behave alike without it: `runtime.sendMessage` and
 * `storage.local.get` return promises natively (Chromium MV3, Firefox), `runtime.id`,
 * `storage.onChanged`, and `runtime.onMessage` answered through `sendResponse` (Chromium
 * ignores a promise returned by the listener; see `onMessage` in index.ts).
 */
import type { Browser } from 'webextension-polyfill';

const g = globalThis as unknown as { browser?: Browser; chrome?: Browser };

export const browser: Browser = (g.browser?.runtime?.id ? g.browser : g.chrome) as Browser;

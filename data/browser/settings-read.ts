/**
 * The content script's read-only way to the settings: the same stored item that
 * `settings-store.ts` writes through WXT's storage (area `local`, key `settings`), read with
 * the bare storage API. It runs on every page, and WXT's storage layer (drivers, migrations,
 * locks) measured 1.5 ms of script time per page for a value it only needs to read; the
 * pages that write (popup, options) and the background keep the versioned item.
 */
import { browser } from 'wxt/browser';
import { normalizeSettings, type Settings } from '../core/settings';

import { SETTINGS_KEY } from '../contracts/storage';

export { SETTINGS_KEY };

export async function readSettings(): Promise<Settings> {
  try {
    return normalizeSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return normalizeSettings(undefined);
  }
}

export function onSettingsChanged(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) cb(normalizeSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

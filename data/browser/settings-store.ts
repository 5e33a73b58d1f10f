/**
 * Where the settings live: one item in the extension's local storage (never synced, never
 * sent anywhere), read and written only through here so that every reader normalizes.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../core/settings';
import { SETTINGS_KEY } from './settings-read';

/**
 * Version 1 is the first stored shape. When the shape changes, bump `version` and add the
 * step from the old shape under the new number in `migrations`; WXT runs them in order when
 * the extension updates. Whatever a migration leaves is still normalized on every read.
 */
export const SETTINGS_VERSION = 1;
export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

export const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export async function loadSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await settingsItem.getValue());
  } catch {
    // Storage itself failed (a profile being torn down): run with the defaults, say nothing on the page.
    return normalizeSettings(undefined);
  }
}

/** Reads, changes and writes back, so two quick changes from two places do not undo each other's fields. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(normalizeSettings(v)));
}

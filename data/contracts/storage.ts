/** Where WXT's `local:settings` item lives in the storage area (data/browser/settings-store.ts writes it). */
export const SETTINGS_KEY = 'settings';

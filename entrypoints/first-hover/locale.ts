/**
 * The card's words and facts in the person's language, asked of the background once per page
 * (the card's bundle carries no language of its own), and asked again when the settings change
 * it, so open tabs follow at once.
 */
import { browser } from 'wxt/browser';
import { LOCALE_REQUEST, type LocaleResponse } from '../../data/contracts/messages';
import { SETTINGS_KEY } from '../../data/contracts/storage';
import { CARD_GLOBAL, STAGE_ANSWER_GLOBAL, type World } from '../../data/contracts/world';

/** English keys only, if the background cannot answer (it always can; a page must not break if not). */
const NONE: LocaleResponse = { lang: 'en', messages: {}, fallback: {} };

let current: Promise<LocaleResponse> | null = null;
const listeners = new Set<(l: LocaleResponse) => void>();
let watching = false;
let lastLanguage: string | null = null;

const ask = () =>
  (browser.runtime.sendMessage({ type: LOCALE_REQUEST }) as Promise<LocaleResponse | undefined>).then(
    (l) => l ?? NONE,
    () => NONE,
  );

/** A locale as the background sends it (with the card's injection, or asked). */
const isLocale = (v: unknown): v is LocaleResponse =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as LocaleResponse).lang === 'string' &&
  typeof (v as LocaleResponse).messages === 'object';

/**
 * The locale: the one the background sent with the card's script (no second message before
 * the first card), else asked; `onChange` hears of a new one after a change of language.
 */
export function locale(onChange?: (l: LocaleResponse) => void): Promise<LocaleResponse> {
  const sent = (globalThis as World)[STAGE_ANSWER_GLOBAL]?.[CARD_GLOBAL];
  current ??= isLocale(sent) ? Promise.resolve(sent) : ask();
  if (onChange) listeners.add(onChange);
  if (!watching) {
    watching = true;
    // The stored item's language field only: the background normalizes it when it answers.
    browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      const language = (changes[SETTINGS_KEY]!.newValue as { language?: unknown } | undefined)?.language ?? 'auto';
      if (language === lastLanguage) return;
      lastLanguage = String(language);
      const before = current;
      current = ask();
      // Drawn again only in another language: "auto" chosen in an Italian browser is still Italian.
      void Promise.all([before, current]).then(([was, l]) => was?.lang !== l.lang && listeners.forEach((f) => f(l)));
    });
  }
  return current;
}

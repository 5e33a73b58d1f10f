/**
 * The six languages as the extension pages and the background carry them (generated from
 * public/_locales and data/film/translations by `npm run dataset`), and the language the
 * person's settings give in this browser. The card on a page gets one language from the
 * background instead (`LOCALE_REQUEST`), so the page's bundle carries none.
 */
import { browser } from 'wxt/browser';
import type { LanguageData } from '../core/i18n/check';
import type { Language } from '../core/i18n/translate';
import { languageOf, type Settings } from '../core/settings';
import data from '../generated/languages.json';

export const LANGUAGE_DATA = data as Record<Language, LanguageData>;

/** The browser's own interface language, as the WebExtension i18n API reports it. */
export const browserLanguage = (): string => {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
};

/** The interface language for these settings in this browser. */
export const languageFor = (settings: Pick<Settings, 'language'>): Language => languageOf(settings, browserLanguage());

/**
 * The components in a language, as the extension renders them: the generated catalogue and
 * translated facts (data/generated/languages.json), through the same provider.
 */
import type { ComponentChildren } from 'preact';
import { UiProvider } from '../../components/i18n';
import { LANGUAGE_DATA } from '../../data/browser/languages';
import { translator, type Language } from '../../data/core/i18n/translate';

/** The translator for `lang`, English behind it. */
export const translatorFor = (lang: Language = 'en') => translator(lang, LANGUAGE_DATA[lang].messages, LANGUAGE_DATA.en.messages);

/** English words, for expectations written as the card shows them. */
export const english = translatorFor('en');

export function InLanguage({ lang = 'en', children }: { lang?: Language; children: ComponentChildren }) {
  return (
    <UiProvider lang={lang} messages={LANGUAGE_DATA[lang].messages} fallback={LANGUAGE_DATA.en.messages} facts={LANGUAGE_DATA[lang].facts}>
      {children}
    </UiProvider>
  );
}

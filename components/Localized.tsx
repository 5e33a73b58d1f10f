import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { LANGUAGE_DATA, languageFor } from '../data/browser/languages';
import type { Settings } from '../data/core/settings';
import { UiProvider } from './i18n';

/**
 * An extension page (the popup, the options page) in the language the settings give: every
 * language is bundled with it, so a change in the settings applies at once. The document's
 * own `lang` and title follow.
 */
export function Localized({ settings, titleKey, children }: { settings: Settings | null; titleKey: string; children: ComponentChildren }) {
  const lang = languageFor(settings ?? { language: 'auto' });
  const data = LANGUAGE_DATA[lang];
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = data.messages[titleKey] ?? LANGUAGE_DATA.en.messages[titleKey] ?? document.title;
  }, [lang, titleKey]);
  return (
    <UiProvider lang={lang} messages={data.messages} fallback={LANGUAGE_DATA.en.messages} facts={data.facts}>
      {children}
    </UiProvider>
  );
}

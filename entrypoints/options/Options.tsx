/** The options page: every setting, and the sites the extension is off on. */
import { FILM_TITLE } from '../../data/film/editorial';
import { Choice, SettingsFields } from '../../components/SettingsFields';
import { SiteList } from '../../components/SiteList';
import { Switch } from '../../components/Switch';
import { useSettings } from '../../components/use-settings';
import { useUi } from '../../components/i18n';
import { Localized } from '../../components/Localized';
import { browserLanguage } from '../../data/browser/languages';
import { supportedLanguage } from '../../data/core/i18n/translate';
import { LANGUAGE_CHOICES, withSite, type LanguageChoice, type Settings } from '../../data/core/settings';

/** A language as its own speakers name it ("Deutsch", "português (Brasil)"), so it is found in any interface. */
const endonym = (lang: string) => {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
};

export function Options() {
  const [settings, change] = useSettings();
  return (
    <Localized settings={settings} titleKey="optionsTitle">
      {settings ? <OptionsPage settings={settings} change={change} /> : <main class="cc-options" aria-busy="true" />}
    </Localized>
  );
}

function OptionsPage({ settings, change }: { settings: Settings; change: ReturnType<typeof useSettings>[1] }) {
  const { t } = useUi();
  return (
    <main class="cc-options">
      <header class="cc-options-head">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <div>
          <h1 class="cc-options-title">{t('settingsTitle')}</h1>
          <p class="cc-page-note">{t('optionsIntro', FILM_TITLE)}</p>
        </div>
      </header>
      <section class="cc-options-section" aria-labelledby="cc-where">
        <h2 id="cc-where" class="cc-options-h2">
          {t('whereItRuns')}
        </h2>
        <Switch
          label={t('onAllSites')}
          detail={t('offAllDetail')}
          name={t('runOnAllSites')}
          checked={settings.enabled}
          onChange={(on) => change((s) => ({ ...s, enabled: on }))}
        />
        <h3 class="cc-options-h3">{t('sitesOff')}</h3>
        <SiteList sites={settings.disabledSites} onRemove={(site) => change((s) => withSite(s, site, true))} />
      </section>
      <section class="cc-options-section" aria-labelledby="cc-look">
        <h2 id="cc-look" class="cc-options-h2">
          {t('cardsAndMarks')}
        </h2>
        <SettingsFields settings={settings} onChange={(part) => change((s) => ({ ...s, ...part }))} />
        <Choice<LanguageChoice>
          legend={t('language')}
          name="language"
          options={LANGUAGE_CHOICES}
          labels={(o) => (o === 'auto' ? t('languageAuto', endonym(supportedLanguage(browserLanguage()))) : endonym(o))}
          value={settings.language}
          onChange={(language) => change((s) => ({ ...s, language }))}
        />
      </section>
    </main>
  );
}

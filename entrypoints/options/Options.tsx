/** The options page: every setting, and the sites the extension is off on. */
import { FILM_TITLE } from '../../data/film/editorial';
import { SettingsFields } from '../../components/SettingsFields';
import { SiteList } from '../../components/SiteList';
import { Switch } from '../../components/Switch';
import { useSettings } from '../../components/use-settings';
import { withSite } from '../../data/core/settings';

export function Options() {
  const [settings, change] = useSettings();
  if (!settings) return <main class="cc-options" aria-busy="true" />;
  return (
    <main class="cc-options">
      <header class="cc-options-head">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <div>
          <h1 class="cc-options-title">Context Cards settings</h1>
          <p class="cc-page-note">Sourced facts about the film {FILM_TITLE} on any page. Nothing you set here leaves this browser.</p>
        </div>
      </header>
      <section class="cc-options-section" aria-labelledby="cc-where">
        <h2 id="cc-where" class="cc-options-h2">
          Where it runs
        </h2>
        <Switch
          label="On all sites"
          detail="Off: no marks and no cards anywhere; the popup still works."
          name="Run on all sites"
          checked={settings.enabled}
          onChange={(on) => change((s) => ({ ...s, enabled: on }))}
        />
        <h3 class="cc-options-h3">Sites it is off on</h3>
        <SiteList sites={settings.disabledSites} onRemove={(site) => change((s) => withSite(s, site, true))} />
      </section>
      <section class="cc-options-section" aria-labelledby="cc-look">
        <h2 id="cc-look" class="cc-options-h2">
          Cards and marks
        </h2>
        <SettingsFields settings={settings} onChange={(part) => change((s) => ({ ...s, ...part }))} />
      </section>
    </main>
  );
}

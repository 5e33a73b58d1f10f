import { siteLabel } from '../data/core/settings';
import { useUi } from './i18n';

/** The sites the extension is off on, each with a way to turn it back on there. */
export function SiteList({ sites, onRemove }: { sites: readonly string[]; onRemove(site: string): void }) {
  const { t } = useUi();
  if (sites.length === 0) return <p class="cc-page-note">{t('noSites')}</p>;
  return (
    <ul class="cc-sites" aria-label={t('sitesOff')}>
      {sites.map((site) => (
        <li key={site} class="cc-site">
          <span class="cc-site-name">{siteLabel(site, t)}</span>
          <button type="button" class="cc-button" aria-label={t('turnBackOnFor', siteLabel(site, t))} onClick={() => onRemove(site)}>
            {t('turnBackOn')}
          </button>
        </li>
      ))}
    </ul>
  );
}

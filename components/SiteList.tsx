import { siteLabel } from '../data/core/settings';

/** The sites the extension is off on, each with a way to turn it back on there. */
export function SiteList({ sites, onRemove }: { sites: readonly string[]; onRemove(site: string): void }) {
  if (sites.length === 0)
    return <p class="cc-page-note">None. To turn Context Cards off on a site, use the switch in the toolbar popup while you are on it.</p>;
  return (
    <ul class="cc-sites" aria-label="Sites it is off on">
      {sites.map((site) => (
        <li key={site} class="cc-site">
          <span class="cc-site-name">{siteLabel(site)}</span>
          <button type="button" class="cc-button" aria-label={`Turn back on for ${siteLabel(site)}`} onClick={() => onRemove(site)}>
            Turn back on
          </button>
        </li>
      ))}
    </ul>
  );
}

import { useState } from 'preact/hooks';
import type { DatasetIndex } from '../data/dataset-index';
import { siteLabel } from '../data/settings';
import type { PageEntitySummary } from '../entrypoints/content/protocol';

export type PageMentionsState =
  | { kind: 'loading' }
  /** No content script answers: a browser page, an extension store, or a tab opened before install. */
  | { kind: 'unavailable' }
  | { kind: 'off-everywhere' }
  | { kind: 'off-here'; site: string }
  | { kind: 'found'; entities: PageEntitySummary[] };

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Enough to see who the page is about without pushing the search and the film below the fold. */
export const MENTIONS_SHOWN_FIRST = 6;

/**
 * What the current page mentions, most mentioned first. Each line is a button that takes the
 * page to that name's next mention and opens its card there.
 */
export function PageMentions({ state, index, onShow, onTurnOn }: {
  state: PageMentionsState;
  index: DatasetIndex;
  onShow(entity: string): void;
  /** Turns the extension back on where the state says it is off. */
  onTurnOn(): void;
}) {
  const [all, setAll] = useState(false);
  const entities = state.kind === 'found' ? state.entities : [];
  const shown = all ? entities : entities.slice(0, MENTIONS_SHOWN_FIRST);
  return (
    <section class="cc-page" aria-labelledby="cc-page-title" aria-busy={state.kind === 'loading'}>
      <h2 id="cc-page-title" class="cc-section">On this page</h2>
      <div aria-live="polite">
        {state.kind === 'loading' && <p class="cc-page-note">Reading the page…</p>}
        {state.kind === 'unavailable' && (
          <p class="cc-page-note">
            Context Cards can't read this page. Browser pages and extension stores are off limits to every extension; a page
            that was open before Context Cards was installed needs a reload.
          </p>
        )}
        {state.kind === 'off-everywhere' && (
          <div class="cc-empty">
            <p class="cc-page-note">Context Cards is off on all sites: no marks, no cards.</p>
            <button type="button" class="cc-button" onClick={onTurnOn}>Turn on everywhere</button>
          </div>
        )}
        {state.kind === 'off-here' && (
          <div class="cc-empty">
            <p class="cc-page-note">Off on {siteLabel(state.site)}. Nothing is marked here until you turn it back on.</p>
            <button type="button" class="cc-button" onClick={onTurnOn}>Turn on for {siteLabel(state.site)}</button>
          </div>
        )}
        {state.kind === 'found' && state.entities.length === 0 && <p class="cc-page-note">No mentions of the film, its cast or its makers on this page.</p>}
        {state.kind === 'found' && state.entities.length > 0 && (
          <ul class="cc-mentions" aria-label="Mentions on this page">
            {shown.map((s) => {
              const e = index.entity(s.entity);
              if (!e) return null;
              const roleId = `cc-role-${e.id.replace(/\W/g, '-')}`;
              // Named by what it shows ("Natalie Portman 3 mentions"); the role line describes it.
              return (
                <li key={s.entity} data-entity-id={s.entity}>
                  <button type="button" class="cc-mention" title="Show the next mention on the page" aria-describedby={e.role ? roleId : undefined} onClick={() => onShow(s.entity)}>
                    <span class="cc-mention-top">
                      <span class="cc-person-name">{e.name}</span>
                      <span class="cc-count">{plural(s.count, 'mention')}</span>
                    </span>
                    {e.role && <span class="cc-person-role" id={roleId} aria-hidden="true">{e.role.text}</span>}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {shown.length < entities.length && (
          <button type="button" class="cc-button cc-quiet cc-more-mentions" onClick={() => setAll(true)}>
            Show {entities.length - shown.length} more
          </button>
        )}
      </div>
    </section>
  );
}

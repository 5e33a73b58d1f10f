import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DatasetIndex } from '../data/core/facts/dataset-index';
import { searchEntities } from '../data/core/facts/search';
import { KIND_KEYS } from './format';
import { useUi } from './i18n';

/** A search over every name and alias in the dataset; a result opens that entity's card. */
export function EntitySearch({ index, onOpen }: { index: DatasetIndex; onOpen(entity: string): void }) {
  const ui = useUi();
  const [query, setQuery] = useState('');
  const hits = useMemo(() => searchEntities(index.dataset.entities, query), [index, query]);
  const typed = query.trim() !== '';
  const section = useRef<HTMLElement>(null);
  // Results appear below the box: bring them into view, however far down the popup the box is.
  useEffect(() => {
    if (typed) section.current?.scrollIntoView?.({ block: 'start' });
  }, [typed, hits.length]);
  return (
    <section ref={section} class="cc-search" role="search" aria-label={ui.t('searchLabel')}>
      <input
        type="search"
        class="cc-input"
        aria-label={ui.t('search')}
        placeholder={ui.t('searchPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Enter opens the best match, as a search box is expected to.
          if (e.key === 'Enter' && hits[0]) onOpen(hits[0].entity.id);
        }}
        aria-describedby="cc-search-status"
      />
      <p id="cc-search-status" class="cc-visually-hidden" aria-live="polite">
        {typed ? (hits.length ? ui.plural('results', hits.length) : ui.t('noResults')) : ''}
      </p>
      {typed && hits.length === 0 && <p class="cc-page-note">{ui.t('nothingByName')}</p>}
      {hits.length > 0 && (
        <ul class="cc-results" aria-label={ui.t('searchResults')}>
          {hits.map((h) => {
            const role = ui.role(h.entity);
            return (
              <li key={h.entity.id} data-entity-id={h.entity.id}>
                <button type="button" class="cc-mention" onClick={() => onOpen(h.entity.id)}>
                  <span class="cc-mention-top">
                    <span class="cc-person-name">{h.entity.name}</span>
                    <span class="cc-kind-chip">{ui.t(KIND_KEYS[h.entity.kind])}</span>
                  </span>
                  <span class="cc-person-role">
                    {h.matched !== h.entity.name ? `“${h.matched}” · ` : ''}
                    <span lang={role?.lang ?? 'en'}>{role?.text ?? h.entity.description}</span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

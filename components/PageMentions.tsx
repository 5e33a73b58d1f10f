import type { DatasetIndex } from '../data/dataset-index';
import type { PageEntitySummary } from '../entrypoints/content/protocol';

export type PageMentionsState =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'found'; entities: PageEntitySummary[] };

/** What the current page mentions, one line per person, character or company. */
export function PageMentions({ state, index }: { state: PageMentionsState; index: DatasetIndex }) {
  return (
    <section class="cc-page" aria-labelledby="cc-page-title" aria-busy={state.kind === 'loading'}>
      <h2 id="cc-page-title" class="cc-section">On this page</h2>
      {state.kind === 'loading' && <p class="cc-page-note">Reading the page…</p>}
      {state.kind === 'unavailable' && <p class="cc-page-note">Context Cards does not run on this page (browser pages and the extension gallery are off limits).</p>}
      {state.kind === 'found' && state.entities.length === 0 && <p class="cc-page-note">No mentions of the film, its cast or its makers here.</p>}
      {state.kind === 'found' && state.entities.length > 0 && (
        <ul class="cc-people">
          {state.entities.map((s) => {
            const e = index.entity(s.entity);
            if (!e) return null;
            return (
              <li key={s.entity} class="cc-person" data-entity-id={s.entity}>
                <div class="cc-person-top">
                  <span class="cc-person-name">{e.name}</span>
                  <span class="cc-count" aria-label={`${s.count} mention${s.count === 1 ? '' : 's'}`}>{s.count}×</span>
                </div>
                {e.role && <div class="cc-person-role">{e.role.text}</div>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

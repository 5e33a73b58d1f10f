import { useState } from 'preact/hooks';
import type { DatasetIndex } from '../data/core/facts/dataset-index';
import { siteLabel } from '../data/core/settings';
import type { MentionsResponse, PageEntitySummary } from '../data/contracts/messages';
import { StatusBadge } from './StatusBadge';
import { useUi } from './i18n';

type PageClaim = MentionsResponse['claims'][number];

export type PageMentionsState =
  | { kind: 'loading' }
  /** No content script answers: a browser page, an extension store, or a tab opened before install. */
  | { kind: 'unavailable' }
  | { kind: 'off-everywhere' }
  | { kind: 'off-here'; site: string }
  | { kind: 'found'; entities: PageEntitySummary[]; claims?: PageClaim[] };

/** Enough to see who the page is about without pushing the search and the film below the fold. */
export const MENTIONS_SHOWN_FIRST = 6;

/**
 * What the current page mentions, most mentioned first. Each line is a button that takes the
 * page to that name's next mention and opens its card there.
 */
/** Each claim once, in the order the page first makes it, with how many of its sentences state or deny it. */
export function summarizeClaims(claims: readonly PageClaim[]): Array<{ claim: string; states: number; denies: number }> {
  const by = new Map<string, { claim: string; states: number; denies: number }>();
  for (const c of claims) {
    const s = by.get(c.claim) ?? { claim: c.claim, states: 0, denies: 0 };
    s[c.stance]++;
    by.set(c.claim, s);
  }
  return [...by.values()];
}

/** The claims the page makes that the sources have not confirmed, each a button to its sentence and note. */
function PageClaims({ claims, index, onShow }: { claims: readonly PageClaim[]; index: DatasetIndex; onShow(claim: string): void }) {
  const ui = useUi();
  const items = summarizeClaims(claims);
  if (!items.length) return null;
  return (
    <>
      <h3 class="cc-subhead cc-claims-title" id="cc-claims-title">
        {ui.t('claimsOnPage')}
      </h3>
      <ul class="cc-page-claims" aria-labelledby="cc-claims-title">
        {items.map((c) => {
          const fact = index.fact(c.claim);
          if (!fact) return null;
          const how = ui.t(c.states && c.denies ? 'statedAndDenied' : c.denies ? 'pageDenies' : 'pageStates');
          const said = ui.fact(fact);
          return (
            <li key={c.claim} data-claim-id={c.claim}>
              <button type="button" class="cc-mention" title={ui.t('showClaim')} onClick={() => onShow(c.claim)}>
                <span class="cc-mention-top">
                  <span class="cc-claim-text" lang={said.lang}>
                    {said.text}
                  </span>
                  <StatusBadge status={fact.status} />
                </span>
                <span class="cc-person-role">{how}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function PageMentions({
  state,
  index,
  onShow,
  onShowClaim = () => {},
  onTurnOn,
}: {
  state: PageMentionsState;
  index: DatasetIndex;
  onShow(entity: string): void;
  /** Takes the page to the next sentence that states `claim`, its note open. */
  onShowClaim?(claim: string): void;
  /** Turns the extension back on where the state says it is off. */
  onTurnOn(): void;
}) {
  const ui = useUi();
  const [all, setAll] = useState(false);
  const entities = state.kind === 'found' ? state.entities : [];
  const shown = all ? entities : entities.slice(0, MENTIONS_SHOWN_FIRST);
  return (
    <section class="cc-page" aria-labelledby="cc-page-title" aria-busy={state.kind === 'loading'}>
      <h2 id="cc-page-title" class="cc-section">
        {ui.t('onThisPage')}
      </h2>
      <div aria-live="polite">
        {state.kind === 'loading' && <p class="cc-page-note">{ui.t('readingPage')}</p>}
        {state.kind === 'unavailable' && <p class="cc-page-note">{ui.t('unavailable')}</p>}
        {state.kind === 'off-everywhere' && (
          <div class="cc-empty">
            <p class="cc-page-note">{ui.t('offEverywhere')}</p>
            <button type="button" class="cc-button" onClick={onTurnOn}>
              {ui.t('turnOnEverywhere')}
            </button>
          </div>
        )}
        {state.kind === 'off-here' && (
          <div class="cc-empty">
            <p class="cc-page-note">{ui.t('offHere', siteLabel(state.site, ui.t))}</p>
            <button type="button" class="cc-button" onClick={onTurnOn}>
              {ui.t('turnOnFor', siteLabel(state.site, ui.t))}
            </button>
          </div>
        )}
        {state.kind === 'found' && state.entities.length === 0 && <p class="cc-page-note">{ui.t('noMentions')}</p>}
        {state.kind === 'found' && state.entities.length > 0 && (
          <ul class="cc-mentions" aria-label={ui.t('mentionsLabel')}>
            {shown.map((s) => {
              const e = index.entity(s.entity);
              if (!e) return null;
              const roleId = `cc-role-${e.id.replace(/\W/g, '-')}`;
              const role = ui.role(e);
              // Named by what it shows ("Natalie Portman 3 mentions"); the role line describes it.
              return (
                <li key={s.entity} data-entity-id={s.entity}>
                  <button
                    type="button"
                    class="cc-mention"
                    title={ui.t('showNextMention')}
                    aria-describedby={role ? roleId : undefined}
                    onClick={() => onShow(s.entity)}
                  >
                    <span class="cc-mention-top">
                      <span class="cc-person-name">{e.name}</span>
                      <span class="cc-count">{ui.plural('mentions', s.count)}</span>
                    </span>
                    {role && (
                      <span class="cc-person-role" id={roleId} aria-hidden="true" lang={role.lang}>
                        {role.text}
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {shown.length < entities.length && (
          <button type="button" class="cc-button cc-quiet cc-more-mentions" onClick={() => setAll(true)}>
            {ui.t('showMore', entities.length - shown.length)}
          </button>
        )}
        {state.kind === 'found' && state.claims && <PageClaims claims={state.claims} index={index} onShow={onShowClaim} />}
      </div>
    </section>
  );
}

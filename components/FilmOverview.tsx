import type { DatasetIndex } from '../data/core/facts/dataset-index';
import { FILM_ID, OVERVIEW } from '../data/film/editorial';
import type { Fact, Status } from '../data/core/facts/schema';
import { FactList } from './FactList';
import { groupSources } from '../data/core/facts/independence';
import { FactsFooter } from './FactsFooter';
import { weakestStatus } from './format';
import { useUi } from './i18n';
import { SourceList } from './SourceList';
import { StatusBadge } from './StatusBadge';

function facts(ids: readonly string[], index: DatasetIndex): Fact[] {
  return ids.map((id) => index.fact(id)).filter((f): f is Fact => f !== undefined);
}

function PersonRow({ id, index, onOpen }: { id: string; index: DatasetIndex; onOpen?: (id: string) => void }) {
  const ui = useUi();
  const e = index.entity(id);
  if (!e?.role) return null;
  const role = ui.role(e)!;
  const basis = facts(e.role.basis, index);
  const status: Status = weakestStatus(basis.map((f) => f.status));
  const sources = [...new Set(basis.flatMap((f) => f.sources))];
  return (
    <li class="cc-person" data-entity-id={id}>
      <div class="cc-person-top">
        {onOpen ? (
          <button type="button" class="cc-person-name cc-link-button" aria-label={ui.t('openCard', e.name)} onClick={() => onOpen(id)}>
            {e.name}
          </button>
        ) : (
          <span class="cc-person-name">{e.name}</span>
        )}
        <StatusBadge status={status} />
      </div>
      <div class="cc-person-role" lang={role.lang}>
        {role.text}
      </div>
      <details class="cc-more">
        <summary>{ui.t('sourcesIndependent', groupSources(sources, index).length)}</summary>
        <SourceList ids={sources} index={index} />
      </details>
    </li>
  );
}

/**
 * The popup's account of the whole film: what it is, where it stands, who makes it. With
 * `onOpen`, each person or company opens their own card.
 */
export function FilmOverview({ index, onOpen }: { index: DatasetIndex; onOpen?: (id: string) => void }) {
  const ui = useUi();
  const film = index.entity(FILM_ID);
  if (!film) return null;
  const role = ui.role(film);
  const all = index.factsAbout(FILM_ID);
  return (
    <article class="cc-card cc-overview" aria-labelledby="cc-film-title">
      <header class="cc-header">
        <p class="cc-kind">{ui.t('filmKind')}</p>
        <h1 class="cc-name" id="cc-film-title">
          {film.name}
        </h1>
        {role && (
          <p class="cc-role" lang={role.lang}>
            {role.text}
          </p>
        )}
      </header>
      <section aria-labelledby="cc-logline">
        <h2 id="cc-logline" class="cc-section">
          {ui.t('premise')}
        </h2>
        <FactList facts={facts(OVERVIEW.premise, index)} index={index} />
      </section>
      <section aria-labelledby="cc-cast">
        <h2 id="cc-cast" class="cc-section">
          {ui.t('cast')}
        </h2>
        <ul class="cc-people">
          {OVERVIEW.cast.map((id) => (
            <PersonRow key={id} id={id} index={index} onOpen={onOpen} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="cc-makers">
        <h2 id="cc-makers" class="cc-section">
          {ui.t('makers')}
        </h2>
        <ul class="cc-people">
          {OVERVIEW.makers.map((id) => (
            <PersonRow key={id} id={id} index={index} onOpen={onOpen} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="cc-status">
        <h2 id="cc-status" class="cc-section">
          {ui.t('status')}
        </h2>
        <FactList facts={facts(OVERVIEW.status, index)} index={index} />
      </section>
      <details class="cc-all">
        <summary>{ui.plural('allFacts', all.length)}</summary>
        <FactList facts={all} index={index} />
      </details>
      <FactsFooter factsAsOf={index.dataset.factsAsOf} message="overviewFooter" />
    </article>
  );
}

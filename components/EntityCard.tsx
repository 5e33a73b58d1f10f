import type { DatasetIndex } from '../data/core/facts/dataset-index';
import type { Entity } from '../data/core/facts/schema';
import { EntityHeader } from './EntityHeader';
import { FactList } from './FactList';
import { FactsFooter } from './FactsFooter';
import { useUi } from './i18n';

/** One entity's card: who or what it is, then its facts with their sources. */
export function EntityCard({ entity, index, headingId }: { entity: Entity; index: DatasetIndex; headingId?: string }) {
  const { t } = useUi();
  const facts = index.factsAbout(entity.id);
  return (
    <article class="cc-card">
      <EntityHeader entity={entity} headingId={headingId} />
      <div class="cc-body">
        {facts.length ? <FactList facts={facts} index={index} /> : <p class="cc-note">{t('noFacts', entity.name)}</p>}
      </div>
      <FactsFooter factsAsOf={index.dataset.factsAsOf} />
    </article>
  );
}

import type { DatasetIndex } from '../data/core/facts/dataset-index';
import type { Entity } from '../data/core/facts/schema';
import { EntityHeader } from './EntityHeader';
import { FactList } from './FactList';
import { formatDate } from './format';

/** One entity's card: who or what it is, then its facts with their sources. */
export function EntityCard({ entity, index, headingId }: { entity: Entity; index: DatasetIndex; headingId?: string }) {
  const facts = index.factsAbout(entity.id);
  return (
    <article class="cc-card">
      <EntityHeader entity={entity} headingId={headingId} />
      <div class="cc-body">
        {facts.length ? <FactList facts={facts} index={index} /> : <p class="cc-note">No sourced facts about {entity.name} yet.</p>}
      </div>
      <footer class="cc-footer">Facts as of {formatDate(index.dataset.factsAsOf)} · Context Cards</footer>
    </article>
  );
}

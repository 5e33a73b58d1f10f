import type { Entity } from '../data/core/facts/schema';
import { FILM_TITLE } from '../data/film/editorial';
import { KIND_LABELS } from './format';

export function EntityHeader({ entity, headingId }: { entity: Entity; headingId?: string }) {
  return (
    <header class="cc-header">
      <p class="cc-kind">
        {KIND_LABELS[entity.kind]}
        {entity.kind !== 'film' ? ` · ${FILM_TITLE}` : ''}
      </p>
      <h2 class="cc-name" id={headingId} tabIndex={headingId ? -1 : undefined}>
        {entity.name}
      </h2>
      {entity.role && <p class="cc-role">{entity.role.text}</p>}
    </header>
  );
}

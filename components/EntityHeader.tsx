import type { Entity } from '../data/core/facts/schema';
import { FILM_TITLE } from '../data/film/editorial';
import { KIND_KEYS } from './format';
import { useUi } from './i18n';

export function EntityHeader({ entity, headingId }: { entity: Entity; headingId?: string }) {
  const ui = useUi();
  const kind = ui.t(KIND_KEYS[entity.kind]);
  const role = ui.role(entity);
  return (
    <header class="cc-header">
      <p class="cc-kind">{entity.kind !== 'film' ? ui.t('kindOfFilm', kind, FILM_TITLE) : kind}</p>
      <h2 class="cc-name" id={headingId} tabIndex={headingId ? -1 : undefined}>
        {entity.name}
      </h2>
      {role && (
        <p class="cc-role" lang={role.lang}>
          {role.text}
        </p>
      )}
    </header>
  );
}

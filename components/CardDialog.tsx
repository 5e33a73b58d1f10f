import type { DatasetIndex } from '../data/core/facts/dataset-index';
import type { Entity } from '../data/core/facts/schema';
import { EntityCard } from './EntityCard';

/**
 * The hover card as a labelled, non-modal dialog. Unlike Page Previews it is not hidden from
 * screen readers: it is announced by its name and can be reached and left with the keyboard.
 */
export function CardDialog({ entity, index }: { entity: Entity; index: DatasetIndex }) {
  return (
    <div class="cc-dialog" role="dialog" aria-label={entity.name} aria-modal="false" tabIndex={-1} data-entity-id={entity.id}>
      <EntityCard entity={entity} index={index} />
    </div>
  );
}

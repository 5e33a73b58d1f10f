import type { DatasetIndex } from '../data/core/facts/dataset-index';
import { groupSources, independenceOf, type SourceGroup } from '../data/core/facts/independence';
import type { Source } from '../data/core/facts/schema';
import { independenceText } from './format';
import { useUi } from './i18n';

function SourceLink({ source }: { source: Source }) {
  const ui = useUi();
  return (
    <>
      <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.via ? `${source.outlet}, ${source.via}` : source.outlet}>
        {source.outlet}
      </a>
      <span class="cc-date">, {ui.date(source.date)}</span>
    </>
  );
}

/** One independent source: its lead page, and the family's other pages folded under it. */
function FamilyLine({ group }: { group: SourceGroup }) {
  const { family, lead, others } = group;
  const ui = useUi();
  return (
    <li class="cc-family" data-family={family.id}>
      <SourceLink source={lead} />
      {lead.outlet !== family.name && <span class="cc-via"> · {ui.t('relays', family.name)}</span>}
      {others.length > 0 && (
        <details class="cc-relays">
          <summary>{ui.plural(family.primary ? 'morePagesOf' : 'morePagesFrom', others.length, family.name)}</summary>
          <ul aria-label={ui.t('morePagesLabel', family.name)}>
            {others.map((s) => (
              <li key={s.id}>
                <SourceLink source={s} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/**
 * The sources behind a fact, one line per independent source (a family of copies and relays
 * counts once), each a link that opens in a new tab, with how many independent sources that is.
 */
export function SourceList({ ids, index, label }: { ids: readonly string[]; index: DatasetIndex; label?: string }) {
  const ui = useUi();
  const groups = groupSources(ids, index);
  if (!groups.length) return null;
  return (
    <div class="cc-source-block">
      <p class="cc-independence">{independenceText(independenceOf(groups), ui, groups[0]!.family.name)}</p>
      <ul class="cc-sources" aria-label={label ?? ui.t('sources')}>
        {groups.map((g) => (
          <FamilyLine key={g.family.id} group={g} />
        ))}
      </ul>
    </div>
  );
}

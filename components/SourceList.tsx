import type { DatasetIndex } from '../data/core/facts/dataset-index';
import { groupSources, independenceOf, type SourceGroup } from '../data/core/facts/independence';
import type { Source } from '../data/core/facts/schema';
import { formatDate, independenceText } from './format';

function SourceLink({ source }: { source: Source }) {
  return (
    <>
      <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.via ? `${source.outlet}, ${source.via}` : source.outlet}>
        {source.outlet}
      </a>
      <span class="cc-date">, {formatDate(source.date)}</span>
    </>
  );
}

/** One independent source: its lead page, and the family's other pages folded under it. */
function FamilyLine({ group }: { group: SourceGroup }) {
  const { family, lead, others } = group;
  return (
    <li class="cc-family" data-family={family.id}>
      <SourceLink source={lead} />
      {lead.outlet !== family.name && <span class="cc-via"> · relays {family.name}</span>}
      {others.length > 0 && (
        <details class="cc-relays">
          <summary>
            {others.length} more {others.length === 1 ? 'page' : 'pages'}{' '}
            {family.primary ? `of ${family.name}'s reporting` : `from ${family.name}`}
          </summary>
          <ul aria-label={`More pages from ${family.name}`}>
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
export function SourceList({ ids, index, label = 'Sources' }: { ids: readonly string[]; index: DatasetIndex; label?: string }) {
  const groups = groupSources(ids, index);
  if (!groups.length) return null;
  return (
    <div class="cc-source-block">
      <p class="cc-independence">{independenceText(independenceOf(groups), groups[0]!.family.name)}</p>
      <ul class="cc-sources" aria-label={label}>
        {groups.map((g) => (
          <FamilyLine key={g.family.id} group={g} />
        ))}
      </ul>
    </div>
  );
}

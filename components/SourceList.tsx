import type { DatasetIndex } from '../data/dataset-index';
import { formatDate } from './format';

/** The sources behind a fact: outlet and date, each a link that opens in a new tab. */
export function SourceList({ ids, index, label = 'Sources' }: { ids: readonly string[]; index: DatasetIndex; label?: string }) {
  return (
    <ul class="cc-sources" aria-label={label}>
      {ids.map((id) => {
        const s = index.source(id);
        if (!s) return null;
        return (
          <li key={id}>
            <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.via ? `${s.outlet}, ${s.via}` : s.outlet}>
              {s.outlet}
            </a>
            <span class="cc-date">, {formatDate(s.date)}</span>
          </li>
        );
      })}
    </ul>
  );
}

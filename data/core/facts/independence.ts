/**
 * How many independent sources back a fact. Sources of one family derive from one original
 * reporting (three relays of a Deadline report, three pages of one SEO site): they count once
 * and are shown as one line, the family's own page first where the fact cites it.
 */
import type { DatasetIndex } from './dataset-index';
import type { Family, Source } from './schema';

export interface SourceGroup {
  family: Family;
  /** The page the line links to: the family's own outlet where the fact cites it, else its first page. */
  lead: Source;
  /** The family's other pages behind the fact, in ledger order. */
  others: Source[];
}

/** A primary report (or a copy of one) leads the list; the rest keep the ledger's order. */
function strength(g: SourceGroup): number {
  return g.family.primary || [g.lead, ...g.others].some((s) => s.type.startsWith('primary')) ? 0 : 1;
}

/** `ids` grouped by family, strongest first; ids the dataset does not hold are left out. */
export function groupSources(ids: readonly string[], index: DatasetIndex): SourceGroup[] {
  const byFamily = new Map<string, Source[]>();
  for (const id of new Set(ids)) {
    const s = index.source(id);
    if (!s) continue;
    const list = byFamily.get(s.family);
    if (list) list.push(s);
    else byFamily.set(s.family, [s]);
  }
  const groups: SourceGroup[] = [];
  for (const [id, sources] of byFamily) {
    const family = index.family(id) ?? { id, name: sources[0]!.outlet, primary: false };
    const lead = sources.find((s) => s.outlet === family.name) ?? sources[0]!;
    groups.push({ family, lead, others: sources.filter((s) => s !== lead) });
  }
  return groups
    .map((g, i) => [g, i] as const)
    .sort((a, b) => strength(a[0]) - strength(b[0]) || a[1] - b[1])
    .map(([g]) => g);
}

export interface Independence {
  /** Independent sources: families. */
  independent: number;
  /** Pages behind them. */
  pages: number;
}

export function independenceOf(groups: readonly SourceGroup[]): Independence {
  return { independent: groups.length, pages: groups.reduce((n, g) => n + 1 + g.others.length, 0) };
}

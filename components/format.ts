/** Words and dates as a card shows them. Pure, so the card and the popup agree and tests are easy. */
import type { Independence } from '../data/core/facts/independence';
import type { EntityKind, Fact, Status } from '../data/core/facts/schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-02-12" → "12 Feb 2025", "2025-02" → "Feb 2025", "2026" → "2026", null → "undated". */
export function formatDate(date: string | null): string {
  if (!date) return 'undated';
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (!month) return y ?? date;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export const STATUS_LABELS: Record<Status, string> = {
  confirmed: 'Confirmed',
  reported: 'Reported',
  disputed: 'Disputed',
  speculative: 'Expected',
};

/** What each label means, for the badge's tooltip and screen readers. */
export const STATUS_HELP: Record<Status, string> = {
  confirmed: 'Two or more independent sources, or a primary trade report',
  reported: 'One source, or one family of copies; not independently corroborated',
  disputed: 'Sources conflict; both sides are shown',
  speculative: 'A prediction or expectation, not a fact yet',
};

export const KIND_LABELS: Record<EntityKind, string> = {
  film: 'Film',
  person: 'Person',
  character: 'Character',
  company: 'Company',
  event: 'Event',
  related_work: 'Related work',
};

const ORDER: Record<Status, number> = { confirmed: 0, reported: 1, disputed: 2, speculative: 3 };

/** Facts in order of trust, ledger order within each status. Stable, so cards never reshuffle. */
export function byTrust(facts: readonly Fact[]): Fact[] {
  return facts
    .map((f, i) => [f, i] as const)
    .sort((a, b) => ORDER[a[0].status] - ORDER[b[0].status] || a[1] - b[1])
    .map(([f]) => f);
}

/** A role line is only as sure as the least sure fact it rests on. */
export function weakestStatus(statuses: readonly Status[]): Status {
  let worst: Status = 'confirmed';
  for (const s of statuses) if (ORDER[s] > ORDER[worst]) worst = s;
  return worst;
}

/**
 * How sure the sources make a fact: "3 independent sources", and plainly when several pages
 * are one source ("all 3 pages trace back to pixelation.org"). `only` names the family when
 * there is one.
 */
export function independenceText({ independent, pages }: Independence, only?: string): string {
  if (independent === 0) return 'No source';
  if (independent === 1) return pages === 1 ? '1 source' : `1 independent source: all ${pages} pages trace back to ${only ?? 'one report'}`;
  return `${independent} independent sources${pages > independent ? ` (${pages} pages)` : ''}`;
}

/** Today on the reader's clock, as `YYYY-MM-DD` in their own time zone. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Whether a prediction's window has closed: `expectedBy` is its last day, judged on the
 * reader's clock (a dataset built in January must still age in July).
 */
export function expectationPassed(fact: Pick<Fact, 'expectedBy'>, now: Date): boolean {
  return fact.expectedBy !== undefined && localDay(now) > fact.expectedBy;
}

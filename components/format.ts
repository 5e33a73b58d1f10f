/** Words and dates as a card shows them. Pure, so the card and the popup agree and tests are easy. */
import type { Translator } from '../data/core/i18n/translate';
import type { Independence } from '../data/core/facts/independence';
import type { EntityKind, Fact, Status } from '../data/core/facts/schema';

/** Each status's badge and its tooltip, as message keys. */
export const STATUS_KEYS: Record<Status, { label: string; help: string }> = {
  confirmed: { label: 'statusConfirmed', help: 'statusHelpConfirmed' },
  reported: { label: 'statusReported', help: 'statusHelpReported' },
  disputed: { label: 'statusDisputed', help: 'statusHelpDisputed' },
  speculative: { label: 'statusSpeculative', help: 'statusHelpSpeculative' },
};

/** What each kind of entity is called, as message keys. */
export const KIND_KEYS: Record<EntityKind, string> = {
  film: 'kindFilm',
  person: 'kindPerson',
  character: 'kindCharacter',
  company: 'kindCompany',
  event: 'kindEvent',
  related_work: 'kindRelatedWork',
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
export function independenceText({ independent, pages }: Independence, tr: Translator, only?: string): string {
  if (independent === 0) return tr.t('noSource');
  if (independent === 1) return pages === 1 ? tr.t('oneSource') : tr.t('oneFamily', pages, only ?? tr.t('oneReport'));
  return pages > independent ? tr.plural('independentSourcesPages', independent, pages) : tr.plural('independentSources', independent);
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

import { describe, expect, it } from 'vitest';
import { byTrust, STATUS_KEYS, weakestStatus } from '../../components/format';
import { english, translatorFor } from '../support/ui';
import type { Fact, Status } from '../../data/core/facts/schema';

const f = (id: string, status: Status): Fact => ({
  id,
  subject: 'film.good_sex',
  text: id,
  status,
  statusReason: '',
  sources: ['s'],
  supplementary: false,
});

describe('dates, in the interface language', () => {
  it.each([
    ['2025-02-12', '12 Feb 2025'],
    ['2025-02-01', '1 Feb 2025'],
    ['2024-12-31', '31 Dec 2024'],
    ['2025-02', 'Feb 2025'],
    ['2026-01', 'Jan 2026'],
    ['2026', '2026'],
  ])('%s reads %s', (input, out) => {
    expect(english.date(input)).toBe(out);
  });

  it('calls a missing date undated', () => {
    expect(english.date(null)).toBe('undated');
    expect(english.date('')).toBe('undated');
  });

  it('writes them as each language does', () => {
    expect(translatorFor('it').date('2025-02-12')).toBe('12 feb 2025');
    expect(translatorFor('de').date('2025-02-12')).toBe('12. Feb. 2025');
    expect(translatorFor('fr').date('2026-01')).toBe('janv. 2026');
    expect(translatorFor('it').date(null)).not.toBe('undated');
  });
});

describe('byTrust', () => {
  it('puts confirmed, reported, disputed, speculative in that order, ledger order within each', () => {
    const facts = [
      f('a', 'speculative'),
      f('b', 'reported'),
      f('c', 'confirmed'),
      f('d', 'disputed'),
      f('e', 'confirmed'),
      f('g', 'reported'),
    ];
    expect(byTrust(facts).map((x) => x.id)).toEqual(['c', 'e', 'b', 'g', 'd', 'a']);
  });

  it('does not reorder the list it is given', () => {
    const facts = [f('a', 'speculative'), f('b', 'confirmed')];
    byTrust(facts);
    expect(facts.map((x) => x.id)).toEqual(['a', 'b']);
  });
});

describe('weakestStatus', () => {
  it.each<[Status[], Status]>([
    [[], 'confirmed'],
    [['confirmed'], 'confirmed'],
    [['confirmed', 'reported'], 'reported'],
    [['reported', 'confirmed'], 'reported'],
    [['confirmed', 'disputed', 'reported'], 'disputed'],
    [['speculative', 'confirmed'], 'speculative'],
  ])('%j -> %s', (statuses, weakest) => {
    expect(weakestStatus(statuses)).toBe(weakest);
  });
});

describe('status badges', () => {
  it('calls a speculative fact Expected, as the ledger README asks', () => {
    expect(english.t(STATUS_KEYS.speculative.label)).toBe('Expected');
    expect(english.t(STATUS_KEYS.reported.label)).toBe('Reported');
  });
});

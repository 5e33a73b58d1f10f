import { english, translatorFor } from '../support/ui';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/core/facts/dataset';
import { indexDataset } from '../../data/core/facts/dataset-index';
import { groupSources, independenceOf } from '../../data/core/facts/independence';
import { familiesOf } from '../../data/core/facts/ledger-to-dataset';
import type { Dataset, Source } from '../../data/core/facts/schema';
import { expectationPassed, independenceText, localDay } from '../../components/format';

const index = indexDataset(dataset);
const sourcesOf = (id: string) => index.fact(id)!.sources;

describe('independent sources', () => {
  it('counts a family once: the Oscar fact has four independent sources behind five pages', () => {
    const groups = groupSources(sourcesOf('C44'), index);
    expect(groups.map((g) => g.family.id).sort()).toEqual(['britannica', 'deadline', 'dw', 'pixelation']);
    // pixelation.org's two pages are one line.
    const pixelation = groups.find((g) => g.family.id === 'pixelation')!;
    expect([pixelation.lead, ...pixelation.others].map((s) => s.id).sort()).toEqual(['src.pixelation_000', 'src.pixelation_001']);
    expect(independenceOf(groups)).toEqual({ independent: 4, pages: 5 });
  });

  it('keeps every page reachable: lead and folded pages together are the fact sources, once each', () => {
    for (const f of dataset.facts) {
      const pages = groupSources(f.sources, index).flatMap((g) => [g.lead, ...g.others].map((s) => s.id));
      expect(pages.sort(), f.id).toEqual([...new Set(f.sources)].sort());
    }
  });

  it("leads a family with the family's own outlet where the fact cites it", () => {
    // C25-style: find a fact citing the Deadline copy and a Deadline relay.
    const f = dataset.facts.find(
      (x) =>
        x.sources.includes('src.deadline_copy') &&
        x.sources.some((s) => s !== 'src.deadline_copy' && index.source(s)!.family === 'deadline'),
    )!;
    expect(f).toBeDefined();
    const deadline = groupSources(f.sources, index).find((g) => g.family.id === 'deadline')!;
    expect(deadline.lead.id).toBe('src.deadline_copy');
    expect(deadline.family.name).toBe('Deadline');
  });

  it('puts a primary report ahead of an SEO site', () => {
    const groups = groupSources(sourcesOf('C01'), index);
    expect(groups[groups.length - 1]!.family.id).toBe('pixelation');
    expect(groups[0]!.family.primary || groups[0]!.lead.type.startsWith('primary')).toBe(true);
  });

  it('says so plainly when every page is one family', () => {
    // C42: two pixelation.org pages.
    const groups = groupSources(sourcesOf('C42'), index);
    expect(groups).toHaveLength(1);
    expect(independenceText(independenceOf(groups), english, groups[0]!.family.name)).toBe(
      '1 independent source: all 2 pages trace back to pixelation.org',
    );
    expect(independenceText({ independent: 1, pages: 1 }, english)).toBe('1 source');
    expect(independenceText({ independent: 3, pages: 3 }, english)).toBe('3 independent sources');
    expect(independenceText({ independent: 3, pages: 5 }, english)).toBe('3 independent sources (5 pages)');
    // In another language, by its plural rules.
    expect(independenceText({ independent: 3, pages: 3 }, translatorFor('de'))).toMatch(/^3 unabhängige Quellen$/);
  });
});

describe('families in the dataset', () => {
  const src = (id: string, outlet: string, family: string): Source => ({
    id,
    outlet,
    family,
    url: 'https://example.org/',
    date: null,
    type: 'secondary',
  });

  it("names a family by the primary outlet the ledger gives, else by its sources' one outlet", () => {
    expect(
      familiesOf([src('a', 'Pinkvilla', 'deadline'), src('b', 'pixelation.org', 'pixelation'), src('c', 'pixelation.org', 'pixelation')]),
    ).toEqual([
      { id: 'deadline', name: 'Deadline', primary: true },
      { id: 'pixelation', name: 'pixelation.org', primary: false },
    ]);
  });

  it('stops on a family of several outlets with no primary named, saying which', () => {
    expect(() => familiesOf([src('a', 'One', 'mixed'), src('b', 'Two', 'mixed')])).toThrow(/family mixed: its sources are One, Two/);
  });

  it('every source of the bundled dataset belongs to a family it lists', () => {
    const ids = new Set((dataset as Dataset).families.map((f) => f.id));
    for (const s of dataset.sources) expect(ids.has(s.family), s.id).toBe(true);
  });
});

describe('expectations that age, on the reader clock', () => {
  const c42 = index.fact('C42')!;
  it('C42 (by mid-2026) is pending up to its last day and passed the day after', () => {
    expect(c42.expectedBy).toBe('2026-06-30');
    expect(expectationPassed(c42, new Date(2026, 5, 30, 23, 59))).toBe(false);
    expect(expectationPassed(c42, new Date(2026, 6, 1, 0, 1))).toBe(true);
  });
  it('a prediction with no window never ages', () => {
    expect(expectationPassed({}, new Date(2099, 0, 1))).toBe(false);
  });
  it('reads the day in local time', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

/**
 * Precision and recall of the name marks on pages in Italian, Spanish, Portuguese, French and
 * German (test/fixtures/names-languages, written apart from the rules; its README has the
 * first-meeting figures). Every language is held to what it measures since the pages were used,
 * and the whole set to the targets.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/core/facts/dataset';
import { createDetector } from '../../data/core/names/detect';
import { labelledPages, scorePage, totals } from '../support/mention-score';

const DIR = resolve(import.meta.dirname, '../fixtures/names-languages');
const detect = createDetector(dataset);
/** The targets, held by the whole set. */
const PRECISION = 0.97;
const RECALL = 0.92;
/** Each language at what it measures after use, where that is below the targets. */
const PRECISION_BY_LANGUAGE: Record<string, number> = { it: 0.96, fr: 0.96 };

const LANGUAGES = ['it', 'es', 'pt', 'fr', 'de'];
const scores = Object.fromEntries(
  LANGUAGES.map((l) => [l, labelledPages(resolve(DIR, l)).map((p) => scorePage(resolve(DIR, l), p, detect))]),
);

describe('name marks on pages in five languages', () => {
  it('has pages in every language, negatives among them, and places every label', () => {
    for (const l of LANGUAGES) expect(scores[l]!.length, l).toBeGreaterThanOrEqual(4);
    expect(
      Object.values(scores)
        .flat()
        .filter((s) => s.truePositives + s.misses.length === 0).length,
    ).toBeGreaterThanOrEqual(3);
    expect(Object.values(scores).flatMap((ss) => ss.flatMap((s) => s.unplaced))).toEqual([]);
  });

  for (const l of LANGUAGES)
    it(`${l}: precision ≥ ${PRECISION_BY_LANGUAGE[l] ?? PRECISION}, recall ≥ ${RECALL}`, () => {
      const t = totals(scores[l]!, l);
      console.log(t.report);
      expect(t.precision, t.report).toBeGreaterThanOrEqual(PRECISION_BY_LANGUAGE[l] ?? PRECISION);
      expect(t.recall, t.report).toBeGreaterThanOrEqual(RECALL);
    });

  it(`all five: precision ≥ ${PRECISION}, recall ≥ ${RECALL}`, () => {
    const t = totals(Object.values(scores).flat(), 'all');
    console.log(t.summary);
    expect(t.precision).toBeGreaterThanOrEqual(PRECISION);
    expect(t.recall).toBeGreaterThanOrEqual(RECALL);
  });
});

/**
 * Precision and recall over the labelled corpus (test/fixtures/corpus): pages written to mirror
 * real ones, each with the mentions a careful reader marks by the ledger's rules.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/core/facts/dataset';
import { createDetector } from '../../data/core/names/detect';
import { labelledPages, scorePage, totals } from '../support/mention-score';

const DIR = resolve(import.meta.dirname, '../fixtures/corpus');
const PRECISION_BAR = 0.97;
const RECALL_BAR = 0.92;

const detect = createDetector(dataset);
const pages = labelledPages(DIR);
const scores = pages.map((p) => scorePage(DIR, p, detect));

describe('the labelled corpus', () => {
  it('has pages of every kind, with positives and negatives', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(scores.filter((s) => s.truePositives + s.misses.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  it('places every label on its page', () => {
    expect(scores.flatMap((s) => s.unplaced.map((u) => `${s.page}: ${u}`))).toEqual([]);
  });

  it(`holds precision >= ${PRECISION_BAR} and recall >= ${RECALL_BAR}`, () => {
    const { precision, recall, report } = totals(scores, 'corpus');
    console.log(report);
    expect(precision, report).toBeGreaterThanOrEqual(PRECISION_BAR);
    expect(recall, report).toBeGreaterThanOrEqual(RECALL_BAR);
  });
});

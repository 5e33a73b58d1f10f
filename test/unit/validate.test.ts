import { describe, expect, it } from 'vitest';
import raw from '../../data/generated/dataset.json';
import type { Dataset, Fact } from '../../data/core/facts/schema';
import { assertValidDataset, datasetProblems, InvalidDatasetError } from '../../data/core/facts/validate';

/** A fresh, mutable copy of the committed dataset for each test. */
const fresh = (): Dataset => structuredClone(raw) as unknown as Dataset;
const fact = (d: Dataset, id: string): Fact => {
  const f = d.facts.find((x) => x.id === id);
  if (!f) throw new Error(`no fact ${id} in dataset.json`);
  return f;
};
/** Problems that mention `id` as a word (so "C1" does not match inside "C19"). */
const naming = (problems: string[], id: string) =>
  problems.filter((p) => new RegExp(`(^|[^\\w.])${id.replace(/\./g, '\\.')}(?![\\w])`).test(p));

describe('datasetProblems', () => {
  it('finds nothing wrong with the committed dataset', () => {
    expect(datasetProblems(fresh())).toEqual([]);
    expect(() => assertValidDataset(fresh())).not.toThrow();
  });

  it('rejects a fact with an empty sources list', () => {
    const d = fresh();
    fact(d, 'C02').sources = [];
    const problems = datasetProblems(d);
    expect(problems.length).toBeGreaterThan(0);
    expect(naming(problems, 'C02').some((p) => /no source/.test(p))).toBe(true);
  });

  it('rejects a fact citing a source that does not exist', () => {
    const d = fresh();
    fact(d, 'C03').sources = [...fact(d, 'C03').sources, 'src.nowhere'];
    const problems = datasetProblems(d);
    expect(naming(problems, 'C03').some((p) => p.includes('src.nowhere'))).toBe(true);
  });

  it('rejects a source without a family', () => {
    const d = fresh();
    const s = d.sources.find((x) => x.id === 'src.pixelation_000')!;
    (s as { family?: string }).family = undefined;
    expect(naming(datasetProblems(d), 'src.pixelation_000').some((p) => /family/.test(p))).toBe(true);
  });

  it('rejects an expectedBy that is not a date, or on a fact that is not a prediction', () => {
    const d = fresh();
    fact(d, 'C42').expectedBy = 'mid-2026';
    fact(d, 'C02').expectedBy = '2026-06-30';
    const problems = datasetProblems(d);
    expect(naming(problems, 'C42').some((p) => /expectedBy/.test(p))).toBe(true);
    expect(naming(problems, 'C02').some((p) => /not speculative/.test(p))).toBe(true);
  });

  it('rejects a source id cited as partial support that does not exist', () => {
    const d = fresh();
    fact(d, 'C04').partiallySupportedBy = ['src.ghost'];
    expect(naming(datasetProblems(d), 'C04').some((p) => p.includes('src.ghost'))).toBe(true);
  });

  it('rejects an unknown status', () => {
    const d = fresh();
    (fact(d, 'C05') as unknown as { status: string }).status = 'rumoured';
    const problems = naming(datasetProblems(d), 'C05');
    expect(problems.some((p) => p.includes('rumoured'))).toBe(true);
  });

  it('rejects a fact whose subject is not an entity id', () => {
    const d = fresh();
    fact(d, 'C06').subject = 'person.nobody';
    expect(naming(datasetProblems(d), 'C06').some((p) => p.includes('person.nobody'))).toBe(true);
  });

  it('rejects a disputed fact without conflictsWith', () => {
    const d = fresh();
    delete fact(d, 'C19').conflictsWith;
    expect(naming(datasetProblems(d), 'C19').some((p) => /conflictsWith|counterpart/.test(p))).toBe(true);
  });

  it('rejects a disputed fact whose counterpart does not exist', () => {
    const d = fresh();
    fact(d, 'C37').conflictsWith = ['X99'];
    const problems = naming(datasetProblems(d), 'C37');
    expect(problems.some((p) => p.includes('X99'))).toBe(true);
  });

  it('rejects a counterpart that does not name it back', () => {
    const d = fresh();
    // C20 still says it conflicts with C19, but C19 now points at C37 instead.
    fact(d, 'C19').conflictsWith = ['C37'];
    const problems = datasetProblems(d);
    // C20 -> C19, and C19 does not name C20 back.
    expect(naming(problems, 'C20').some((p) => p.includes('C19') && /back/.test(p))).toBe(true);
    // C19 -> C37, and C37 names only X18.
    expect(naming(problems, 'C19').some((p) => p.includes('C37') && /back/.test(p))).toBe(true);
  });

  it('rejects a disputed fact without a weight', () => {
    const d = fresh();
    delete fact(d, 'X18').weight;
    expect(naming(datasetProblems(d), 'X18').some((p) => /weight/.test(p))).toBe(true);
  });

  it('rejects conflictsWith on a fact that is not disputed', () => {
    const d = fresh();
    fact(d, 'C01').conflictsWith = ['C02'];
    expect(naming(datasetProblems(d), 'C01').length).toBeGreaterThan(0);
  });

  it('rejects a role whose basis fact does not exist', () => {
    const d = fresh();
    const portman = d.entities.find((e) => e.id === 'person.natalie_portman')!;
    portman.role = { text: 'plays Ally', basis: ['C02', 'C999'] };
    const problems = naming(datasetProblems(d), 'person.natalie_portman');
    expect(problems.some((p) => p.includes('C999'))).toBe(true);
  });

  it('rejects a source without url', () => {
    const d = fresh();
    const src = d.sources[0]!;
    delete (src as Partial<typeof src>).url;
    const problems = naming(datasetProblems(d), src.id);
    expect(problems.some((p) => /url/.test(p))).toBe(true);
  });

  it('rejects a source whose url is not http(s)', () => {
    const d = fresh();
    const src = d.sources[1]!;
    src.url = 'javascript:alert(1)';
    expect(naming(datasetProblems(d), src.id).some((p) => /url/.test(p))).toBe(true);
  });

  it('rejects a duplicate fact id', () => {
    const d = fresh();
    d.facts.push({ ...fact(d, 'C07') });
    const problems = naming(datasetProblems(d), 'C07');
    expect(problems.some((p) => /duplicate/.test(p))).toBe(true);
  });

  it('rejects something that is not a dataset at all', () => {
    expect(datasetProblems(null).length).toBeGreaterThan(0);
    expect(datasetProblems([]).length).toBeGreaterThan(0);
    expect(datasetProblems({ schemaVersion: 1 }).length).toBeGreaterThan(0);
  });
});

describe('assertValidDataset', () => {
  it('returns the dataset when it is sound', () => {
    const d = fresh();
    expect(assertValidDataset(d)).toBe(d);
  });

  it('throws InvalidDatasetError whose message lists the offending ids', () => {
    const d = fresh();
    fact(d, 'C10').sources = [];
    fact(d, 'X02').subject = 'person.nobody';
    let error: unknown;
    try {
      assertValidDataset(d);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidDatasetError);
    const err = error as InvalidDatasetError;
    expect(err.name).toBe('InvalidDatasetError');
    expect(err.problems).toHaveLength(2);
    expect(err.message).toMatch(/\bC10\b/);
    expect(err.message).toMatch(/\bX02\b/);
    expect(err.message).toContain('2 problems');
  });
});

/**
 * The validator against datasets broken at random: values of the wrong type, keys gone,
 * lists cut short or emptied, nulls, nesting where a string belongs. Whatever it is given it
 * either accepts or throws its own InvalidDatasetError, whose every line names a place
 * ("dataset:", "fact C19:", "source S3:" ...); it never crashes on the way.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 as rng } from '../../bench/prng';
import raw from '../../data/generated/dataset.json';
import { assertValidDataset, InvalidDatasetError } from '../../data/core/facts/validate';

const ODD_VALUES: unknown[] = [
  null,
  undefined,
  0,
  -1,
  1e308,
  NaN,
  '',
  ' ',
  'x',
  true,
  [],
  {},
  [null],
  { 0: 1 },
  'C1',
  'https://',
  'javascript:alert(1)',
  '9999-99-99',
];

/** Every container (object or list) in `v`, with the path to it. */
function containers(v: unknown, path: string[] = [], out: Array<{ at: Record<string, unknown> | unknown[]; path: string[] }> = []) {
  if (v && typeof v === 'object') {
    out.push({ at: v as Record<string, unknown>, path });
    for (const [k, x] of Object.entries(v)) containers(x, [...path, k], out);
  }
  return out;
}

function mutate(d: unknown, r: () => number, times: number): unknown {
  for (let i = 0; i < times; i++) {
    const all = containers(d);
    const { at } = all[Math.floor(r() * all.length)]!;
    const keys = Object.keys(at);
    const pick = () => keys[Math.floor(r() * keys.length)]!;
    const roll = r();
    if (Array.isArray(at)) {
      if (roll < 0.3) at.length = Math.floor(r() * at.length);
      else if (roll < 0.5 && at.length) at.splice(Math.floor(r() * at.length), 1);
      else if (roll < 0.7 && at.length) at.push(structuredClone(at[Math.floor(r() * at.length)]));
      else if (at.length) at[Math.floor(r() * at.length)] = ODD_VALUES[Math.floor(r() * ODD_VALUES.length)];
    } else if (keys.length) {
      const k = pick();
      if (roll < 0.35) delete (at as Record<string, unknown>)[k];
      else if (roll < 0.8) (at as Record<string, unknown>)[k] = ODD_VALUES[Math.floor(r() * ODD_VALUES.length)];
      else (at as Record<string, unknown>)[k] = { nested: (at as Record<string, unknown>)[k] };
    }
  }
  return d;
}

/** What a line of the validator's error must start with: the place it is about. */
const PLACE = /^(dataset|entity|fact|source|family|role|alias)\b/;

function check(input: unknown): 'accepted' | 'rejected' {
  try {
    assertValidDataset(input);
    return 'accepted';
  } catch (err) {
    expect(err).toBeInstanceOf(InvalidDatasetError);
    const problems = (err as InvalidDatasetError).problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatch(PLACE);
    return 'rejected';
  }
}

describe('the validator, fuzzed', () => {
  it('2,000 random mutations of the real dataset: only its own error, naming the place, comes out', () => {
    let rejected = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const r = rng(seed);
      const d = mutate(structuredClone(raw), r, 1 + Math.floor(r() * 4));
      try {
        if (check(d) === 'rejected') rejected++;
      } catch (err) {
        throw new Error(`seed ${seed}: ${(err as Error).message}`);
      }
    }
    // Nearly every mutation breaks something the validator knows; some are harmless (a
    // duplicated source, a shortened alias list).
    expect(rejected).toBeGreaterThan(1500);
  });

  it('the dataset file cut short anywhere: JSON.parse says so, or the validator does', () => {
    const text = JSON.stringify(raw);
    const r = rng(7);
    for (let i = 0; i < 300; i++) {
      const cut = Math.floor(r() * text.length);
      let parsed: unknown;
      try {
        parsed = JSON.parse(text.slice(0, cut));
      } catch (err) {
        expect(err).toBeInstanceOf(SyntaxError);
        continue;
      }
      expect(check(parsed)).toBe('rejected');
    }
  });

  it('things that are not a dataset at all', () => {
    for (const v of [...ODD_VALUES, 'a string', [raw], { ...raw, entities: 'no' }, Object.create(null)]) expect(check(v)).toBe('rejected');
  });
});

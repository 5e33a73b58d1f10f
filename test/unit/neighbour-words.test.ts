/** Each reading of the words beside a name gives what its Unicode pattern gives, on random text of many scripts. */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/prng';
import {
  capitalisedBefore,
  hyphenatedBefore,
  possessiveTitleAfter,
  titleCased,
  wordAfter,
  wordBefore,
} from '../../data/core/text/neighbour-words';

// The patterns the functions stand for, as the context rules used to run them.
const WORD_BEFORE = /(\p{Lu}[\p{L}’'-]*(?:(?<=^|[^\p{L}](?:Dr|Mr|Mrs|Ms|Prof|St|Sen|Rep|Gov|Gen|Sgt))\.)?)[ \u00a0]+$/u;
const NAME_BEFORE = /(\p{Lu}[\p{L}'’-]*)[ \u00a0]+$/u;
const WORD_AFTER = /^[ \u00a0]+(\p{Lu}[\p{L}’'-]*)/u;
const HYPHEN_BEFORE = /\p{Lu}\p{L}*[-\u2010\u2011]$/u;
const POSSESSIVE_TITLE = /^['’]s[ \u00a0]+\p{Lu}/u;
const titleCasedByPattern = (text: string) => {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
};

const PIECES = [
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Prof',
  'St',
  'Sgt',
  'Paul',
  'ryan',
  'Zeta',
  'McBeal',
  'O’Neil',
  "d'Arc",
  'ÉMILE',
  'émile',
  'Ωmega',
  'жена',
  'Жена',
  '한국',
  'ナタリー',
  '𝐀',
  '𝐚',
  '😀',
  'ǅ',
  'ℂ',
  'Ⅻ',
  '٣',
  '7',
  '_',
  'x',
  'X',
  '’',
  "'",
  's',
  '-',
  '\u2010',
  '\u2011',
  '.',
  ',',
  ' ',
  ' ',
  '\u00a0',
  '\n',
  '\u2029',
  '"',
];

function randomText(rng: () => number): string {
  return Array.from({ length: Math.floor(rng() * 10) }, () => PIECES[Math.floor(rng() * PIECES.length)]!).join('');
}

describe('the words beside a name, read in code', () => {
  const rng = mulberry32(9);
  const texts = Array.from({ length: 20_000 }, () => randomText(rng));

  it('wordBefore is WORD_BEFORE', () => {
    for (const t of texts) expect(wordBefore(t), JSON.stringify(t)).toBe(WORD_BEFORE.exec(t)?.[1] ?? null);
  });

  it('capitalisedBefore is NAME_BEFORE, with where the match starts', () => {
    for (const t of texts) {
      const m = NAME_BEFORE.exec(t);
      expect(capitalisedBefore(t), JSON.stringify(t)).toEqual(m ? { word: m[1], start: m.index } : null);
    }
  });

  it('wordAfter is WORD_AFTER', () => {
    for (const t of texts) expect(wordAfter(t), JSON.stringify(t)).toBe(WORD_AFTER.exec(t)?.[1] ?? null);
  });

  it('hyphenatedBefore, possessiveTitleAfter and titleCased are their patterns', () => {
    for (const t of texts) {
      expect(hyphenatedBefore(t), JSON.stringify(t)).toBe(HYPHEN_BEFORE.test(t));
      expect(possessiveTitleAfter(t), JSON.stringify(t)).toBe(POSSESSIVE_TITLE.test(t));
      expect(titleCased(t), JSON.stringify(t)).toBe(titleCasedByPattern(t));
    }
  });

  it('reads the cases the rules are for', () => {
    expect(wordBefore('said Paul ')).toBe('Paul');
    expect(wordBefore('with Dr. ')).toBe('Dr.');
    expect(wordBefore('the end. ')).toBe(null);
    expect(wordAfter(' McBeal said')).toBe('McBeal');
    expect(hyphenatedBefore('Catherine Zeta-')).toBe(true);
    expect(possessiveTitleAfter("'s Rap")).toBe(true);
    expect(titleCased('Natalie Portman Stars In Good Sex')).toBe(true);
    expect(titleCased('Natalie Portman stars in a romantic comedy written by Lena Dunham')).toBe(false);
  });
});

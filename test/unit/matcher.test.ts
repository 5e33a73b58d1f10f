import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/prng';
import { dataset } from '../../data/core/facts/dataset';
import { compileMatcher, matcherSource, normalizeSurface, type MatchableAlias } from '../../data/core/names/matcher';

const alias = (surface: string, entityId = surface.toLowerCase().replace(/\W+/g, '_')): MatchableAlias => ({ surface, entityId });
const portman = compileMatcher([alias('Natalie', 'natalie'), alias('Portman', 'portman'), alias('Natalie Portman', 'full')]);
/** [text, entityId] of every candidate, in order. */
const found = (m: ReturnType<typeof compileMatcher>, text: string) => m.find(text).map((c) => [c.text, c.alias.entityId]);

describe('compileMatcher', () => {
  it('finds nothing with no aliases', () => {
    expect(compileMatcher([]).find('Natalie Portman')).toEqual([]);
  });

  it('prefers the longest alias at a position', () => {
    expect(found(portman, 'Natalie Portman stars.')).toEqual([['Natalie Portman', 'full']]);
    // Whatever the order the aliases were given in.
    const reversed = compileMatcher([alias('Natalie Portman', 'full'), alias('Portman', 'portman'), alias('Natalie', 'natalie')]);
    expect(found(reversed, 'Natalie Portman stars.')).toEqual([['Natalie Portman', 'full']]);
  });

  it('still finds the shorter alias where the longer one is not there', () => {
    expect(found(portman, 'Natalie, then Portman.')).toEqual([
      ['Natalie', 'natalie'],
      ['Portman', 'portman'],
    ]);
  });

  it('reports offsets into the text', () => {
    const text = 'Stars: Natalie Portman and Portman again.';
    const got = portman.find(text);
    expect(got.map((c) => [c.start, c.end])).toEqual([
      [7, 22],
      [27, 34],
    ]);
    for (const c of got) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it.each([["Portman's"], ['Portman’s']])('matches the name in the possessive %s, without the ending', (word) => {
    const got = portman.find(`${word} new film`);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ start: 0, end: 7, text: 'Portman' });
  });

  it('matches a full name in the possessive', () => {
    expect(found(portman, 'Natalie Portman’s role')).toEqual([['Natalie Portman', 'full']]);
  });

  it.each([['Portmanteau'], ['Portmans'], ['Portman2'], ['Portman_x'], ['Portmané'], ['Natalies'], ['SuperPortman'], ['ÉPortman']])(
    'does not match inside the longer word %s',
    (word) => {
      expect(portman.find(`a ${word} b`)).toEqual([]);
    },
  );

  it('is case-sensitive', () => {
    expect(portman.find('natalie portman, PORTMAN')).toEqual([]);
  });

  it.each([
    ['a no-break space', 'Natalie\u00a0Portman'],
    ['a narrow no-break space', 'Natalie\u202fPortman'],
    ['a line break', 'Natalie\nPortman'],
    ['a CR LF', 'Natalie\r\nPortman'],
    ['a tab', 'Natalie\tPortman'],
    ['several spaces', 'Natalie   Portman'],
  ])('matches a name broken by %s, keeping the page text', (_what, text) => {
    const got = portman.find(`x ${text} y`);
    expect(got).toHaveLength(1);
    expect(got[0]!.alias.entityId).toBe('full');
    expect(got[0]!.text).toBe(text);
    expect(got[0]!.start).toBe(2);
    expect(got[0]!.end).toBe(2 + text.length);
  });

  it('does not join a name across the U+2029 block separator', () => {
    expect(found(portman, 'Natalie\u2029Portman')).toEqual([
      ['Natalie', 'natalie'],
      ['Portman', 'portman'],
    ]);
    const fullOnly = compileMatcher([alias('Natalie Portman', 'full')]);
    expect(fullOnly.find('Natalie\u2029Portman')).toEqual([]);
    expect(fullOnly.find('Natalie \u2029 Portman')).toEqual([]);
  });

  it('needs a gap where the alias has a space', () => {
    expect(compileMatcher([alias('Natalie Portman', 'full')]).find('NataliePortman')).toEqual([]);
  });

  it('takes either apostrophe where the alias has one', () => {
    const m = compileMatcher([alias("couples' therapist", 'anchor')]);
    expect(found(m, "a couples' therapist")).toEqual([["couples' therapist", 'anchor']]);
    expect(found(m, 'a couples’ therapist')).toEqual([['couples’ therapist', 'anchor']]);
  });

  it('takes a non-breaking hyphen where the alias has a hyphen', () => {
    const m = compileMatcher([alias('Neta-Lee Hershlag', 'nl')]);
    expect(found(m, 'born Neta\u2011Lee Hershlag')).toEqual([['Neta\u2011Lee Hershlag', 'nl']]);
    expect(found(m, 'born Neta-Lee Hershlag')).toEqual([['Neta-Lee Hershlag', 'nl']]);
    expect(m.find('born Neta Lee Hershlag')).toEqual([]);
  });

  it('treats regular-expression characters in an alias literally', () => {
    const m = compileMatcher([alias('Warner Bros.', 'wb')]);
    expect(found(m, 'Warner Bros. bid')).toEqual([['Warner Bros.', 'wb']]);
    expect(m.find('Warner Brosx bid')).toEqual([]);
  });

  it('matches names in other scripts', () => {
    const m = compileMatcher([alias('굿 섹스', 'ko')]);
    expect(found(m, '영화 굿 섹스 개봉')).toEqual([['굿 섹스', 'ko']]);
    expect(m.find('굿 섹스가')).toEqual([]);
  });

  it('can be reused: every call starts at the beginning of its text', () => {
    expect(portman.find('Portman')).toHaveLength(1);
    expect(portman.find('Portman')).toHaveLength(1);
  });
});

describe('normalizeSurface', () => {
  it('folds gaps, apostrophes and hyphens', () => {
    expect(normalizeSurface('Natalie\u00a0\n Portman’s')).toBe("Natalie Portman's");
    expect(normalizeSurface('Neta\u2010Lee')).toBe('Neta-Lee');
  });
});

describe('word boundaries checked in code, as a Unicode pattern would', () => {
  // The matcher's pattern holds no boundaries (a `\p{L}` class costs every page its compile
  // time); it must find exactly what the pattern with Unicode boundaries around it finds.
  const aliases = [
    ...dataset.entities.flatMap((e) => e.aliases.map((a) => alias(a.surface, e.id))),
    alias('Warner Bros.'),
    alias('Warner Bros'),
    alias('Good S--'),
  ];
  const source = matcherSource(aliases);
  const reference = new RegExp(`(?<![\\p{L}\\p{N}_])${source}(?![\\p{L}\\p{N}_])`, 'gu');
  const ours = compileMatcher(aliases, source);
  const referenceFind = (text: string) => [...text.matchAll(reference)].map((m) => [m.index, m.index + m[0].length]);

  const FRAGMENTS = [
    ...aliases.map((a) => a.surface),
    'Natalie Portmanteau',
    'Portmans',
    'Ryanair',
    'Lena',
    'Dunham',
    'Meg',
    'Ryan',
    'a',
    'é',
    'Ж',
    'ж',
    '한',
    'ナ',
    '𝐀',
    '😀',
    '٣',
    '7',
    '_',
    '’',
    "'",
    '-',
    '\u2010',
    ' ',
    '\u00a0',
    '\n',
    '.',
    ',',
    '\u2029',
    'Bros',
    'S',
    '--',
  ];
  it('on thousands of random texts built from names, their pieces and characters of many scripts', () => {
    const rng = mulberry32(5);
    for (let n = 0; n < 4000; n++) {
      const text = Array.from({ length: 1 + Math.floor(rng() * 12) }, () => FRAGMENTS[Math.floor(rng() * FRAGMENTS.length)]!).join('');
      expect(
        ours.find(text).map((c) => [c.start, c.end]),
        JSON.stringify(text),
      ).toEqual(referenceFind(text));
    }
  });

  it('backs off to a shorter name when the longer one runs into a word', () => {
    expect(found(portman, 'Natalie Portmanteau')).toEqual([['Natalie', 'natalie']]);
    expect(found(compileMatcher([alias('Warner Bros.'), alias('Warner Bros')]), 'at Warner Bros.com')).toEqual([
      ['Warner Bros', 'warner_bros'],
    ]);
    expect(found(portman, '𝐀Portman Portman𝐀 😀Portman😀')).toEqual([['Portman', 'portman']]);
  });
});

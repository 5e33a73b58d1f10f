/** The Unicode classes the page side tests in code: the same answers as `\p{...}`, for every code point. */
import { describe, expect, it } from 'vitest';
import { codePointAt, codePointBefore, isLetter, isUpper, isWordChar } from '../../data/core/text/char-classes';

describe('char classes', () => {
  it('agree with \\p{L}, \\p{Lu} and [\\p{L}\\p{N}_] on every code point', () => {
    const L = /\p{L}/u;
    const Lu = /\p{Lu}/u;
    const W = /[\p{L}\p{N}_]/u;
    const wrong: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (isLetter(cp) !== L.test(ch) || isUpper(cp) !== Lu.test(ch) || isWordChar(cp) !== W.test(ch)) wrong.push(cp.toString(16));
      if (wrong.length > 5) break;
    }
    expect(wrong).toEqual([]);
    expect([isLetter(-1), isWordChar(-1), isUpper(-1), isWordChar(0xd83d)]).toEqual([false, false, false, false]);
  });

  it('read surrogate pairs whole, either way, and lone halves as they are', () => {
    const s = 'a😀b';
    expect(codePointBefore(s, 3)).toBe(0x1f600);
    expect(codePointBefore(s, 1)).toBe(0x61);
    expect(codePointBefore(s, 0)).toBe(-1);
    expect(codePointAt(s, 1)).toBe(0x1f600);
    expect(codePointAt(s, 4)).toBe(-1);
    expect(codePointBefore('\udc00x', 1)).toBe(0xdc00);
  });
});

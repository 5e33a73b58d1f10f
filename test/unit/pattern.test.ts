import { describe, expect, it } from 'vitest';
import { rx, src } from '../../data/core/text/pattern';

describe('rx and src: patterns one alternative per line', () => {
  it('trims each line and joins them with nothing, backslashes as in a literal', () => {
    const p = rx('i')`
      \b(?:
        plays?\s+|
        stars?\s+as\s+
      )Ally\b
    `;
    expect(p.source).toBe(/\b(?:plays?\s+|stars?\s+as\s+)Ally\b/i.source);
    expect(p.flags).toBe('i');
    expect(p.test('She STARS as Ally.')).toBe(true);
  });

  it('takes a RegExp part by its source and a string part as it is', () => {
    const name = /Rashida\s+Jones/;
    const verb = src`(?:
      plays|
      portrays
    )`;
    expect(rx()`${name}\s+${verb}`.source).toBe(String.raw`Rashida\s+Jones\s+(?:plays|portrays)`);
  });
});

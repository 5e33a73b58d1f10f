/** The one sentence splitter, as the claim notes and the name rules use it. */
import { describe, expect, it } from 'vitest';
import { sentenceAt } from '../../data/core/text/sentences';

const sentence = (text: string, word: string, lineBreaks = false, span = word) => {
  const at = text.indexOf(word);
  const [s, e] = sentenceAt(text, at, { lineBreaks }, at + span.length);
  return text.slice(s, e);
};

describe('sentenceAt', () => {
  it('ends a sentence at ". ", "! ", "? " and "…", closing quotes kept', () => {
    const text = 'First one. Then “Ryan plays her.” And a third! Last?';
    expect(sentence(text, 'Ryan')).toBe('Then “Ryan plays her.”');
    expect(sentence(text, 'third')).toBe('And a third!');
    expect(sentence(text, 'Last')).toBe('Last?');
  });

  it('does not end one at an abbreviation, an initial or "No." before a number', () => {
    expect(sentence('It stars Mr. Ryan and Dr. Jones today. Next.', 'Ryan')).toBe('It stars Mr. Ryan and Dr. Jones today.');
    expect(sentence('Shot by J. Smith in May. Next.', 'Smith')).toBe('Shot by J. Smith in May.');
    expect(sentence('It is No. 1 on Netflix. Netflix says no. Next.', 'It')).toBe('It is No. 1 on Netflix.');
  });

  it('ends at a block; at a line break only when asked (a name rule reads a list line alone)', () => {
    const text = 'Cast\u2029Natalie Portman\nMark Ruffalo plays Alan\nRashida Jones';
    expect(sentence(text, 'Ruffalo')).toBe('Natalie Portman\nMark Ruffalo plays Alan\nRashida Jones');
    expect(sentence(text, 'Ruffalo', true)).toBe('Mark Ruffalo plays Alan');
    expect(sentence(text, 'Cast', true)).toBe('Cast');
  });

  it('holds a whole span, even one with a full stop inside', () => {
    const text = 'Before it. Good Sex. Revisited is a title here. After.';
    expect(sentence(text, 'Good', false, 'Good Sex. Revisited')).toBe('Good Sex. Revisited is a title here.');
  });

  it('looks only so far: a text with no full stop gives a window, not the whole block', () => {
    const text = 'word '.repeat(5000) + 'Ryan ' + 'word '.repeat(5000);
    const [s, e] = sentenceAt(text, text.indexOf('Ryan'));
    expect(e - s).toBeLessThan(1100);
  });
});

/**
 * Letters, digits and capitals in any script, tested without Unicode regexes. Compiling a
 * pattern with `\p{L}` costs a page about a third of a millisecond, each one; the matchers
 * and context rules had ten, which on a page naming someone came to more than all the
 * reading and marking. The same classes as code point ranges, built ahead from `\p{...}`
 * (data/generated/char-classes.json, see scripts/char-classes.ts), decoded on first use and searched.
 */
import { partitionPoint } from '../algo/partition-point';
import tables from '../../generated/char-classes.json';

/** [first, last, first, last, ...], inclusive and ascending. */
function decode(encoded: string): Int32Array {
  const parts = encoded.split(',');
  const out = new Int32Array(parts.length);
  let prev = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const first = prev + parseInt(parts[i]!, 36);
    prev = first + parseInt(parts[i + 1]!, 36);
    out[i] = first;
    out[i + 1] = prev;
  }
  return out;
}

function within(ranges: Int32Array, cp: number): boolean {
  // The first [first, last] pair that does not end before `cp`: `cp` is in it or in none.
  const i = partitionPoint(ranges.length >> 1, (k) => ranges[k * 2 + 1]! < cp);
  return i < ranges.length >> 1 && ranges[i * 2]! <= cp;
}

let letters: Int32Array | null = null;
let numbers: Int32Array | null = null;
let uppers: Int32Array | null = null;

/** `\p{L}` */
export function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  // Answered without the table for what English pages are made of, accented letters and
  // typographic punctuation (curly quotes, dashes, ellipses), so that most pages never
  // decode it: that took a page naming someone about half a millisecond.
  if (cp < 0xc0) return cp === 0xaa || cp === 0xb5 || cp === 0xba;
  if (cp <= 0x24f) return cp !== 0xd7 && cp !== 0xf7;
  if (cp >= 0x2000 && cp <= 0x206f) return false;
  return within((letters ??= decode(tables.letter)), cp);
}

/** `\p{Lu}` */
export function isUpper(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  if (cp <= 0xff) return cp >= 0xc0 && cp <= 0xde && cp !== 0xd7;
  if (cp >= 0x2000 && cp <= 0x206f) return false;
  return within((uppers ??= decode(tables.upper)), cp);
}

/** `[\p{L}\p{N}_]`: what a name may not touch on either side. */
export function isWordChar(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || cp === 0x5f || isLetter(cp);
  if (cp < 0xc0) return cp === 0xb2 || cp === 0xb3 || cp === 0xb9 || (cp >= 0xbc && cp <= 0xbe) || isLetter(cp);
  if (cp <= 0x24f) return isLetter(cp);
  if (cp >= 0x2000 && cp <= 0x206f) return false;
  return isLetter(cp) || within((numbers ??= decode(tables.number)), cp);
}

/** The code point that ends just before `i`, a surrogate pair read whole; -1 at the start. */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0) return -1;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** The code point at `i`; -1 past the end. */
export function codePointAt(text: string, i: number): number {
  return i < text.length ? text.codePointAt(i)! : -1;
}

/** UTF-16 length of a code point. */
export const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

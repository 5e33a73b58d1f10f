/**
 * The words beside a candidate name, read the way the context rules ask about them ("is the
 * word before capitalised?", "is it joined by a hyphen?"). Each function does, in code, what
 * the Unicode pattern in its comment does: those patterns cost a page that names someone a
 * third of a millisecond each to compile (see char-classes.ts). test/unit/neighbour-words.test.ts
 * holds each to its pattern over random text.
 */
import { codePointAt, codePointBefore, isLetter, isUpper, width } from './char-classes';

const isSpace = (c: number) => c === 0x20 || c === 0xa0;
/** `[\p{L}’'-]`: what a name's word is made of. */
const inWord = (cp: number) => cp === 0x27 || cp === 0x2d || cp === 0x2019 || isLetter(cp);

/** Start of the run of code points passing `test` that ends at `end`. */
function runStart(text: string, end: number, test: (cp: number) => boolean): number {
  let i = end;
  for (let cp = codePointBefore(text, i); cp >= 0 && test(cp); cp = codePointBefore(text, i)) i -= width(cp);
  return i;
}

/** The first capital in [from, to), or -1. */
function firstCapital(text: string, from: number, to: number): number {
  for (let i = from; i < to;) {
    const cp = codePointAt(text, i);
    if (isUpper(cp)) return i;
    i += width(cp);
  }
  return -1;
}

/** Where the trailing spaces of `text` start; `text.length` when it does not end in one. */
function trailingSpaces(text: string): number {
  let j = text.length;
  while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--;
  return j;
}

/** The capitalised word that ends `text` before its trailing spaces: `/(\p{Lu}[\p{L}'’-]*)[ \u00a0]+$/u`. */
export function capitalisedBefore(text: string): { word: string; start: number } | null {
  const j = trailingSpaces(text);
  if (j === text.length) return null;
  const start = firstCapital(text, runStart(text, j, inWord), j);
  return start < 0 ? null : { word: text.slice(start, j), start };
}

const HONORIFICS = ['Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'St', 'Sen', 'Rep', 'Gov', 'Gen', 'Sgt'];

/**
 * As `capitalisedBefore`, but an honorific keeps its full stop ("Dr. Ryan" is someone else):
 * `/(\p{Lu}[\p{L}’'-]*(?:(?<=^|[^\p{L}](?:Dr|Mr|…|Sgt))\.)?)[ \u00a0]+$/u`, group 1.
 */
export function wordBefore(text: string): string | null {
  const j = trailingSpaces(text);
  if (j === text.length) return null;
  if (text.charCodeAt(j - 1) !== 0x2e) {
    const start = firstCapital(text, runStart(text, j, inWord), j);
    return start < 0 ? null : text.slice(start, j);
  }
  const dot = j - 1;
  const start = firstCapital(text, runStart(text, dot, inWord), dot);
  if (start < 0) return null;
  // The honorific must follow a character that is not a letter (the pattern's `^` alternative
  // would need the dot at the very start, where no word can be).
  const honorific = HONORIFICS.some((h) => dot - h.length > 0 && text.endsWith(h, dot) && !isLetter(codePointBefore(text, dot - h.length)));
  return honorific ? text.slice(start, j) : null;
}

/** The capitalised word that `text` starts with after spaces: `/^[ \u00a0]+(\p{Lu}[\p{L}’'-]*)/u`, group 1. */
export function wordAfter(text: string): string | null {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i === 0 || !isUpper(codePointAt(text, i))) return null;
  let e = i + width(codePointAt(text, i));
  for (let cp = codePointAt(text, e); cp >= 0 && inWord(cp); cp = codePointAt(text, e)) e += width(cp);
  return text.slice(i, e);
}

/** Another name joined on by a hyphen at the end of `text`, "Zeta-": `/\p{Lu}\p{L}*[-\u2010\u2011]$/u`. */
export function hyphenatedBefore(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0x2d && last !== 0x2010 && last !== 0x2011) return false;
  const end = text.length - 1;
  return firstCapital(text, runStart(text, end, isLetter), end) >= 0;
}

/** A possessive and then a capitalised word, "'s Rap": `/^['’]s[ \u00a0]+\p{Lu}/u`. */
export function possessiveTitleAfter(text: string): boolean {
  const q = text.charCodeAt(0);
  if ((q !== 0x27 && q !== 0x2019) || text.charCodeAt(1) !== 0x73) return false;
  let i = 2;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i > 2 && isUpper(codePointAt(text, i));
}

/**
 * Most words capitalised, as in a headline: of the runs of four letters or more
 * (`/\p{L}{4,}/gu`), at least two, and at least 60% starting with a capital (`/^\p{Lu}/u`).
 */
export function titleCased(text: string): boolean {
  let words = 0;
  let capitalised = 0;
  for (let i = 0; i < text.length;) {
    const cp = codePointAt(text, i);
    if (!isLetter(cp)) {
      i += width(cp);
      continue;
    }
    let n = 0;
    let e = i;
    for (let c = cp; c >= 0 && isLetter(c); c = codePointAt(text, e)) {
      e += width(c);
      n++;
    }
    if (n >= 4) {
      words++;
      if (isUpper(cp)) capitalised++;
    }
    i = e;
  }
  return words >= 2 && capitalised / words >= 0.6;
}

/**
 * Sentences in page text (blocks joined by U+2029), for the claim notes: a note marks the
 * sentence that states a claim. Pure string work.
 */
import { isLetter, isUpper } from './char-classes';
import { BLOCK_SEPARATOR } from './blocks';

/** Words whose full stop ends no sentence: "Dr. Ryan", "Warner Bros. bid", "vs. Netflix". */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'vs',
  'bros',
  'co',
  'inc',
  'ltd',
  'mt',
  'prof',
  'gen',
  'sen',
  'rep',
  'approx',
  'est',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
]);

/**
 * How far from the offset a sentence's ends are looked for: a text with no full stops (a
 * giant block, a paste) gives a window around the offset rather than a search over the whole
 * block for every trigger word in it.
 */
const REACH = 500;

/** How far past a sentence's window a stop that starts inside it is read (its closing quotes, the space after). */
const END_TAIL = 64;

/** A full stop, "!", "?" or "…", closing quotes or brackets after it, then space. */
const END = /[.!?…]+["'”’)\]]*(?=\s)/g;

function endsSentence(text: string, at: number, dot: string): boolean {
  if (dot[0] !== '.') return true;
  // The word before the stop: an abbreviation or an initial ("J. Smith") does not end a sentence.
  let s = at;
  while (s > 0 && (text[s - 1] === '.' || isLetter(text.charCodeAt(s - 1)))) s--;
  const word = text.slice(s, at);
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // "No. 1" is a number; "Netflix says no." ends a sentence.
  if (word.toLowerCase() === 'no' && /^\s*\d/.test(text.slice(at + 1, at + 4))) return false;
  // No Unicode property classes here: compiling one costs every page that names someone.
  if (word.length === 1 && isUpper(word.charCodeAt(0))) return false;
  return true;
}

export interface SentenceOptions {
  /**
   * A line break ends a sentence too. For names: a line of a list or a poem carries its own
   * context. Not for claims: a page's own line breaks inside a paragraph are spaces to a reader,
   * and in page text they look the same as a <br>.
   */
  lineBreaks?: boolean;
}

/**
 * [start, end) of the sentence holding `offset` (and `end`, for a span that must be inside it),
 * trimmed of the spaces around it. The one sentence splitter: the claim notes' sentences and the
 * context rules' are the same sentences.
 */
export function sentenceAt(text: string, offset: number, options: SentenceOptions = {}, spanEnd = offset): [number, number] {
  // Looked for in a window only: `lastIndexOf` over the whole text would walk back across a giant block.
  const from = Math.max(0, offset - REACH);
  const head = text.slice(from, offset);
  const bs = from + Math.max(head.lastIndexOf(BLOCK_SEPARATOR), options.lineBreaks ? head.lastIndexOf('\n') : -1) + 1;
  const tail = text.slice(spanEnd, spanEnd + REACH);
  const ends = [tail.indexOf(BLOCK_SEPARATOR), options.lineBreaks ? tail.indexOf('\n') : -1].filter((i) => i !== -1);
  const be = spanEnd + (ends.length ? Math.min(...ends) : tail.length);
  let start = bs;
  let end = be;
  // In the window too (and a little past it, for a stop's closing quotes): a search from `bs`
  // through a text with no stop in it would run to the text's end.
  const window = text.slice(bs, be + END_TAIL);
  END.lastIndex = 0;
  for (let m = END.exec(window); m && bs + m.index < be; m = END.exec(window)) {
    const at = bs + m.index;
    const after = at + m[0].length;
    if (!endsSentence(text, at, m[0])) continue;
    if (after <= offset) start = after;
    else if (after > spanEnd) {
      end = after;
      break;
    }
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

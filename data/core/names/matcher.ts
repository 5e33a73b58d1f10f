/**
 * Finds every alias in a text in one pass, whatever the number of aliases: all surfaces are
 * compiled into a single regular expression, longest first, so "Natalie Portman" wins over
 * "Natalie" and the cost grows with the text, not the name list (mark.js runs one regex per
 * keyword: `npm run bench` measures both ways side by side). Word boundaries in any script are checked in code, not in the
 * pattern: a `\p{L}` class costs every page that names someone its compile time.
 */
import { codePointAt, codePointBefore, isWordChar } from '../text/char-classes';

export interface MatchableAlias {
  surface: string;
  entityId: string;
}

export interface Candidate<A extends MatchableAlias = MatchableAlias> {
  start: number;
  end: number;
  /** The text as it stands on the page (may hold a line break or a curly apostrophe). */
  text: string;
  alias: A;
}

/**
 * Whitespace a name may break on inside a block: spaces, tabs, line breaks, no-break spaces.
 * Deliberately not `\s`, which includes U+2029, the block separator of page text.
 */
const GAP = '[ \\t\\n\\r\\f\\u00a0\\u202f\\u2007]+';
const APOSTROPHES = "['\\u2019\\u02bc]";
const HYPHENS = '[-\\u2010\\u2011]';

/** A surface as regex units: one per character, with gaps, apostrophes and hyphens as classes. */
function surfaceUnits(surface: string, gap = GAP): string[] {
  const out: string[] = [];
  for (const part of surface.split(/(\s+|['’]|-)/u)) {
    if (part === '') continue;
    if (/^\s+$/u.test(part)) out.push(gap);
    else if (part === "'" || part === '’') out.push(APOSTROPHES);
    else if (part === '-') out.push(HYPHENS);
    else for (const ch of part) out.push(ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  }
  return out;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

/**
 * All surfaces as one regex shaped like a trie: "Natalie(?:[ ]+(?:Portman|Hershlag))?". The
 * engine then follows one path per position instead of trying every name in turn, so ten
 * thousand names cost about what seventy do. Greedy optional groups keep "longest first".
 */
function trieRegex(surfaces: Iterable<string>, gap = GAP): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const s of surfaces) {
    let node = root;
    for (const unit of surfaceUnits(s, gap)) {
      let next = node.children.get(unit);
      if (!next) node.children.set(unit, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const alts = [...node.children].map(([unit, child]) => unit + emit(child));
    if (alts.length === 0) return '';
    const body = alts.length === 1 && !node.end ? alts[0]! : `(?:${alts.join('|')})`;
    return node.end ? `${body}?` : body;
  };
  return emit(root);
}

/** The key a matched text and its alias share: gaps become one space, apostrophes and hyphens plain. */
export function normalizeSurface(text: string): string {
  return text
    .replace(/[ \t\n\r\f\u00a0\u202f\u2007]+/g, ' ')
    .replace(/[’ʼ]/g, "'")
    .replace(/[\u2010\u2011]/g, '-');
}

export interface Matcher<A extends MatchableAlias> {
  /**
   * Every match in `text`, or in `text.slice(from, to)` with offsets into `text`. Word
   * boundaries are judged on `text` itself: a piece cut inside a word starts no name there.
   */
  find(text: string, from?: number, to?: number): Candidate<A>[];
}

/**
 * The regular expression's source for these aliases. Building it walks every surface, so the
 * content script gets it ready-made from the build (`data/generated/detection.json`) rather than
 * building it on every page it loads on. It holds no word boundaries: `compileMatcher` checks
 * them, so that the pattern needs no Unicode classes.
 */
export function matcherSource(aliases: readonly MatchableAlias[], options: { prefilter?: boolean } = {}): string {
  const surfaces = [...new Set(aliases.map((a) => normalizeSurface(a.surface)))];
  if (surfaces.length === 0) return '';
  if (options.prefilter === false) return trieRegex(surfaces);
  // The class of first characters up front lets the engine skip most positions at once.
  const first = [...new Set(surfaces.map((s) => surfaceUnits(s)[0]!))].join('');
  return `(?=[${first}])(?:${trieRegex(surfaces)})`;
}

/**
 * A looser pattern for the quick look at a page (see entrypoints/every-page.content/lookout.ts): it
 * matches wherever `matcherSource` of the same aliases could, in text read with no separators
 * at all (`textContent` glues "Natalie<br>Portman" and "Cast</td><td>Lena Dunham"), so it has
 * no word boundaries and a gap may be empty. It needs no Unicode flag: without `\p{L}` it
 * compiles in a fraction of the time, on every page, and runs faster.
 */
export function quickSource(aliases: readonly MatchableAlias[]): string {
  const surfaces = [...new Set(aliases.map((a) => normalizeSurface(a.surface)))];
  return surfaces.length ? trieRegex(surfaces, GAP.replace(/\+$/, '*')) : '(?!)';
}

/** `source` must be `matcherSource(aliases)`; given, it is not built again. */
export function compileMatcher<A extends MatchableAlias>(aliases: readonly A[], source = matcherSource(aliases)): Matcher<A> {
  if (aliases.length === 0) return { find: () => [] };
  // Built at the first match: on a page that names nobody (nearly every page) never.
  let bySurface: Map<string, A> | null = null;
  const lookup = (text: string) => {
    if (!bySurface) {
      bySurface = new Map();
      for (const a of aliases) bySurface.set(normalizeSurface(a.surface), a);
    }
    return bySurface.get(normalizeSurface(text));
  };
  const re = new RegExp(source, 'g');
  return {
    find(text, from = 0, to = text.length) {
      const out: Candidate<A>[] = [];
      // A slice, not lastIndex: a search from lastIndex would run past `to` to the next match.
      const part = from === 0 && to === text.length ? text : text.slice(from, to);
      re.lastIndex = 0;
      for (let m = re.exec(part); m !== null; m = re.exec(part)) {
        const start = from + m.index;
        // A name starts and ends at a word boundary in any script: "Portman's" matches,
        // "Portmanteau" does not. Hyphens count as boundaries ("Portman-led"); the context
        // rules tell "Zeta-Jones" from "Dunham-Portman".
        const end = isWordChar(codePointBefore(text, start)) ? -1 : boundedEnd(text, start, start + m[0].length, lookup);
        if (end < 0) {
          re.lastIndex = m.index + 1;
          continue;
        }
        re.lastIndex = end - from;
        const matched = text.slice(start, end);
        const alias = lookup(matched);
        if (alias) out.push({ start, end, text: matched, alias });
      }
      return out;
    },
  };
}

/**
 * Where the longest alias from `start` ends at a word boundary: `end` itself, or a shorter
 * alias inside it ("Natalie" in "Natalie Portmanteau"), as a pattern ending in a negative
 * lookahead would backtrack to; -1 when none does.
 */
function boundedEnd(text: string, start: number, end: number, lookup: (text: string) => unknown): number {
  if (!isWordChar(codePointAt(text, end))) return end;
  for (let e = end - 1; e > start; e--) {
    if (!isWordChar(codePointAt(text, e)) && lookup(text.slice(start, e))) return e;
  }
  return -1;
}

/**
 * Finds every alias in a text in one pass, whatever the number of aliases: all surfaces are
 * compiled into a single Unicode-aware regular expression, longest first, so "Natalie Portman"
 * wins over "Natalie" and the cost grows with the text, not the name list (mark.js runs one
 * regex per keyword; see DESIGN.md).
 */

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
const WORD_CHAR = '[\\p{L}\\p{N}_]';

function surfacePattern(surface: string): string {
  let out = '';
  for (const part of surface.split(/(\s+|['’]|-)/u)) {
    if (part === '') continue;
    if (/^\s+$/u.test(part)) out += GAP;
    else if (part === "'" || part === '’') out += APOSTROPHES;
    else if (part === '-') out += HYPHENS;
    else out += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

/** The key a matched text and its alias share: gaps become one space, apostrophes and hyphens plain. */
export function normalizeSurface(text: string): string {
  return text.replace(/[ \t\n\r\f\u00a0\u202f\u2007]+/g, ' ').replace(/[’ʼ]/g, "'").replace(/[\u2010\u2011]/g, '-');
}

export interface Matcher<A extends MatchableAlias> {
  find(text: string): Candidate<A>[];
}

export function compileMatcher<A extends MatchableAlias>(aliases: readonly A[]): Matcher<A> {
  const bySurface = new Map<string, A>();
  for (const a of aliases) bySurface.set(normalizeSurface(a.surface), a);
  if (bySurface.size === 0) return { find: () => [] };
  const alternatives = [...bySurface.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(surfacePattern);
  // A name starts and ends at a word boundary in any script: "Portman's" matches, "Portmanteau"
  // does not. Hyphens count as boundaries ("Portman-led"); the context rules tell
  // "Zeta-Jones" from "Dunham-Portman".
  const re = new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`, 'gu');
  return {
    find(text) {
      const out: Candidate<A>[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const alias = bySurface.get(normalizeSurface(m[0]));
        if (alias) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], alias });
      }
      return out;
    },
  };
}

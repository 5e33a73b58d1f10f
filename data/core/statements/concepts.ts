/**
 * Concepts: what a sentence speaks of (a person, a title, "therapist", "wrapped", "55 million"),
 * each a list of spellings in any language, found in the folded sentence. A concept that `masks`
 * takes its words for itself: "the Oscar winner" names Portman and so says nothing about an
 * Oscar, "Girls creator Dunham" names Dunham and nothing about Girls, "mid-2026" is a date and
 * not the bare year. Masking concepts are looked for first, in their order, then the others.
 */
export interface ConceptSpec {
  id: string;
  /** Regular-expression sources, one spelling each, written folded (no accents). */
  spellings: readonly string[];
  /** Case matters ("Good Sex", "Role Model", "Ally"): otherwise any case matches. */
  cased?: boolean;
  /** Its words are taken: later concepts do not see them. */
  masks?: boolean;
  /** A question word ("who", "when", "how much"): looked for in questions only, where it stands for what is asked. */
  inQuestions?: boolean;
}

export interface Hit {
  concept: string;
  start: number;
  end: number;
}

export interface ConceptIndex {
  specs: readonly { id: string; re: RegExp; masks: boolean; inQuestions: boolean }[];
}

/**
 * A letter or a digit, in any alphabet, as one class of plain ranges: the whole Latin, Greek,
 * Cyrillic, Hebrew, Arabic, Indic and CJK blocks, without the punctuation and symbol blocks
 * (•, €, ×, emoji, CJK punctuation). Plain ranges without the "u" flag keep the search fast,
 * where \p{L}\p{N} made it the background's main cost (ADR 0011). The spellings are ASCII and
 * the text folded, so nothing else changes.
 */
export const WORD_CHAR =
  '0-9A-Za-z\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u1fff' +
  '\\u2070\\u2071\\u2074-\\u2079\\u207f-\\u2089\\u2090-\\u209c\\u2132\\u214e\\u2180-\\u2188\\u24eb-\\u24ff\\u2776-\\u2793\\u2c00-\\u2dff\\u3005-\\u3007\\u3021-\\u3029\\u3031-\\u3035\\u3038-\\u303c\\u3040-\\ud7ff\\uf900-\\ufdff\\ufe70-\\ufefe\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a\\uff66-\\uffdc';
// A word's edges: no letter or digit just outside the match, and not the first half of a
// contraction ("won" in "won't").
const BEFORE = `(?<![${WORD_CHAR}])`;
const AFTER = `(?![${WORD_CHAR}]|'t(?![${WORD_CHAR}]))`;

/** Masking concepts are looked for first (in their order), then the rest. */
export function compileConcepts(specs: readonly ConceptSpec[]): ConceptIndex {
  const seen = new Set<string>();
  const ordered = [...specs.filter((s) => s.masks), ...specs.filter((s) => !s.masks)];
  return {
    specs: ordered.map((s) => {
      if (seen.has(s.id)) throw new Error(`concept ${s.id} is defined twice`);
      seen.add(s.id);
      if (s.spellings.length === 0) throw new Error(`concept ${s.id} has no spelling`);
      // Searched without the "u" flag: a property escape or a character past ASCII would silently mean something else.
      const odd = s.spellings.find((x) => /[^\x20-\x7e]|\\[pPu]\{/.test(x));
      if (odd !== undefined) throw new Error(`concept ${s.id}: spellings are folded ASCII, without \\p{…}: ${JSON.stringify(odd)}`);
      const source = `${BEFORE}(?:${s.spellings.join('|')})${AFTER}`;
      try {
        return { id: s.id, re: new RegExp(source, s.cased ? 'g' : 'gi'), masks: !!s.masks, inQuestions: !!s.inQuestions };
      } catch (e) {
        throw new Error(`concept ${s.id}: ${(e as Error).message}`);
      }
    }),
  };
}

/** Texts whose concepts are remembered, per index: a page's sentence is read again as the next one's context. */
const REMEMBERED = 512;
const memory = new WeakMap<ConceptIndex, Map<string, readonly Hit[]>>();

/** Every concept found in a folded sentence, with where (remembered for the last few hundred texts). */
export function findConcepts(index: ConceptIndex, folded: string, question = false): readonly Hit[] {
  let known = memory.get(index);
  if (!known) memory.set(index, (known = new Map()));
  const key = (question ? '?' : '.') + folded;
  let hits = known.get(key);
  if (!hits) {
    if (known.size >= REMEMBERED) known.delete(known.keys().next().value!);
    known.set(key, (hits = Object.freeze(searchConcepts(index, folded, question))));
  }
  return hits;
}

function searchConcepts(index: ConceptIndex, folded: string, question: boolean): Hit[] {
  let text = folded;
  const hits: Hit[] = [];
  for (const { id, re, masks, inQuestions } of index.specs) {
    if (inQuestions && !question) continue;
    re.lastIndex = 0;
    const found: Hit[] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      found.push({ concept: id, start: m.index, end: m.index + m[0].length });
    }
    hits.push(...found);
    if (masks && found.length > 0) {
      let masked = text;
      // Blanked with "_": a word character, so a later pattern's "(?: \w+){0,4}" counts it as a word, yet no spelling's.
      for (const h of found) masked = masked.slice(0, h.start) + '_'.repeat(h.end - h.start) + masked.slice(h.end);
      text = masked;
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

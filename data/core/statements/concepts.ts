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

// A word's edges: no letter or digit just outside the match (works for every alphabet), and
// not the first half of a contraction ("won" in "won't").
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = "(?![\\p{L}\\p{N}]|'t(?![\\p{L}]))";

/** Masking concepts are looked for first (in their order), then the rest. */
export function compileConcepts(specs: readonly ConceptSpec[]): ConceptIndex {
  const seen = new Set<string>();
  const ordered = [...specs.filter((s) => s.masks), ...specs.filter((s) => !s.masks)];
  return {
    specs: ordered.map((s) => {
      if (seen.has(s.id)) throw new Error(`concept ${s.id} is defined twice`);
      seen.add(s.id);
      if (s.spellings.length === 0) throw new Error(`concept ${s.id} has no spelling`);
      const source = `${BEFORE}(?:${s.spellings.join('|')})${AFTER}`;
      try {
        return { id: s.id, re: new RegExp(source, s.cased ? 'gu' : 'giu'), masks: !!s.masks, inQuestions: !!s.inQuestions };
      } catch (e) {
        throw new Error(`concept ${s.id}: ${(e as Error).message}`);
      }
    }),
  };
}

/** Every concept found in a folded sentence, with where. */
export function findConcepts(index: ConceptIndex, folded: string, question = false): Hit[] {
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

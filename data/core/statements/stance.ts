/**
 * A sentence's stance toward a claim it is about, in English, Italian, Spanish, French, German
 * and Portuguese: it asks (a question), denies (a negation just before one of the claim's
 * words, or "... is false" after them), or states. Works on folded text (fold.ts).
 */
import type { Hit } from './concepts';

export type StatementStance = 'states' | 'denies' | 'asks';

/** A question: ends with "?" (a quote or bracket may follow), or opens with "¿". */
export function isQuestion(folded: string): boolean {
  return /\?["')\]]*\s*$/.test(folded) || /^["'(]*¿/.test(folded) || /\?\s*["')\]]*\s*(?:-|\(|$)/.test(folded);
}

/** Words that negate what follows them closely. */
const NEGATION = new RegExp(
  [
    // English
    'not|never|no|none|neither|nor|nobody|rather than|instead of|contrary to|far from',
    // Italian, Spanish, Portuguese
    'non|mai|nessun[oa]?|niente|nunca|jamas|ningun[oa]?|nao|nenhum[a]?|tampoco|nemmeno|neanche|nem',
    // French
    "ne|n'|pas|jamais|aucun[e]?|plutot que|au lieu de",
    // German
    'nicht|kein(?:e|en|em|er|es)?|keineswegs|nie|niemals|statt|anstatt',
  ]
    .join('|')
    .split('|')
    .map((w) => (w.endsWith("'") ? `(?<![\\p{L}])${w}` : `(?<![\\p{L}])${w}(?![\\p{L}])`))
    .concat("n't(?![\\p{L}])")
    .join('|'),
  'giu',
);

/** After the claim's words: the sentence calls it false. */
const CALLED_FALSE = new RegExp(
  [
    "(?:is|are|was|were|'s)\\s+(?:simply\\s+|just\\s+|completely\\s+|entirely\\s+|wildly\\s+|greatly\\s+)?(?:false|untrue|wrong|incorrect|inaccurate|a myth|fake|unfounded|baseless|inflated|exaggerated|overblown|not true)",
    '(?:debunked|denied|refuted|dementit[oaie]|smentit[oaie]|desmentid[oa]s?|dementi|falsch|frei erfunden|falso|falsa|faux|fausse|infondat[oaie]|infundad[oa]s?)',
  ].join('|'),
  'iu',
);

/** Before the claim's words: "It is not true that", "the false rumour that", "Forget the reports that". */
const CALLED_FALSE_BEFORE = new RegExp(
  [
    "(?:it is|it's|that's|that is) (?:not true|untrue|false|a myth)",
    '(?:false|untrue|wrong|debunked|unfounded|baseless) (?:claims?|reports?|rumou?rs?|stories|idea)',
    '(?:debunk(?:s|ed)?|den(?:y|ies|ied)|refut(?:e|es|ed)|forget) (?:the |those )?(?:claims?|reports?|rumou?rs?|stories)',
    "non e vero|no es cierto|no es verdad|ce n'est pas vrai|c'est faux|es stimmt nicht|nao e verdade",
  ].join('|'),
  'iu',
);

/** Common words of each language, to tell Portuguese (where "no" means "in the") from the others. */
const PORTUGUESE =
  /(?<![\p{L}])(?:nao|tambem|voce|com|uma|um|do|da|dos|das|na|nas|pelo|pela|ao|aos|filme|elenco|estaria|sera|foi|sao|esta|ja|ainda|seu|sua)(?![\p{L}])/giu;
const SPANISH_OR_ENGLISH = /(?<![\p{L}])(?:the|and|is|of|el|los|las|del|una|es|que|y|por|con|su|se)(?![\p{L}])/giu;

/** Whether "no" is a negation here: not in Portuguese, where it is "em" + "o". */
function noNegates(folded: string): boolean {
  const pt = folded.match(PORTUGUESE)?.length ?? 0;
  const other = folded.match(SPANISH_OR_ENGLISH)?.length ?? 0;
  return pt <= other;
}

/** How many words before a claim's word a negation still reaches ("has never actually won an Oscar"). */
const REACH_WORDS = 4;

/**
 * The stance toward one claim, whose words in the sentence are `hits`. `negative` claims say
 * that something has not happened ("Netflix has not announced a date"): their own negation is
 * inside their words, and a sentence that says it did happen (`contra`) denies them.
 */
export function stanceOf(folded: string, hits: readonly Hit[], all: readonly Hit[], options: { contra?: boolean } = {}): StatementStance {
  if (hits.length === 0) return isQuestion(folded) ? 'asks' : 'states';
  if (isQuestion(folded)) return 'asks';
  if (options.contra) return 'denies';
  const first = Math.min(...hits.map((h) => h.start));
  const last = Math.max(...hits.map((h) => h.end));
  // A word inside any concept is that concept's (its own "not", a title's "No"): not a negation here.
  const inside = (i: number) => all.some((h) => h.start <= i && i < h.end);
  NEGATION.lastIndex = 0;
  for (let m = NEGATION.exec(folded); m; m = NEGATION.exec(folded)) {
    if (inside(m.index)) continue;
    if (m[0].toLowerCase() === 'no' && !noNegates(folded)) continue;
    const end = m.index + m[0].length;
    for (const h of hits) {
      if (end > h.start) continue;
      const between = folded.slice(end, h.start);
      const words = between.trim() === '' ? 0 : between.trim().split(/\s+/).length;
      // A clause break between them ends the negation's reach ("not Rashida Jones, who plays...").
      if (words <= REACH_WORDS && !/[;:.!?,]/.test(between)) return 'denies';
    }
  }
  if (CALLED_FALSE.test(folded.slice(last))) return 'denies';
  if (CALLED_FALSE_BEFORE.test(folded.slice(0, first))) return 'denies';
  return 'states';
}

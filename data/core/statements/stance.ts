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
    'played down|plays down|play down|downplayed|downplays|poured cold water on|shot down|i doubt|we doubt|doubtful',
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

/** Words common in one of the six languages and rare in the others, to guess a sentence's language. */
const MARKERS: Record<string, RegExp> = {
  en: /(?<![\p{L}])(?:the|and|is|are|was|of|with|has|have|will|that|this|for|her|his|it|not)(?![\p{L}])/giu,
  it: /(?<![\p{L}])(?:il|gli|della|dello|delle|degli|di|che|non|per|sono|nel|nella|alla|anche|sara|stato|ha|ad|chi|dove|quando)(?![\p{L}])/giu,
  es: /(?<![\p{L}])(?:el|los|las|del|y|es|su|fue|esta|pero|muy|tambien|ya|se|quien|donde|cuando|pelicula)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:le|les|des|du|et|est|une|pour|avec|qui|pas|ne|sur|dans|au|aux|ce|cette|sont|ou)(?![\p{L}])/giu,
  de: /(?<![\p{L}])(?:der|die|das|und|ist|nicht|mit|den|dem|ein|eine|im|zu|von|sich|auch|wird|hat|wer|wann)(?![\p{L}])/giu,
  pt: /(?<![\p{L}])(?:os|as|do|da|dos|das|na|nas|nos|em|um|uma|com|nao|foi|foram|tambem|ja|pelo|pela|ao|aos|sao|estao|filme|filmagens|elenco|quem|onde|quando)(?![\p{L}])/giu,
};

/** The likeliest of the six languages for a folded sentence, by its common words (English on a tie). */
export function guessLanguage(folded: string): string {
  let best = 'en';
  let most = 0;
  for (const [lang, re] of Object.entries(MARKERS)) {
    const n = folded.match(re)?.length ?? 0;
    if (n > most) [best, most] = [lang, n];
  }
  return best;
}

/** Whether "no" is a negation here: in Portuguese it is "em" + "o" ("no elenco"). */
const noNegates = (folded: string) => guessLanguage(folded) !== 'pt';

/**
 * Doubt, not a statement: "whether his character is Alan ..." asks as a question does. A report
 * that adds "not confirmed" still states (the claim notes count reports as statements).
 */
const UNDECIDED = new RegExp(["(?:remains to be seen|(?:it is|it's|remains|still) unclear|whether)"].join('|'), 'iu');

/** How many words before a claim's word a negation still reaches ("has never actually won an Oscar"). */
const REACH_WORDS = 4;

/**
 * The stance toward one claim, whose words in the sentence are `hits`. `negative` claims say
 * that something has not happened ("Netflix has not announced a date"): their own negation is
 * inside their words, and a sentence that says it did happen (`contra`) denies them.
 */
export function stanceOf(folded: string, hits: readonly Hit[], all: readonly Hit[], options: { contra?: boolean } = {}): StatementStance {
  if (hits.length === 0) return isQuestion(folded) ? 'asks' : 'states';
  if (isQuestion(folded) || UNDECIDED.test(folded)) return 'asks';
  if (options.contra) return 'denies';
  const first = Math.min(...hits.map((h) => h.start));
  const last = Math.max(...hits.map((h) => h.end));
  // A word inside any concept is that concept's (its own "not", a title's "No"): not a negation
  // here; one that reaches past it is ("played down" beyond "played").
  const inside = (i: number, j: number) => all.some((h) => h.start <= i && j <= h.end);
  NEGATION.lastIndex = 0;
  for (let m = NEGATION.exec(folded); m; m = NEGATION.exec(folded)) {
    if (inside(m.index, m.index + m[0].length)) continue;
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

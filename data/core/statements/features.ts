/**
 * What the learned note model reads of a sentence: its words and word pairs, with each concept
 * the statement matcher finds (a person by any name or epithet, "therapist", "wrapped", a date)
 * as one token, so that what is learnt of "Meg Ryan" holds for "the When Harry Met Sally star";
 * the people named just before it, for "She plays..."; and whether its page is about the film.
 */
import { findConcepts, type ConceptIndex } from './concepts';
import { fold } from './fold';
import { isQuestion, stanceOf } from './stance';

/** How the features see a sentence: the concepts, and one token for concepts that are the same thing. */
export interface FeatureSpace {
  concepts: ConceptIndex;
  /** A concept's token ("RYAN_SURNAME" and "MEG" both as "MEG"); the concept's own id when absent. */
  same: Readonly<Record<string, string>>;
}

/** A word, a number, or a "?" or "!". */
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?|[?!]/gu;

/** The sentence as tokens: each concept found as "@ID", other words lower-cased, "n't" as "not". */
export function tokensOf(space: FeatureSpace, folded: string, hits = findConcepts(space.concepts, folded, isQuestion(folded))): string[] {
  const out: string[] = [];
  let at = 0;
  const words = (s: string) => {
    for (const m of s.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      if (w.endsWith("n't")) out.push(w.slice(0, -3), 'not');
      else out.push(w);
    }
  };
  for (const h of hits) {
    if (h.start < at) continue;
    words(folded.slice(at, h.start));
    out.push(`@${space.same[h.concept] ?? h.concept}`);
    at = h.end;
  }
  words(folded.slice(at));
  return out;
}

export interface SentenceContext {
  /** The people named just before (a pronoun's, a table row's label cell), as text; "" for none. */
  leaning?: string;
  /** Its page (or section) is about the film. */
  onFilmPage?: boolean;
  /** The text just before it: what it speaks of ("It isn't one, though" after a sentence on the genre), as "p:" concepts. */
  before?: string;
}

/**
 * Words that turn what follows round, in the six languages: the tokens after one, up to a
 * clause's end, are also read as negated ("n:" features), as sentiment classifiers do.
 */
const NEGATORS = new Set(
  (
    'not no never nothing nobody none nor neither without doubt doubts doubtful wrong wrongly false untrue incorrectly misreported ' +
    'non mai niente nessuno nessuna senza no nunca nada nadie ningun ninguna sin ne pas jamais rien aucun aucune sans ' +
    'nicht nie niemals nichts kein keine keinen keiner ohne nao nunca nem nenhum nenhuma'
  ).split(' '),
);
/**
 * Words that doubt, refuse or correct what they speak of, in the six languages ("I refuse to
 * believe", "dudamos", "è una bufala", "c'est faux", "das ist falsch", "boato"): any of them
 * also counts as one feature the languages share. English's commonest ("doubt", "false",
 * "wrong") are among the negators above and not here, so they do not add it: the shipped model
 * was trained and measured so.
 */
const DOUBTERS = new Set(
  (
    'refuse refuses doubted debunked debunk error mistake mistaken myth fake bogus nonsense hoax unlikely denied denies deny forget ' +
    'dubito dubitiamo dubbio dubbi falso falsa bufala errore sbagliato sbagliata smentito smentita smentisce improbabile ' +
    'dudo dudamos dudan duda dudas bulo humo mentira equivocado equivocada desmentido desmiente ' +
    'doute doutons doutent faux fausse erreur dementi dementie intox infonde ' +
    'bezweifle bezweifeln zweifel zweifelhaft falsch fehler irrtum quatsch unsinn dementiert unwahrscheinlich ' +
    'duvido duvidamos duvida erro errado errada boato invencao desmentiu improvavel'
  ).split(' '),
);
const CLAUSE_END = /^[?!]$/;

/** The tokens in a negation's reach, marked: "n:@PLAYS" after "not". */
function negated(tokens: readonly string[], folded: string): string[] {
  const out: string[] = [];
  let on = false;
  for (const t of tokens) {
    if (CLAUSE_END.test(t)) on = false;
    else if (on) out.push(`n:${t}`);
    if (NEGATORS.has(t) || DOUBTERS.has(t)) on = true;
  }
  return folded.includes(',') || folded.includes(';') ? out.slice(0, 8) : out;
}

/** How many first letters of a long word stand for its family. */
const STEM = 5;

/** A capitalised word: a name, a title's word. */
const CAPITALISED = /(?<![\p{L}\p{N}'])\p{Lu}[\p{Ll}\p{Lu}]+/gu;

/**
 * How many capitalised words name no concept (none of the film's people, titles or outlets),
 * past the sentence's first word: another film's title, another person ("The Winter Ferry
 * wrapped in late 2025" is not this film's wrap).
 */
function unknownNames(folded: string, hits: readonly { start: number; end: number }[]): number {
  let n = 0;
  for (const m of folded.matchAll(CAPITALISED)) {
    if (m.index === 0 || hits.some((h) => h.start <= m.index && m.index < h.end)) continue;
    n++;
  }
  return n;
}

/** The features of a sentence: unigrams, bigrams, the context's people, the page and question flags. */
export function sentenceFeatures(space: FeatureSpace, sentence: string, context: SentenceContext = {}): string[] {
  const folded = fold(sentence);
  const hits = findConcepts(space.concepts, folded, isQuestion(folded));
  const tokens = tokensOf(space, folded, hits);
  const out = tokens.map((t) => `w:${t}`);
  // A word's first letters, for its other forms ("termino", "terminaron"; "announced", "announcement").
  for (const t of tokens) if (t.length > STEM && !t.startsWith('@')) out.push(`s:${t.slice(0, STEM)}`);
  for (let i = 0; i + 1 < tokens.length; i++) out.push(`b:${tokens[i]}_${tokens[i + 1]}`);
  out.push(...negated(tokens, folded));
  if (tokens.some((t) => DOUBTERS.has(t))) out.push('doubt');
  if (tokens.some((t) => NEGATORS.has(t))) out.push('negated');
  if (context.leaning) for (const t of tokensOf(space, fold(context.leaning))) if (t.startsWith('@')) out.push(`x:${t}`);
  if (context.before) for (const t of new Set(tokensOf(space, fold(context.before)))) if (t.startsWith('@')) out.push(`p:${t}`);
  const others = unknownNames(folded, hits);
  if (others > 0) out.push('o:name');
  if (others > 1) out.push('o:names');
  if (context.onFilmPage) out.push('page:film');
  if (isQuestion(folded)) out.push('asks');
  // The hand-written stance rules' verdict over all its concepts: the model learns when to trust it.
  out.push(`stance:${stanceOf(folded, hits, hits)}`);
  return out;
}

/**
 * Claim notes the rules missed, found by the statement matcher: the page's other sentences go
 * to the background (the matcher is too big for a page bundle and compiling it would be a long
 * task), whose answers come back as notes. Pure: the sentences of a page text, the decision
 * whether a match makes a note, and the notes from the answers kept so far.
 */
import { heavyNext, runToEnd } from '../algo/steps';
import { BLOCK_SEPARATOR, blocksOf } from '../text/blocks';
import { sentenceAt } from '../text/sentences';
import type { ClaimNote, Stance } from './claims';
import { aboutTheFilm, topicSteps } from './topic';

/** Sentences shorter than this state no claim ("Read more.", a byline). */
const MIN_CHARS = 24;
/** Longer than this is no sentence but a run of text with no stops: the rules' business. */
const MAX_CHARS = 480;
/** At most this many sentences of one page are sent to be matched. */
export const MAX_SENTENCES = 800;

/** Sentences looked at per step: a long page's hundreds of sentences are not listed in one task. */
const SENTENCES_PER_STEP = 100;

/** The page text's sentences worth matching, [start, end), in order; at most `MAX_SENTENCES`. */
export const sentencesIn = (text: string, limit = MAX_SENTENCES): Array<[number, number]> => runToEnd(sentenceSteps(text, limit));

/** `sentencesIn` in steps. */
export function* sentenceSteps(text: string, limit = MAX_SENTENCES): Generator<void, Array<[number, number]>> {
  const out: Array<[number, number]> = [];
  let at = 0;
  let looked = 0;
  while (at < text.length && out.length < limit) {
    if (++looked % SENTENCES_PER_STEP === 0) yield;
    // Past separators and spaces to the next sentence's first character.
    while (at < text.length && (text[at] === BLOCK_SEPARATOR || /\s/.test(text[at]!))) at++;
    if (at >= text.length) break;
    const [start, end] = sentenceAt(text, at);
    const next = Math.max(end, at + 1);
    const n = end - start;
    if (n >= MIN_CHARS && n <= MAX_CHARS && start >= at - 1 && !isByline(text.slice(start, end))) out.push([start, end]);
    at = next;
  }
  return out;
}

/** A post's byline: a handle and a "·" before its time ("Trailer Watch @trailerwatchHQ · Jan 15, 2026"). */
const isByline = (sentence: string) => /@[\p{L}\p{N}_]+\s*·/u.test(sentence) && sentence.length < 100;

/** A match as the matcher gives it. */
export interface SentenceMatch {
  claim: string;
  stance: 'states' | 'denies' | 'asks';
  score: number;
}

/** A note the matcher gives a sentence. */
export interface MatchedNote {
  claim: string;
  stance: Stance;
}

/** At most this many notes per sentence: a sentence that says three open claims is rare, a fourth a guess. */
const NOTES_PER_SENTENCE = 2;

/**
 * The notes the matcher's answer makes: the claims the ledger does not confirm (`isOpen`),
 * best first, stated or denied (a question states nothing), each surely enough. A sentence may
 * say a confirmed point first ("Netflix paid $55 million, so expect a massive campaign").
 */
export function noteWorthy(matches: readonly SentenceMatch[], isOpen: (claim: string) => boolean, minScore: number): MatchedNote[] {
  return matches
    .filter((m) => isOpen(m.claim) && m.score >= minScore)
    .slice(0, NOTES_PER_SENTENCE)
    .filter((m): m is SentenceMatch & { stance: Stance } => m.stance !== 'asks')
    .map(({ claim, stance }) => ({ claim, stance }));
}

/**
 * A sentence to be matched; whether its topic is the film (then it need not name the film
 * itself); and the text just before and after it, for a sentence that speaks of someone named
 * there ("Her scenes are what Ally's arc hinges on", a table's role cell beside its actor's).
 * Blocks are shown as " \u2022 " in them.
 */
export interface SentenceToMatch {
  text: string;
  onFilmPage: boolean;
  before: string;
  after: string;
  /** The rules' notes in it, as "C37/states": a stance the answer finds matters only if it changes one. */
  ruled?: string[];
}

/** How much of the text before a sentence comes with it. */
const BEFORE_CHARS = 160;
/** How much after it: the next cell of a table row. */
const AFTER_CHARS = 48;

/** The key a sentence's answer is kept under. */
export const sentenceKey = (s: SentenceToMatch) =>
  `${s.onFilmPage ? '1' : '0'}${s.before}\u0000${s.text}\u0000${s.after}\u0000${(s.ruled ?? []).join(' ')}`;

const around = (text: string) => text.replaceAll(BLOCK_SEPARATOR, ' \u2022 ').trim();

/**
 * What the background says of a sentence: the notes it adds, and, when the learned model is
 * sure of it, the sentence's own stance, which the rules' notes there take too ("asks": they
 * are dropped, a question states nothing). See docs/adr/0010-learned-note-model.md.
 */
export interface SentenceAnswer {
  notes: MatchedNote[];
  stance?: Stance | 'asks';
  /** The claims of the rules' notes there that the model is sure the sentence does not speak of (another film's wrap). */
  vetoed?: string[];
}

/** What the background said of each sentence sent so far, by `sentenceKey` (no notes: nothing to add). */
export type MatchedSentences = Map<string, SentenceAnswer>;

/** Whether a page's text has been through `matchedNoteSteps` yet (see `heavyNext`). */
let warmed = false;

/**
 * The rules' notes in `text` with what the background answered: for each sentence it has
 * answered, the rules' notes there in the stance it found (or none, for a question or a vetoed
 * claim), and the claims no rule noted there. `unasked` collects the sentences not sent yet. A
 * sentence's topic is the film as the rules judge it (the last title named before it, see
 * topic.ts); `filmNamedAround`: the rest of the page names the film (a changed block read alone).
 */
export function* matchedNoteSteps(
  text: string,
  ruleNotes: readonly ClaimNote[],
  answered: MatchedSentences,
  unasked?: Map<string, SentenceToMatch>,
  filmNamedAround = false,
): Generator<void, ClaimNote[]> {
  // The first run compiles the sentence and topic patterns: a slice of its own.
  if (!warmed) {
    warmed = true;
    heavyNext();
    yield;
  }
  const spans = yield* sentenceSteps(text);
  if (spans.length === 0) return [...ruleNotes];
  // Topics only as far as the last sentence sent: on a long page that is a part of it.
  const upTo = text.slice(0, spans[spans.length - 1]![1]);
  const blocks = blocksOf(upTo);
  const topics = yield* topicSteps(upTo, blocks);
  const out: ClaimNote[] = [];
  /** The rules' notes each answer re-stances, by index ("asks": dropped). */
  const restanced = new Map<number, Stance | 'asks'>();
  let looked = 0;
  for (const [start, end] of spans) {
    if (++looked % SENTENCES_PER_STEP === 0) yield;
    /** The rules' notes in this sentence, by index. */
    const inside = ruleNotes.flatMap((n, i) => (n.start < end && start < n.end ? [i] : []));
    const ruled = inside.map((i) => `${ruleNotes[i]!.claim}/${ruleNotes[i]!.stance}`);
    const s: SentenceToMatch = {
      text: text.slice(start, end),
      onFilmPage: aboutTheFilm(topics, blocks, start, end, filmNamedAround),
      before: around(text.slice(Math.max(0, start - BEFORE_CHARS), start)),
      after: around(text.slice(end, end + AFTER_CHARS)),
      ...(ruled.length ? { ruled } : {}),
    };
    const key = sentenceKey(s);
    if (!answered.has(key)) {
      unasked?.set(key, s);
      continue;
    }
    const answer = answered.get(key)!;
    for (const i of inside) {
      // A note dropped by one sentence's answer stays dropped whatever another sentence it spans says.
      if (restanced.get(i) === 'asks') continue;
      if (answer.vetoed?.includes(ruleNotes[i]!.claim)) restanced.set(i, 'asks');
      else if (answer.stance) restanced.set(i, answer.stance);
    }
    const noted = inside.map((i) => ruleNotes[i]!.claim);
    for (const note of answer.notes)
      if (!noted.includes(note.claim)) out.push({ claim: note.claim, stance: note.stance, start, end, text: s.text });
  }
  const rules = ruleNotes.flatMap((n, i) => {
    const stance = restanced.get(i);
    if (stance === undefined) return [n];
    return stance === 'asks' ? [] : [{ ...n, stance }];
  });
  return [...rules, ...out];
}

/** `matchedNoteSteps` at once (tests, the scan command): the rules' notes as answered, then the added ones. */
export const matchedNotes = (...args: Parameters<typeof matchedNoteSteps>): ClaimNote[] => runToEnd(matchedNoteSteps(...args));

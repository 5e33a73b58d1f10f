/**
 * The statement matcher's model for this film (its concepts and the ledger claims' profiles,
 * built once), and what it adds to the claim notes: for each sentence the rules left, the note
 * it makes, if any. Used by the background, the scan command and the tests alike.
 */
import {
  matchedNotes,
  noteWorthy,
  type MatchedNote,
  type MatchedSentences,
  type SentenceAnswer,
  type SentenceToMatch,
} from '../core/claims/matched-notes';
import type { ClaimNote } from '../core/claims/claims';
import { dataset } from '../core/facts/dataset';
import { findConcepts } from '../core/statements/concepts';
import type { FeatureSpace } from '../core/statements/features';
import { fold } from '../core/statements/fold';
import { buildStatementModel, matchStatement, type StatementModel } from '../core/statements/matcher';
import { isQuestion } from '../core/statements/stance';
import { readSentence, type LearnedReading, type NoteModels } from './learned-notes';
import { featureSpaceOf } from './note-model-spec';
import { STATEMENT_CONCEPTS } from './statement-concepts';
import { FILM_CONCEPTS, STATEMENT_PROFILES } from './statement-profiles';

let model: StatementModel | null = null;

export function statementModel(): StatementModel {
  return (model ??= buildStatementModel(STATEMENT_CONCEPTS, STATEMENT_PROFILES, FILM_CONCEPTS));
}

let space: FeatureSpace | null = null;
/** How the learned note model sees sentences: through the matcher's concepts. */
export const featureSpace = (): FeatureSpace => (space ??= featureSpaceOf(statementModel().concepts));

/** How sure the matcher must be to add a note the rules did not make (chosen on the claim-note sets, ADR 0008). */
export const NOTE_MIN_SCORE = 0.55;
/** Sentences longer than this are cut before matching (a few sentences' worth). */
const MAX_CHARS = 600;

let open: ReadonlySet<string> | null = null;
/** The claims the ledger does not confirm: only they get notes on a page. */
const isOpen = (claim: string) => (open ??= new Set(dataset.facts.filter((f) => f.status !== 'confirmed').map((f) => f.id))).has(claim);

/** The concepts that name the film's people and characters. */
const PEOPLE = new Set(
  FILM_CONCEPTS.anchor.split('|').filter((id) => !['TITLE', 'FILM_WORD', 'IN_FILM', 'ALLY', 'ALAN', 'CALEB'].includes(id)),
);

/** The names of the film's people in `text`, as written, the last ones nearest: "" for none. */
export function peopleIn(m: StatementModel, text: string): string {
  const folded = fold(text);
  const names = findConcepts(m.concepts, folded)
    .filter((h) => PEOPLE.has(h.concept))
    .map((h) => folded.slice(h.start, h.end));
  return [...new Set(names)].slice(-2).join(' and ');
}

/** The concepts that name someone of the film, its characters too (not the film's own names). */
const ANYONE = new Set(FILM_CONCEPTS.anchor.split('|').filter((id) => !['TITLE', 'FILM_WORD', 'IN_FILM'].includes(id)));

/** Whether `text` names anyone of the film, a character too ("Ally's best friend"). */
const namesAnyone = (text: string) => findConcepts(statementModel().concepts, fold(text)).some((h) => ANYONE.has(h.concept));

/** Words that stand for someone named before: he, she, her... in the six languages. */
const PRONOUN =
  /(?<![\p{L}])(?:he|she|his|her|him|herself|himself|both|their|they|lui|lei|suo|sua|el|ella|elle|il|er|sie|ihr|ihre|sein|seine|ele|ela|seu)(?![\p{L}])/iu;
/** A short label just before (a table's or an infobox's label cell, a list's lead-in). */
const LABEL_CHARS = 32;

const cells = (around: string) =>
  around
    .split('\u2022')
    .map((c) => c.trim())
    .filter(Boolean);
/** The block just before a sentence ("Mark Ruffalo" in "Natalie Portman • Ally • Mark Ruffalo •"). */
const lastCell = (before: string) => cells(before).pop() ?? '';
/** The block just after it, if the sentence ends its own ("• Rashida Jones • Deadline"). */
const nextCell = (after: string) => (after.trimStart().startsWith('\u2022') ? (cells(after)[0] ?? '') : '');

/**
 * The texts a sentence leans on, whose people it speaks of, nearest first: the text before it
 * when it says "she" or "his" for someone named there; for a short value in a table row, its
 * label cell ("Mark Ruffalo" then "Alan, Ally's older boyfriend") or else the next cell (a role
 * column before the actor's). A byline or a sentence of its own leans on nothing.
 */
function leansOn(s: SentenceToMatch): string[] {
  // A pronoun among its first words: its subject is someone named before ("She is staying
  // behind the camera"); or anywhere in a sentence that names nobody ("this is her real return").
  if (PRONOUN.test(s.text.split(/\s+/).slice(0, 4).join(' '))) return [s.before];
  if (PRONOUN.test(s.text) && !namesAnyone(s.text)) return [s.before];
  if (s.text.length > 80) return [];
  return [lastCell(s.before), nextCell(s.after)].filter((c) => c.length > 0 && c.length <= LABEL_CHARS);
}

/** The people a sentence leans on (a pronoun's, a table row's label cell's), as written; "" for none. */
export function leaningPeople(s: SentenceToMatch): string {
  for (const leaning of leansOn(s)) {
    const names = peopleIn(statementModel(), leaning);
    if (names) return names;
  }
  return '';
}

/** The notes the statement matcher makes of a sentence, with the people it leans on if its own words make none. */
function matcherNotes(s: SentenceToMatch): MatchedNote[] {
  const m = statementModel();
  // A page's sentence whose topic is not the film is tied to it only by a name, not "the film".
  const judge = (text: string, onFilmPage: boolean) =>
    noteWorthy(matchStatement(m, text.slice(0, MAX_CHARS), { onFilmPage, notOnFilm: !onFilmPage }), isOpen, NOTE_MIN_SCORE);
  const own = judge(s.text, s.onFilmPage);
  if (own.length) return own;
  // With the people named in the text it leans on ("Mark Ruffalo" and then "Alan, Ally's older
  // boyfriend"; "Lena Dunham ..." and then "she does not act"): only their names come along,
  // not the rest of that text, whose words (a date, a negation) are its own. The nearest text
  // that makes a note wins (a row's label cell, else its next cell).
  for (const leaning of leansOn(s)) {
    const names = peopleIn(m, leaning);
    if (!names) continue;
    // The names alone say nothing of it ("Mark Ruffalo and Alan" is already C14): the sentence must.
    const alone = new Set(matchStatement(m, names, { onFilmPage: s.onFilmPage }).map((p) => p.claim));
    const notes = judge(`${names}: ${s.text}`, s.onFilmPage).filter((n) => !alone.has(n.claim));
    if (notes.length) return notes;
  }
  return [];
}

/**
 * How sure the learned model must be (ADR 0010 and 0012, chosen by cross-validation over the
 * labelled sets): of a sentence's stance, to set it on every note there, the rules' too; of a
 * claim the rules and the matcher left, alone or with the matcher listing it at any score; and
 * how unlikely it must find a rule's or the matcher's claim to drop that note (another film's
 * wrap, a rumour's sarcastic retelling).
 */
export const LEARNED = { stance: 0.7, claimAlone: 0.8, claimWithMatcher: 0.2, vetoRule: 0.01, vetoMatcher: 0.1 };

/** The learned model (none: the rules and the matcher alone) and how sure it must be. */
export interface Learned {
  models?: NoteModels;
  sure?: typeof LEARNED;
}

/** The stance the learned model is sure of, if any. */
function sureStance(r: LearnedReading, sure: number): SentenceAnswer['stance'] {
  for (const stance of ['asks', 'denies', 'states'] as const) if (r.stance[stance] >= sure) return stance;
  return undefined;
}

/**
 * What the background answers the marker for each sentence: its notes, its stance when the model
 * is sure, and the claims of the rules' notes there the model finds all but impossible (vetoed).
 */
export function judgeSentences(sentences: readonly SentenceToMatch[], { models, sure = LEARNED }: Learned = {}): SentenceAnswer[] {
  const m = statementModel();
  return sentences.map((s) => {
    if (!models) return { notes: matcherNotes(s) };
    const leaning = leaningPeople(s);
    const reading = readSentence(
      featureSpace(),
      s.text.slice(0, MAX_CHARS),
      { leaning, onFilmPage: s.onFilmPage, before: s.before },
      models,
    );
    const stance = sureStance(reading, sure.stance);
    /** The rules' notes in the sentence ("C37/states"), read once. */
    const ruled = (s.ruled ?? []).map((r) => ({ claim: r.split('/')[0]!, stance: r.split('/')[1] }));
    // The stance is sent only where it changes one of the rules' notes: otherwise the page has nothing to read again.
    const changes = stance !== undefined && ruled.some((r) => stance === 'asks' || r.stance !== stance);
    if (stance === 'asks') return changes ? { notes: [], stance } : { notes: [] };
    // How likely the model finds a claim; a claim it was not trained on is never vetoed (a ledger newer than the model).
    const likely = (claim: string) => reading.claims.find((c) => c.claim === claim)?.p ?? 1;
    const vetoed = [...new Set(ruled.map((r) => r.claim))].filter((claim) => likely(claim) < sure.vetoRule);
    const veto = vetoed.length ? { vetoed } : {};
    let notes = matcherNotes(s).filter((n) => likely(n.claim) >= sure.vetoMatcher);
    if (stance) notes = notes.map((n) => ({ ...n, stance }));
    const top = reading.claims[0];
    if (notes.length === 0 && top && top.p >= sure.claimWithMatcher && !isQuestion(fold(s.text))) {
      const text = (leaning ? `${leaning}: ${s.text}` : s.text).slice(0, MAX_CHARS);
      const listed = matchStatement(m, text, { onFilmPage: s.onFilmPage, notOnFilm: !s.onFilmPage }).find((x) => x.claim === top.claim);
      if (top.p >= sure.claimAlone || listed) {
        const own =
          listed && listed.stance !== 'asks' ? listed.stance : reading.stance.denies > reading.stance.states ? 'denies' : 'states';
        notes = [{ claim: top.claim, stance: stance ?? own }];
      }
    }
    return changes ? { notes, stance, ...veto } : { notes, ...veto };
  });
}

/** The rules' notes and the matcher's together, at once, as the browser ends up with them (scan, tests). */
export function notesWithMatcher(
  text: string,
  ruleNotes: readonly ClaimNote[],
  filmNamedAround = false,
  learned: Learned = {},
): ClaimNote[] {
  const answered: MatchedSentences = new Map();
  const unasked = new Map<string, SentenceToMatch>();
  matchedNotes(text, ruleNotes, answered, unasked, filmNamedAround);
  const keys = [...unasked.keys()];
  judgeSentences([...unasked.values()], learned).forEach((n, i) => answered.set(keys[i]!, n));
  return matchedNotes(text, ruleNotes, answered, undefined, filmNamedAround).sort((a, b) => a.start - b.start);
}

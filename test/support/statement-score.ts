/**
 * Scores the statement matcher on a labelled set (test/fixtures/statements/<set>/statements.json):
 * for a statement about claims, whether the first match is one of them and, if so, whether its
 * stance is the labelled one; for a near-miss, whether nothing is returned.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StatementMatch } from '../../data/core/statements/matcher';

export const STATEMENT_SETS_DIR = resolve(import.meta.dirname, '../fixtures/statements');

export interface LabelledStatement {
  id: string;
  text: string;
  lang: string;
  kind: string;
  expect: { claim: string; stance: 'states' | 'denies' | 'asks' }[];
}

export interface StatementScore {
  about: number;
  firstRight: number;
  stanceRight: number;
  nearMisses: number;
  nothing: number;
  /** Every match returned for statements about claims, and how many of them are labelled. */
  returned: number;
  returnedLabelled: number;
  wrong: { id: string; kind: string; lang: string; text: string; expected: string; got: string }[];
  byLang: Record<string, { n: number; right: number }>;
}

export function readStatements(set: string): LabelledStatement[] {
  return JSON.parse(readFileSync(resolve(STATEMENT_SETS_DIR, set, 'statements.json'), 'utf8')) as LabelledStatement[];
}

const show = (ms: readonly { claim: string; stance: string }[]) => ms.map((m) => `${m.claim}/${m.stance}`).join(' ') || 'nothing';

export function scoreStatements(statements: readonly LabelledStatement[], match: (text: string) => StatementMatch[]): StatementScore {
  const s: StatementScore = {
    about: 0,
    firstRight: 0,
    stanceRight: 0,
    nearMisses: 0,
    nothing: 0,
    returned: 0,
    returnedLabelled: 0,
    wrong: [],
    byLang: {},
  };
  for (const st of statements) {
    const got = match(st.text);
    const lang = (s.byLang[st.lang] ??= { n: 0, right: 0 });
    lang.n++;
    const wrong = () => s.wrong.push({ id: st.id, kind: st.kind, lang: st.lang, text: st.text, expected: show(st.expect), got: show(got) });
    if (st.expect.length === 0) {
      s.nearMisses++;
      if (got.length === 0) {
        s.nothing++;
        lang.right++;
      } else wrong();
      continue;
    }
    s.about++;
    s.returned += got.length;
    s.returnedLabelled += got.filter((g) => st.expect.some((e) => e.claim === g.claim)).length;
    const label = got[0] && st.expect.find((e) => e.claim === got[0]!.claim);
    if (!label) {
      wrong();
      continue;
    }
    s.firstRight++;
    if (label.stance === got[0]!.stance) {
      s.stanceRight++;
      lang.right++;
    } else wrong();
  }
  return s;
}

export const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function summary(s: StatementScore): string {
  const f = (a: number, b: number) => `${ratio(a, b).toFixed(3)} (${a}/${b})`;
  return [
    `first match right ${f(s.firstRight, s.about)}`,
    `stance right ${f(s.stanceRight, s.firstRight)}`,
    `nothing for near-misses ${f(s.nothing, s.nearMisses)}`,
    `matches labelled ${f(s.returnedLabelled, s.returned)}`,
  ].join(', ');
}

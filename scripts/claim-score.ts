/**
 * Scores claim notes against a labelled set of pages (test/fixtures/claims/<set>/labels.json):
 * a label is a quote inside the sentence that states the claim; a note is right when it covers a
 * label of its claim and stance.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { ClaimNote } from '../data/core/claims/claims';
import { readPageTextNow } from '../entrypoints/named-page/page-text';

export const CLAIM_SETS_DIR = resolve(import.meta.dirname, '../test/fixtures/claims');

export interface Label {
  claim: string;
  stance: 'states' | 'denies';
  quote: string;
}
interface LabelledPage {
  page: string;
  about: string;
  claims: Label[];
}

/** A labelled set's pages (a folder with labels.json), each with its text as the marker reads it. */
export function readLabelledSet(dir: string): (LabelledPage & { text: string })[] {
  const labels = resolve(dir, 'labels.json');
  if (!existsSync(labels)) throw new Error(`${dir}: a labelled set without labels.json`);
  return (JSON.parse(readFileSync(labels, 'utf8')) as LabelledPage[]).map((p) => {
    const { document } = parseHTML(readFileSync(resolve(dir, p.page), 'utf8'));
    return { ...p, text: readPageTextNow(document.body).text };
  });
}

/** Where a label's quote is in our page text (whitespace runs may differ). */
function spanOf(text: string, quote: string): [number, number] | null {
  const re = new RegExp(
    quote
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+'),
  );
  const m = re.exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

export interface Score {
  tp: number;
  fp: ClaimNote[];
  missed: Label[];
  notes: number;
  labels: number;
}

export function scoreClaimSet(set: string, detect: (text: string) => ClaimNote[]): Score & { pages: number } {
  const labelled = readLabelledSet(resolve(CLAIM_SETS_DIR, set));
  const total: Score & { pages: number } = { tp: 0, fp: [], missed: [], notes: 0, labels: 0, pages: labelled.length };
  for (const { text, ...p } of labelled) {
    const notes = detect(text);
    const spans = p.claims.map((l) => {
      const span = spanOf(text, l.quote);
      if (!span) throw new Error(`${set}/${p.page}: quote not in the page text: ${JSON.stringify(l.quote)}`);
      return span;
    });
    const covers = (n: ClaimNote, i: number) =>
      n.claim === p.claims[i]!.claim && n.stance === p.claims[i]!.stance && n.start <= spans[i]![0] && spans[i]![1] <= n.end;
    for (const n of notes) {
      if (p.claims.some((_, i) => covers(n, i))) total.tp++;
      else total.fp.push({ ...n, text: `${p.page}: ${n.text}` });
    }
    p.claims.forEach((l, i) => {
      if (!notes.some((n) => covers(n, i))) total.missed.push({ ...l, quote: `${p.page}: ${l.quote}` });
    });
    total.notes += notes.length;
    total.labels += p.claims.length;
  }
  return total;
}

/** Precision and recall with their counts: "precision 0.950 (57/60), recall 0.760 (57/75)". */
export const figures = (s: Pick<Score, 'tp' | 'notes' | 'labels'> & { found: number }) =>
  `precision ${(s.tp / Math.max(1, s.notes)).toFixed(3)} (${s.tp}/${s.notes}), recall ${(s.found / Math.max(1, s.labels)).toFixed(3)} (${s.found}/${s.labels})`;

export const report = (s: Score) => `${figures({ ...s, found: s.labels - s.missed.length })}
  wrong notes: ${s.fp.map((n) => `${n.claim}/${n.stance} ${JSON.stringify(n.text)}`).join('\n    ') || 'none'}
  missed: ${s.missed.map((l) => `${l.claim}/${l.stance} ${JSON.stringify(l.quote)}`).join('\n    ') || 'none'}`;

/**
 * Scores claim notes against a labelled set of pages (test/fixtures/claims/<set>/labels.json):
 * a label is a quote inside the sentence that states the claim; a note is right when it covers a
 * label of its claim and stance.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { ClaimNote } from '../data/core/claims/claims';
import { readPageTextNow } from '../entrypoints/named-page/page-text';

export const CLAIM_SETS_DIR = resolve(import.meta.dirname, '../test/fixtures/claims');

interface Label {
  claim: string;
  stance: 'states' | 'denies';
  quote: string;
}
interface LabelledPage {
  page: string;
  about: string;
  claims: Label[];
}

function pageText(file: string): string {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  return readPageTextNow(document.body).text;
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
  const labelled = JSON.parse(readFileSync(resolve(CLAIM_SETS_DIR, set, 'labels.json'), 'utf8')) as LabelledPage[];
  const total: Score & { pages: number } = { tp: 0, fp: [], missed: [], notes: 0, labels: 0, pages: labelled.length };
  for (const p of labelled) {
    const text = pageText(resolve(CLAIM_SETS_DIR, set, p.page));
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

export const report = (
  s: Score,
) => `precision ${(s.tp / Math.max(1, s.notes)).toFixed(3)} (${s.tp}/${s.notes}), recall ${((s.labels - s.missed.length) / Math.max(1, s.labels)).toFixed(3)} (${s.labels - s.missed.length}/${s.labels})
  wrong notes: ${s.fp.map((n) => `${n.claim}/${n.stance} ${JSON.stringify(n.text)}`).join('\n    ') || 'none'}
  missed: ${s.missed.map((l) => `${l.claim}/${l.stance} ${JSON.stringify(l.quote)}`).join('\n    ') || 'none'}`;

/**
 * Precision and recall over the labelled corpus (test/fixtures/corpus): pages written to mirror
 * real ones, each with the mentions a careful reader marks by the ledger's rules. Labels give
 * the text and which occurrence of it on the page, so they do not depend on our offsets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/core/facts/dataset';
import { createDetector, type Mention } from '../../data/core/names/detect';
import { readPageTextNow } from '../../entrypoints/named-page/page-text';

const DIR = resolve(import.meta.dirname, '../fixtures/corpus');
const PRECISION_BAR = 0.97;
const RECALL_BAR = 0.92;

interface Label {
  entity: string;
  text: string;
  occurrence: number;
  variant?: string;
}

const detect = createDetector(dataset);

/** Where the n-th occurrence of a label's text is in our page text (the labeller collapsed whitespace runs). */
function spanOf(text: string, label: Label): [number, number] | null {
  const pattern = label.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t\\n\\r\\f]+');
  const re = new RegExp(pattern, 'g');
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (n++ === label.occurrence) return [m.index, m.index + m[0].length];
    re.lastIndex = m.index + 1; // occurrences may overlap ("Portman" inside "Natalie Portman")
  }
  return null;
}

interface PageScore {
  page: string;
  truePositives: number;
  falsePositives: string[];
  misses: string[];
  unplaced: string[];
}

function scorePage(name: string): PageScore {
  const { document } = parseHTML(readFileSync(resolve(DIR, `${name}.html`), 'utf8'));
  const page = readPageTextNow(document.body);
  const labels = (JSON.parse(readFileSync(resolve(DIR, `${name}.expected.json`), 'utf8')) as { mentions: Label[] }).mentions;
  const found: Mention[] = detect(page);
  const key = (entity: string, s: number, e: number) => `${entity}@${s}-${e}`;
  const expected = new Map<string, Label>();
  const unplaced: string[] = [];
  for (const l of labels) {
    const span = spanOf(page.text, l);
    if (span) expected.set(key(l.entity, span[0], span[1]), l);
    else unplaced.push(`${l.entity} "${l.text}" #${l.occurrence}`);
  }
  let truePositives = 0;
  const falsePositives: string[] = [];
  const context = (s: number, e: number) => JSON.stringify(page.text.slice(Math.max(0, s - 40), e + 40).replace(/\u2029/g, ' ¶ '));
  for (const m of found) {
    const k = key(m.entity, m.start, m.end);
    if (expected.has(k)) {
      truePositives++;
      expected.delete(k);
    } else falsePositives.push(`${m.entity} "${m.text}" in ${context(m.start, m.end)}`);
  }
  const misses = [...expected.entries()].map(([k, l]) => {
    const [s, e] = k.split('@')[1]!.split('-').map(Number) as [number, number];
    return `${l.entity} "${l.text}"${l.variant ? ` (${l.variant})` : ''} in ${context(s, e)}`;
  });
  return { page: name, truePositives, falsePositives, misses, unplaced };
}

const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''))
  .sort();
const scores = pages.map(scorePage);

describe('the labelled corpus', () => {
  it('has pages of every kind, with positives and negatives', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(scores.filter((s) => s.truePositives + s.misses.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  it('places every label on its page', () => {
    expect(scores.flatMap((s) => s.unplaced.map((u) => `${s.page}: ${u}`))).toEqual([]);
  });

  it(`holds precision >= ${PRECISION_BAR} and recall >= ${RECALL_BAR}`, () => {
    const tp = scores.reduce((n, s) => n + s.truePositives, 0);
    const fp = scores.reduce((n, s) => n + s.falsePositives.length, 0);
    const fn = scores.reduce((n, s) => n + s.misses.length, 0);
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const report = [
      `corpus: ${pages.length} pages, ${tp + fn} labelled mentions; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
      ...scores.flatMap((s) => [...s.falsePositives.map((f) => `  FP ${s.page}: ${f}`), ...s.misses.map((m) => `  FN ${s.page}: ${m}`)]),
    ].join('\n');
    console.log(report);
    expect(precision, report).toBeGreaterThanOrEqual(PRECISION_BAR);
    expect(recall, report).toBeGreaterThanOrEqual(RECALL_BAR);
  });
});

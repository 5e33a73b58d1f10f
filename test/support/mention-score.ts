/**
 * Scores name marks against a labelled page (NAME.html with NAME.expected.json beside it, the
 * format of test/fixtures/corpus/README.md): labels give the text and which occurrence of it on
 * the page, so they do not depend on our offsets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Mention } from '../../data/core/names/detect';
import { readPageTextNow } from '../../entrypoints/named-page/page-text';

type PageText = ReturnType<typeof readPageTextNow>;

interface Label {
  entity: string;
  text: string;
  occurrence: number;
  variant?: string;
}

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

export interface PageScore {
  page: string;
  truePositives: number;
  falsePositives: string[];
  misses: string[];
  unplaced: string[];
}

export function scorePage(dir: string, name: string, detect: (page: PageText) => Mention[]): PageScore {
  const { document } = parseHTML(readFileSync(resolve(dir, `${name}.html`), 'utf8'));
  const page = readPageTextNow(document.body);
  const labels = (JSON.parse(readFileSync(resolve(dir, `${name}.expected.json`), 'utf8')) as { mentions: Label[] }).mentions;
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

/** The labelled pages of a folder, by name. */
export const labelledPages = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace('.expected.json', ''))
    .sort();

/** Precision and recall over scored pages, and a report listing every wrong mark and miss. */
export function totals(scores: readonly PageScore[], title: string) {
  const tp = scores.reduce((n, s) => n + s.truePositives, 0);
  const fp = scores.reduce((n, s) => n + s.falsePositives.length, 0);
  const fn = scores.reduce((n, s) => n + s.misses.length, 0);
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const summary = `${title}: ${scores.length} pages, ${tp + fn} labelled mentions; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`;
  const report = [
    summary,
    ...scores.flatMap((s) => [...s.falsePositives.map((f) => `  FP ${s.page}: ${f}`), ...s.misses.map((m) => `  FN ${s.page}: ${m}`)]),
  ].join('\n');
  return { tp, fp, fn, precision, recall, summary, report };
}

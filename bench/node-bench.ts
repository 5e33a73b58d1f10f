/**
 * Part (a): the matcher in Node. One combined regex (ours) against the mark.js way (one
 * regex per alias over the whole text), with the real aliases and with 1,000 and 10,000
 * synthetic ones added, over 1 MB and 10 MB of article-like text; and the full detector.
 *
 * Every measurement has a time budget. A run that would not fit is cut down (fewer
 * repetitions), and one that would not fit even once is timed on a prefix of the text and
 * scaled up by length (matching cost is linear in the text: checked at 10, 30 and 100 KB).
 * The table says which numbers were obtained that way.
 */
import { dataset } from '../data/core/facts/dataset';
import { createDetector } from '../data/core/names/detect';
import { compileMatcher, type MatchableAlias } from '../data/core/names/matcher';
import { articleText, realAliases, syntheticAliases } from './corpus';
import { median } from './stats';

/** At most this long per measurement, so part (a) stays near a minute and a half on a 2-core machine. */
export const NODE_BUDGET_MS = 8_000;
const MAX_REPS = 7;
/** Repetitions on a prefix when not even one run over the whole text fits the budget. */
const PREFIX_REPS = 3;

export interface Timing {
  /** Median milliseconds for the whole text (scaled from a prefix if `prefixChars` is set). */
  ms: number;
  reps: number;
  /** Set when timed on a prefix of this many characters and scaled by length. */
  prefixChars?: number;
  /** What the function returned (a count of matches or mentions), over the text actually read. */
  result: number;
}

function timeOnce(run: (text: string) => number, text: string): { ms: number; result: number } {
  const t0 = performance.now();
  const result = run(text);
  return { ms: performance.now() - t0, result };
}

/** Times `run` over `text` within `budgetMs`: see the module comment. */
export function timeBudgeted(run: (text: string) => number, text: string, budgetMs = NODE_BUDGET_MS): Timing {
  const started = performance.now();
  // Estimate the cost per character on growing prefixes (the first call also warms up the
  // JIT and compiles the regex lazily, so it is not used for the estimate).
  timeOnce(run, text.slice(0, 4096));
  let probe = 4096;
  let probeMs = timeOnce(run, text.slice(0, probe)).ms;
  while (probeMs < 20 && probe < text.length) {
    probe = Math.min(text.length, probe * 4);
    probeMs = timeOnce(run, text.slice(0, probe)).ms;
  }
  const left = Math.max(1000, budgetMs - (performance.now() - started));
  const estimate = (probeMs / probe) * text.length;
  if (estimate <= left) {
    const runs: number[] = [];
    let result = 0;
    const t0 = performance.now();
    while (runs.length < MAX_REPS) {
      const r = timeOnce(run, text);
      runs.push(r.ms);
      result = r.result;
      const spent = performance.now() - t0;
      if (spent + median(runs) > left) break;
    }
    return { ms: median(runs), reps: runs.length, result };
  }
  const prefixChars = Math.max(probe, Math.floor((text.length * left) / PREFIX_REPS / estimate));
  const prefix = text.slice(0, prefixChars);
  const runs: number[] = [];
  let result = 0;
  for (let i = 0; i < PREFIX_REPS; i++) {
    const r = timeOnce(run, prefix);
    runs.push(r.ms);
    result = r.result;
  }
  return { ms: (median(runs) * text.length) / prefixChars, reps: runs.length, prefixChars, result };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The mark.js way: one regex per alias, each run over the whole text. Returns the match count. */
export function perAliasBaseline(aliases: readonly MatchableAlias[]): (text: string) => number {
  const surfaces = [...new Set(aliases.map((a) => a.surface))];
  return (text) => {
    let count = 0;
    for (const s of surfaces) {
      const re = new RegExp(escape(s), 'g');
      for (let m = re.exec(text); m !== null; m = re.exec(text)) count++;
    }
    return count;
  };
}

function timeCompile<T>(make: () => T, reps = 5): { ms: number; value: T } {
  const runs: number[] = [];
  let value = make();
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    value = make();
    runs.push(performance.now() - t0);
  }
  return { ms: median(runs), value };
}

export interface MatcherRow {
  chars: number;
  set: string;
  aliases: number;
  compileMs: number;
  ours: Timing;
  baseline: Timing;
}

export interface DetectorRow {
  chars: number;
  createMs: number;
  detect: Timing;
}

export interface NodeResults {
  sizes: number[];
  namesPerSize: number[];
  matcher: MatcherRow[];
  detector: DetectorRow[];
  budgetMs: number;
}

export const SIZES = [1_000_000, 10_000_000];

export function runNodeBench(log: (line: string) => void = () => {}): NodeResults {
  const real = realAliases();
  const synthetic = syntheticAliases(10_000);
  const sets: Array<[string, MatchableAlias[]]> = [
    ['real', real],
    ['real + 1,000', [...real, ...synthetic.slice(0, 1000)]],
    ['real + 10,000', [...real, ...synthetic]],
  ];
  const surfaces = [...new Set(real.map((a) => a.surface))];
  const matcher: MatcherRow[] = [];
  const detector: DetectorRow[] = [];
  const namesPerSize: number[] = [];
  for (const chars of SIZES) {
    const article = articleText(chars, surfaces, chars);
    namesPerSize.push(article.names);
    for (const [set, aliases] of sets) {
      const compiled = timeCompile(() => compileMatcher(aliases));
      const m = compiled.value;
      const ours = timeBudgeted((t) => m.find(t).length, article.text);
      log(`  ${chars / 1e6} MB, ${set}: ours ${ours.ms.toFixed(1)} ms${ours.prefixChars ? ' (scaled)' : ''}`);
      const baseline = timeBudgeted(perAliasBaseline(aliases), article.text);
      log(`  ${chars / 1e6} MB, ${set}: per-alias baseline ${baseline.ms.toFixed(1)} ms${baseline.prefixChars ? ' (scaled)' : ''}`);
      matcher.push({ chars, set, aliases: aliases.length, compileMs: compiled.ms, ours, baseline });
    }
    const created = timeCompile(() => createDetector(dataset));
    const detect = created.value;
    const timing = timeBudgeted((t) => detect({ text: t, titled: [] }).length, article.text);
    log(`  ${chars / 1e6} MB: createDetector ${timing.ms.toFixed(1)} ms`);
    detector.push({ chars, createMs: created.ms, detect: timing });
  }
  return { sizes: SIZES, namesPerSize, matcher, detector, budgetMs: NODE_BUDGET_MS };
}

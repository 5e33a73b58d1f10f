/**
 * Part (b): a 1 MB article in Chromium. With the extension: how long from navigation start
 * until every mark is made, the longest task meanwhile, and the content script's own
 * main-thread time from a DevTools trace (attributed by script URL). The same page without
 * the extension gives the page's own main-thread time (so the difference is our whole cost,
 * painting included), and mark.js, injected into that page, marks the same alias surfaces.
 */
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { dataset } from '../data/core/facts/dataset';
import { createDetector } from '../data/core/names/detect';
import { readPageTextNow } from '../entrypoints/named-page/page-text';
import { ROOT } from '../scripts/browsers/chromium';
import {
  INSTRUMENTS,
  launchWith,
  launchWithout,
  readRecord,
  waitForMarksToSettle,
  waitUntilPageTime,
  watchMarks,
  type BenchBrowser,
  type PageRecord,
} from './browsers';
import { max, median } from './stats';
import { analyzeTrace, ourCallsBySite, startTrace, type MainThreadReport } from './trace';

/** Page loads per browser: part (b) measures the same page five times more; this part is for the trace. */
const REPS = 2;
/** Trace window after navigation start, ms: long enough for load and scan to finish and go quiet. */
const MIN_WINDOW_MS = 5000;
/** mark.js blocks for seconds on this page: stop repeating once this much time is spent. */
const MARKJS_BUDGET_MS = 12_000;

export interface LoadRun {
  /** Page ms from navigation start until the mark count last changed. */
  marksDoneMs: number;
  marks: number;
  /** Longest `longtask` entry up to marksDoneMs (page's PerformanceObserver), ms. */
  longestLongTaskMs: number;
  trace: MainThreadReport;
}

export interface PageBenchResults {
  textChars: number;
  textNodes: number;
  expectedMarks: number;
  windowMs: number;
  withExt: LoadRun[];
  withoutExt: LoadRun[];
  markjs: Array<{ ms: number; marks: number }>;
  markjsSurfaces: number;
  topCalls: Array<{ site: string; calls: number; totalMs: number; maxMs: number }>;
}

type Events = Awaited<ReturnType<Awaited<ReturnType<typeof startTrace>>['stop']>>;

interface RawLoad {
  rec: PageRecord;
  events: Events;
  done: number;
}

/** Loads `url` in a new tab with tracing on, waits for the marks (if any) and for the window to pass. */
async function tracedLoad(b: BenchBrowser, url: string, expected: number, windowMs: number): Promise<RawLoad> {
  const page = await b.context.newPage();
  try {
    await page.addInitScript(INSTRUMENTS);
    watchMarks(page);
    const cdp = await b.context.newCDPSession(page);
    const tracer = await startTrace(cdp);
    let rec: PageRecord;
    let events: Events;
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      rec = b.scriptUrl ? await waitForMarksToSettle(page, expected) : await readRecord(page);
      await waitUntilPageTime(page, Math.max(windowMs, lastChange(rec) + 1000));
    } finally {
      events = await tracer.stop();
      await cdp.detach().catch(() => {});
    }
    return { rec, events, done: lastChange(rec) };
  } finally {
    await page.close();
  }
}

function lastChange(rec: PageRecord): number {
  return rec.marks.length ? rec.marks[rec.marks.length - 1]![0] : 0;
}

function toRun(raw: RawLoad, url: string, scriptUrl: string, windowMs: number): LoadRun {
  const until = scriptUrl ? raw.done : windowMs;
  return {
    marksDoneMs: raw.done,
    marks: raw.rec.size,
    longestLongTaskMs: max(raw.rec.longTasks.filter(([s]) => s <= until).map(([, d]) => d)),
    trace: analyzeTrace(raw.events, url, scriptUrl, { untilMs: windowMs }),
  };
}

export async function runPageBench(opts: {
  url: string;
  expectedMarks: number;
  textChars: number;
  textNodes: number;
  surfaces: string[];
  log: (s: string) => void;
}): Promise<PageBenchResults> {
  const { url, expectedMarks, log } = opts;
  const withExt: LoadRun[] = [];
  const withoutExt: LoadRun[] = [];
  const markjs: Array<{ ms: number; marks: number }> = [];
  let windowMs = MIN_WINDOW_MS;
  let topCalls: PageBenchResults['topCalls'] = [];

  const ext = await launchWith();
  try {
    const raws: RawLoad[] = [];
    for (let i = 0; i < REPS; i++) {
      const raw = await tracedLoad(ext, url, expectedMarks, windowMs);
      raws.push(raw);
      // A slow scan widens the window for every later load, with and without us.
      windowMs = Math.max(windowMs, Math.ceil(raw.done + 1000));
      log(`  with extension #${i + 1}: ${raw.rec.size}/${expectedMarks} marks at ${raw.done.toFixed(0)} ms`);
    }
    // Every load is counted over the same window, so the page's own work cancels out.
    for (const raw of raws) withExt.push(toRun(raw, url, ext.scriptUrl, windowMs));
    topCalls = ourCallsBySite(raws[raws.length - 1]!.events, ext.scriptUrl);
    for (const r of withExt)
      log(
        `    our JS ${r.trace.ourScriptMs.toFixed(1)} ms, our longest task ${r.trace.ourLongestTaskMs.toFixed(1)} ms, page busy ${r.trace.busyMs.toFixed(0)} ms`,
      );
  } finally {
    await ext.close();
  }

  const plain = await launchWithout();
  try {
    for (let i = 0; i < REPS; i++) {
      const run = toRun(await tracedLoad(plain, url, 0, windowMs), url, '', windowMs);
      withoutExt.push(run);
      log(`  without extension #${i + 1}: main thread busy ${run.trace.busyMs.toFixed(0)} ms`);
    }
    const started = Date.now();
    while (markjs.length < REPS) {
      const page = await plain.context.newPage();
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        await page.addScriptTag({ path: resolve(ROOT, 'node_modules/mark.js/dist/mark.min.js') });
        const options = { separateWordSearch: false, accuracy: 'exactly', caseSensitive: true, diacritics: false };
        // A string, not a function: tsx would wrap a function in a helper the page lacks.
        const r = (await page.evaluate(`new Promise((ok) => {
          const t0 = performance.now();
          new Mark(document.body).mark(${JSON.stringify(opts.surfaces)}, { ...${JSON.stringify(options)}, done: (n) => ok({ ms: performance.now() - t0, marks: n }) });
        })`)) as { ms: number; marks: number };
        markjs.push(r);
        log(`  mark.js #${markjs.length}: ${r.ms.toFixed(0)} ms, ${r.marks} marks`);
      } finally {
        await page.close();
      }
      const spent = Date.now() - started;
      if (spent + median(markjs.map((m) => m.ms)) * 1.5 > MARKJS_BUDGET_MS) break;
    }
  } finally {
    await plain.close();
  }
  return {
    textChars: opts.textChars,
    textNodes: opts.textNodes,
    expectedMarks,
    windowMs,
    withExt,
    withoutExt,
    markjs,
    markjsSurfaces: opts.surfaces.length,
    topCalls,
  };
}

/**
 * The same page read in Node (linkedom) by the extension's own reader and detector: how many
 * marks to expect, and how much of the scan is the detector (pure string work, the same V8).
 */
export function nodeBreakdown(html: string): {
  expectedMarks: number;
  textChars: number;
  textNodes: number;
  readMs: number;
  detectMs: number;
} {
  const { document } = parseHTML(html);
  const detect = createDetector(dataset);
  const reads: number[] = [];
  let page = readPageTextNow(document.body);
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    page = readPageTextNow(document.body);
    reads.push(performance.now() - t0);
  }
  const detects: number[] = [];
  let expectedMarks = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    expectedMarks = detect(page).length;
    detects.push(performance.now() - t0);
  }
  return { expectedMarks, textChars: page.text.length, textNodes: page.nodes.length, readMs: median(reads), detectMs: median(detects) };
}

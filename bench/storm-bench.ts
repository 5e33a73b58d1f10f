/**
 * Part (c): a mutation storm. The page's own script appends paragraphs in batches (10 every
 * 10 ms, 1,000 times: 10,000 paragraphs, every third naming someone) while we watch. Run with
 * and without the extension, each traced: the content script's main-thread time and its
 * share of the storm, the page's whole main-thread time either way, the Performance domain's
 * TaskDuration and ScriptDuration, and whether the marks keep up (lag behind each batch,
 * final count against the names appended, and how long after the last append they settle).
 */
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { dataset } from '../data/core/facts/dataset';
import { createDetector } from '../data/core/names/detect';
import { readPageTextNow } from '../entrypoints/named-page/page-text';
import { INSTRUMENTS, launchWith, launchWithout, pageNow, readRecord, watchMarks, type BenchBrowser, type PageRecord } from './browsers';
import { median } from './stats';
import { analyzeTrace, ourCallsBySite, startTrace, type MainThreadReport } from './trace';
import { STORM } from './pages';

/** After the last append: how long the marks may take to settle before we stop waiting. */
const SETTLE_TIMEOUT_MS = 10_000;
/** The count is settled when it has not changed for this long (the scanner waits 150 ms per burst). */
const QUIET_MS = 1500;

interface StormRecord {
  names: number;
  appended: number;
  batchTimes: number[];
  namesAt: number[];
  lastAppend: number;
  started: number;
  done: boolean;
}

export interface StormRun {
  /** Storm length, first append to last, ms (nominal: batches x interval). */
  stormMs: number;
  appended: number;
  /** Names appended (each one a full name: all should be marked). */
  names: number;
  /** The same page text read in Node by the extension's own reader and detector. */
  nodeExpected: number;
  marks: number;
  /** From the last append until the mark count last changed, ms. */
  backlogMs: number;
  /** For each batch whose names all got marked: how long that took, ms. */
  lagMedianMs: number;
  lagP95Ms: number;
  lagMaxMs: number;
  /** Batches whose names (with all before them) were marked at some point, of `batchCount`. */
  coveredBatches: number;
  batchCount: number;
  /** Into the storm, ms, of the first batch whose names never all got marked (null: none). */
  firstUncoveredMs: number | null;
  /** Window over which main-thread time is counted: storm start to last append + tail (longer if the marks settle later). */
  windowMs: number;
  trace: MainThreadReport;
  /** Performance.getMetrics deltas over the same period, ms. */
  taskMs: number;
  scriptMs: number;
  topCalls: Array<{ site: string; calls: number; totalMs: number; maxMs: number }>;
}

export interface StormResults {
  batches: number;
  perBatch: number;
  intervalMs: number;
  withExt: StormRun;
  withoutExt: StormRun;
}

function firstTimeAtLeast(marks: Array<[number, number]>, n: number): number {
  for (const [t, size] of marks) if (size >= n) return t;
  return Infinity;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
}

async function metrics(cdp: {
  send(m: 'Performance.getMetrics'): Promise<{ metrics: Array<{ name: string; value: number }> }>;
}): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

const storm = (page: Page): Promise<StormRecord> =>
  page.evaluate(
    '({ names: __storm.names, appended: __storm.appended, batchTimes: __storm.batchTimes, namesAt: __storm.namesAt, lastAppend: __storm.lastAppend, started: __storm.started, done: __storm.done })',
  );

export async function runOnce(b: BenchBrowser, url: string, tailMs: number, log: (s: string) => void): Promise<StormRun> {
  const page = await b.context.newPage();
  try {
    await page.addInitScript(INSTRUMENTS);
    watchMarks(page);
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const tracer = await startTrace(cdp);
    let events: Awaited<ReturnType<typeof tracer.stop>> = [];
    let s: StormRecord;
    let rec: PageRecord;
    let m0: Record<string, number>;
    let m1: Record<string, number>;
    let settledAt = 0;
    let tailEnd = 0;
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      // Let the extension finish with the page as loaded before the storm starts.
      await page.waitForTimeout(1000);
      m0 = await metrics(cdp);
      await page.evaluate('__storm.start()');
      const deadline = Date.now() + 60_000;
      do {
        await page.waitForTimeout(200);
        s = await storm(page);
      } while (!s.done && Date.now() < deadline);
      // Wait for the marks to settle (with the extension), then for the common tail.
      const settleDeadline = Date.now() + SETTLE_TIMEOUT_MS;
      for (;;) {
        rec = await readRecord(page);
        const now = await pageNow(page);
        const last = rec.marks.length ? rec.marks[rec.marks.length - 1]![0] : 0;
        if (
          !b.scriptUrl ||
          (rec.size >= s.names && now - last > 300) ||
          now - Math.max(last, s.lastAppend) >= QUIET_MS ||
          Date.now() > settleDeadline
        ) {
          settledAt = now;
          break;
        }
        await page.waitForTimeout(50);
      }
      // Our work may run past the tail: then the window stretches to hold it.
      tailEnd = Math.max(s.lastAppend + tailMs, b.scriptUrl ? settledAt + 500 : 0);
      const now = await pageNow(page);
      if (tailEnd > now) await page.waitForTimeout(tailEnd - now);
      m1 = await metrics(cdp);
      rec = await readRecord(page);
    } finally {
      events = await tracer.stop();
      await cdp.detach().catch(() => {});
    }
    const windowMs = tailEnd - s.started;
    const trace = analyzeTrace(events, url, b.scriptUrl, { fromMs: s.started, untilMs: tailEnd });
    const lastMark = rec.marks.length ? rec.marks[rec.marks.length - 1]![0] : 0;
    // Infinity for a batch whose names were never all marked (counting is cumulative: a mark
    // lost for good leaves every later batch uncovered).
    const allLags = s.batchTimes.map((t, i) => firstTimeAtLeast(rec.marks, s.namesAt[i]!) - t);
    const lags = allLags.filter((x) => Number.isFinite(x));
    const firstUncovered = allLags.findIndex((x) => !Number.isFinite(x));
    // The extension's own reader and detector over the final page, in Node.
    const { document } = parseHTML(await page.content());
    const nodeExpected = createDetector(dataset)(readPageTextNow(document.body)).length;
    log(
      `  ${b.scriptUrl ? 'with' : 'without'} extension: storm ${(s.lastAppend - s.started).toFixed(0)} ms, marks ${rec.size}/${s.names}, settled ${(settledAt - s.lastAppend).toFixed(0)} ms after the last append`,
    );
    return {
      stormMs: s.lastAppend - s.started,
      appended: s.appended,
      names: s.names,
      nodeExpected,
      marks: rec.size,
      backlogMs: b.scriptUrl ? Math.max(0, lastMark - s.lastAppend) : 0,
      lagMedianMs: b.scriptUrl ? median(lags) : 0,
      lagP95Ms: b.scriptUrl ? percentile(lags, 0.95) : 0,
      lagMaxMs: b.scriptUrl && lags.length ? Math.max(...lags) : 0,
      coveredBatches: lags.length,
      batchCount: allLags.length,
      firstUncoveredMs: firstUncovered >= 0 ? s.batchTimes[firstUncovered]! - s.started : null,
      windowMs,
      trace,
      taskMs: (m1.TaskDuration! - m0.TaskDuration!) * 1000,
      scriptMs: (m1.ScriptDuration! - m0.ScriptDuration!) * 1000,
      topCalls: b.scriptUrl ? ourCallsBySite(events, b.scriptUrl) : [],
    };
  } finally {
    await page.close();
  }
}

/** The tail after the last append that both runs count: room for the marks to catch up. */
const TAIL_MS = 3000;

export async function runStormBench(url: string, log: (s: string) => void): Promise<StormResults> {
  const ext = await launchWith();
  let withExt: StormRun;
  try {
    withExt = await runOnce(ext, url, TAIL_MS, log);
  } finally {
    await ext.close();
  }
  // If the marks took longer than the tail, count the same longer tail without us.
  const plain = await launchWithout();
  let withoutExt: StormRun;
  try {
    withoutExt = await runOnce(plain, url, withExt.windowMs - withExt.stormMs, log);
  } finally {
    await plain.close();
  }
  return { batches: STORM.batches, perBatch: STORM.perBatch, intervalMs: STORM.intervalMs, withExt, withoutExt };
}

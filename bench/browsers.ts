/**
 * Browsers for the benchmark: Chromium with the built extension (the test harness's launcher)
 * and the same Chromium without it, with identical flags, plus the in-page instruments both
 * share. Everything here is closed by its caller in a `finally`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath, QUIET_FLAGS } from '../scripts/browsers/chromium-path';
import { launchWithExtension } from '../scripts/browsers/chromium';
import { probeRead } from '../scripts/browsers/probe';

export interface BenchBrowser {
  context: BrowserContext;
  /** The content script's URL prefix, or '' without the extension. */
  scriptUrl: string;
  close(): Promise<void>;
}

const VIEWPORT = { width: 1200, height: 800 };

export async function launchWith(): Promise<BenchBrowser> {
  const ext = await launchWithExtension({ viewport: VIEWPORT });
  // Our scripts on the page: the content script, and named-page.js and first-hover.js once injected.
  return { context: ext.context, scriptUrl: `chrome-extension://${ext.extensionId}/`, close: () => ext.close() };
}

/** The same Chromium, same flags and viewport, no extension. */
export async function launchWithout(): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'context-cards-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: VIEWPORT,
    args: [...QUIET_FLAGS],
  });
  return {
    context,
    scriptUrl: '',
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Runs in the page before its own scripts: records every long task, with page times
 * (milliseconds since navigation start).
 */
export const INSTRUMENTS = `(() => {
  const rec = window.__bench = { longTasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

export interface PageRecord {
  /** [page ms, marks held by the extension] at every change seen. */
  marks: Array<[number, number]>;
  size: number;
  longTasks: Array<[number, number]>;
}

/**
 * Our mark count over time, read from the content script's probe (its isolated world, over
 * CDP) every 100 ms: the highlight registry only holds the marks near the screen. Each read
 * is a script evaluation on the page's main thread (about a millisecond); a page without
 * the extension gets the same evaluation in its own world, so runs with and without us pay
 * alike.
 */
const POLL_MS = 100;
const watchers = new WeakMap<Page, { marks: Array<[number, number]>; size: number; stop: () => void }>();

export function watchMarks(page: Page): void {
  if (watchers.has(page)) return;
  const w = { marks: [] as Array<[number, number]>, size: 0, stop: () => {} };
  let running = true;
  w.stop = () => (running = false);
  watchers.set(page, w);
  void (async () => {
    while (running && !page.isClosed()) {
      const r = await probeRead(page).catch(() => null);
      if (!r) await pageNow(page).catch(() => 0);
      if (r && r.marks !== w.size) {
        w.size = r.marks;
        w.marks.push([r.now, r.marks]);
      }
      await new Promise((ok) => setTimeout(ok, POLL_MS));
    }
  })();
}

// In-page code is passed as strings: tsx (esbuild) would wrap functions in a helper that does
// not exist in the page.
export async function readRecord(page: Page): Promise<PageRecord> {
  watchMarks(page);
  const w = watchers.get(page)!;
  const longTasks = (await page.evaluate('window.__bench.longTasks')) as Array<[number, number]>;
  return { marks: [...w.marks], size: w.size, longTasks };
}

export function pageNow(page: Page): Promise<number> {
  return page.evaluate('performance.now()');
}

/**
 * Waits until the mark count reaches `expected` or stops changing for `quietMs`, whichever
 * comes first, or `timeoutMs` passes. Returns the page's record.
 */
export async function waitForMarksToSettle(page: Page, expected: number, quietMs = 2000, timeoutMs = 30_000): Promise<PageRecord> {
  const started = Date.now();
  for (;;) {
    const r = await readRecord(page);
    const now = await pageNow(page);
    const last = r.marks.length ? r.marks[r.marks.length - 1]![0] : 0;
    if (r.size >= expected && expected > 0) return r;
    if (r.size > 0 && now - last >= quietMs) return r;
    // Nothing marked long after load: the extension is not working on this page; stop waiting.
    if (r.size === 0 && now > 15_000) return r;
    if (Date.now() - started > timeoutMs) return r;
    await page.waitForTimeout(50);
  }
}

/** Waits until the page's clock reads at least `pageMs`. */
export async function waitUntilPageTime(page: Page, pageMs: number): Promise<void> {
  const now = await pageNow(page);
  if (pageMs > now) await page.waitForTimeout(pageMs - now);
}

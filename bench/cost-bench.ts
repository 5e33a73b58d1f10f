/**
 * What a person pays on every page, side by side in one run: no extension, an empty content
 * script, the "floor" (the crudest extension that does the job: one TreeWalker, one combined
 * regex of every alias, a Range per match, one highlight; no context rules, no card) and ours.
 * Each page is loaded several times per variant; after a fixed wait the heap is collected
 * and `Performance.getMetrics` read. Every figure is reported as the variant's extra over no
 * extension, and ours beside the floor's as a ratio.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath, QUIET_FLAGS } from '../scripts/browsers/chromium-path';
import { CARD_INTENT_MARK } from '../entrypoints/named-page/card-controller';
import { BUILD_DIR, HIGHLIGHT_NAME } from '../scripts/browsers/chromium';
import { probeMarks } from '../scripts/browsers/probe';
import { realAliases } from './corpus';
import { median } from './stats';
import { analyzeTrace, startTrace } from './trace';

export const VARIANTS = ['none', 'empty', 'floor', 'ours'] as const;
export type Variant = (typeof VARIANTS)[number];

const VIEWPORT = { width: 1200, height: 800 };

/** The crude extension's content script, generated from the dataset's aliases. */
export function floorScript(surfaces: readonly string[]): string {
  const escaped = [...new Set(surfaces)].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(() => {
  const re = new RegExp('(?<![\\\\p{L}\\\\p{N}])(?:' + ${JSON.stringify(escaped.join('|'))} + ')(?![\\\\p{L}\\\\p{N}])', 'gu');
  const h = new Highlight();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    re.lastIndex = 0;
    for (let m = re.exec(n.data); m; m = re.exec(n.data)) {
      const r = new Range();
      r.setStart(n, m.index);
      r.setEnd(n, m.index + m[0].length);
      h.add(r);
    }
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('::highlight(floor-mention) { text-decoration: underline dotted 2px; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  CSS.highlights.set('floor-mention', h);
})();`;
}

/** Writes the two tiny comparison extensions into `dir`; returns their folders. */
export function buildBaselines(dir: string): { empty: string; floor: string } {
  const make = (name: string, script: string) => {
    const d = join(dir, name);
    mkdirSync(d, { recursive: true });
    const manifest = {
      manifest_version: 3,
      name: `bench ${name}`,
      version: '1.0',
      content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle' }],
    };
    writeFileSync(join(d, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(join(d, 'content.js'), script);
    return d;
  };
  return {
    empty: make('empty', '/* an empty content script */\n'),
    floor: make('floor', floorScript(realAliases().map((a) => a.surface))),
  };
}

export interface VariantBrowser {
  variant: Variant;
  context: BrowserContext;
  /** The content script's URL prefix, for trace attribution ('' for none). */
  scriptUrl: string;
  close(): Promise<void>;
}

export async function launchVariant(variant: Variant, dirs: { empty: string; floor: string }): Promise<VariantBrowser> {
  const profile = mkdtempSync(join(tmpdir(), `context-cards-cost-${variant}-`));
  const ext = variant === 'none' ? null : variant === 'ours' ? BUILD_DIR : dirs[variant];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: VIEWPORT,
    args: [...QUIET_FLAGS, ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : [])],
  });
  let scriptUrl = '';
  if (variant === 'ours') {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    // Our scripts on the page: the content script, and named-page.js and first-hover.js once injected.
    scriptUrl = `chrome-extension://${new URL(worker.url()).host}/`;
  } else if (ext) scriptUrl = 'chrome-extension://';
  return {
    variant,
    context,
    scriptUrl,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface LoadMetrics {
  scriptMs: number;
  taskMs: number;
  heapBytes: number;
}

type Cdp = Awaited<ReturnType<BrowserContext['newCDPSession']>>;

/** The page's totals so far: `Performance.enable` must have been sent before the navigation. */
async function metrics(cdp: Cdp): Promise<LoadMetrics> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const get = (n: string) => list.find((m) => m.name === n)?.value ?? 0;
  return { scriptMs: get('ScriptDuration') * 1000, taskMs: get('TaskDuration') * 1000, heapBytes: get('JSHeapUsedSize') };
}

/** Ours: the marks the extension holds (its probe; only those near the screen are registered). The floor's: its highlight. */
const markCount = (page: Page, v: Variant) =>
  v === 'ours' ? probeMarks(page) : (page.evaluate(`(CSS.highlights.get('floor-mention') || { size: 0 }).size`) as Promise<number>);

export interface BenchPage {
  name: string;
  path: string;
  /** Our marks when done (0 for a page with no mention). */
  expectedMarks: number;
  reps: number;
  /** Page ms after navigation start at which the figures are read. */
  settleMs: number;
}

/** One load: navigate, wait for the page's clock to read `settleMs` (and our marks, if any), collect, measure. */
async function load(b: VariantBrowser, url: string, p: BenchPage): Promise<LoadMetrics & { marks: number }> {
  const page = await b.context.newPage();
  try {
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    const deadline = Date.now() + 20_000;
    for (;;) {
      const now = (await page.evaluate('performance.now()')) as number;
      const marks = b.variant === 'ours' && p.expectedMarks ? await markCount(page, b.variant) : p.expectedMarks;
      if ((now >= p.settleMs && marks >= p.expectedMarks) || Date.now() > deadline) break;
      await page.waitForTimeout(50);
    }
    return { ...(await metrics(cdp)), marks: b.variant === 'none' || b.variant === 'empty' ? 0 : await markCount(page, b.variant) };
  } finally {
    await page.close();
  }
}

export interface PageCost {
  page: BenchPage;
  /** Median figures per variant. */
  medians: Record<Variant, LoadMetrics>;
  marks: Record<Variant, number[]>;
  /** Our longest task and the number of our callbacks after the scan, from one traced load. */
  ourLongestTaskMs: number;
  ourLongestSite: string;
  ourTasksOver16: number;
  /** Our JavaScript events in the quiet window after everything settled: should be none. */
  ourEventsWhenQuiet: number;
  quietWindowMs: [number, number];
}

function medianMetrics(runs: LoadMetrics[]): LoadMetrics {
  return {
    scriptMs: median(runs.map((r) => r.scriptMs)),
    taskMs: median(runs.map((r) => r.taskMs)),
    heapBytes: median(runs.map((r) => r.heapBytes)),
  };
}

/** A traced load with our extension: the longest task of ours, and whether anything of ours still runs once it is quiet. */
async function tracedOurs(
  b: VariantBrowser,
  url: string,
  p: BenchPage,
): Promise<Pick<PageCost, 'ourLongestTaskMs' | 'ourLongestSite' | 'ourTasksOver16' | 'ourEventsWhenQuiet' | 'quietWindowMs'>> {
  const page = await b.context.newPage();
  try {
    const cdp = await b.context.newCDPSession(page);
    const tracer = await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load' });
    const quiet: [number, number] = [p.settleMs + 1000, p.settleMs + 4000];
    await page.waitForFunction(`performance.now() > ${quiet[1]}`, undefined, { timeout: 30_000, polling: 100 });
    const events = await tracer.stop();
    const all = analyzeTrace(events, url, b.scriptUrl);
    const late = analyzeTrace(events, url, b.scriptUrl, { fromMs: quiet[0], untilMs: quiet[1] });
    return {
      ourLongestTaskMs: all.ourLongestTaskMs,
      ourLongestSite: all.ourLongest[0]?.site ?? 'none',
      ourTasksOver16: all.ourTasksOver16,
      ourEventsWhenQuiet: late.ourTasks,
      quietWindowMs: quiet,
    };
  } finally {
    await page.close();
  }
}

export async function runCostBench(
  baseUrl: string,
  pages: readonly BenchPage[],
  log: (s: string) => void,
  variants: readonly Variant[] = VARIANTS,
): Promise<PageCost[]> {
  const dir = mkdtempSync(join(tmpdir(), 'context-cards-baselines-'));
  const dirs = buildBaselines(dir);
  const runs = new Map<string, Record<Variant, Array<LoadMetrics & { marks: number }>>>();
  for (const p of pages) runs.set(p.name, { none: [], empty: [], floor: [], ours: [] });
  const traced = new Map<string, Awaited<ReturnType<typeof tracedOurs>>>();
  // Every variant's browser is open at once and the loads take turns (none, empty, floor,
  // ours, none, ...): this shared machine drifts by tens of percent over a minute, and
  // variants measured one after the other would each meet a different machine.
  const browsers: VariantBrowser[] = [];
  try {
    for (const v of variants) {
      const b = await launchVariant(v, dirs);
      browsers.push(b);
      // A warm-up load, so the first measured one does not pay for starting the renderer and the extension.
      await load(b, `${baseUrl}/${pages[0]!.path}`, { ...pages[0]!, reps: 1 });
    }
    for (const p of pages) {
      for (let i = 0; i < p.reps; i++)
        for (const b of browsers) runs.get(p.name)![b.variant].push(await load(b, `${baseUrl}/${p.path}?v=${b.variant}&i=${i}`, p));
      for (const b of browsers) {
        const m = medianMetrics(runs.get(p.name)![b.variant]);
        log(
          `  ${b.variant.padEnd(5)} ${p.name.padEnd(28)} script ${m.scriptMs.toFixed(1)} ms, tasks ${m.taskMs.toFixed(1)} ms, heap ${(m.heapBytes / 1024).toFixed(0)} kB (${p.reps} loads)`,
        );
      }
      const ours = browsers.find((b) => b.variant === 'ours');
      if (ours) traced.set(p.name, await tracedOurs(ours, `${baseUrl}/${p.path}?traced`, p));
    }
  } finally {
    for (const b of browsers) await b.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return pages.map((p) => {
    const r = runs.get(p.name)!;
    return {
      page: p,
      medians: { none: medianMetrics(r.none), empty: medianMetrics(r.empty), floor: medianMetrics(r.floor), ours: medianMetrics(r.ours) },
      marks: {
        none: r.none.map((x) => x.marks),
        empty: r.empty.map((x) => x.marks),
        floor: r.floor.map((x) => x.marks),
        ours: r.ours.map((x) => x.marks),
      },
      ...traced.get(p.name)!,
    };
  });
}

/** What a variant adds over no extension. */
export function extra(c: PageCost, v: Variant): LoadMetrics {
  const a = c.medians[v];
  const n = c.medians.none;
  return { scriptMs: a.scriptMs - n.scriptMs, taskMs: a.taskMs - n.taskMs, heapBytes: a.heapBytes - n.heapBytes };
}

export interface FirstCard {
  /** Hover delay setting used, and the ms from the intent firing to the dialog's first frame. */
  runs: Array<{ delay: 'normal' | 'instant'; ms: number }>;
}

/** Main-world code: records the frame in which the card's dialog is first on screen. */
const WATCH_FOR_CARD = `(() => {
  window.__cardSeen = null;
  const tick = () => {
    const d = document.querySelector('context-cards-ui')?.shadowRoot?.querySelector('[role="dialog"]');
    if (d && window.__cardSeen === null) window.__cardSeen = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/**
 * The first card on a fresh page: from the hover intent firing (our user-timing mark) to the
 * first frame with the dialog, once with the default dwell (the card's code is fetched while
 * the pointer dwells) and once with "instant" (no dwell: the code is fetched once the page's
 * marks settle, and the hover comes once the first mark is painted, as a reader's would).
 */
export async function runFirstCard(baseUrl: string, path: string, reps: number, log: (s: string) => void): Promise<FirstCard> {
  const dir = mkdtempSync(join(tmpdir(), 'context-cards-firstcard-'));
  const b = await launchVariant('ours', buildBaselines(dir));
  const runs: FirstCard['runs'] = [];
  try {
    const extId = new URL(b.scriptUrl).host;
    for (const delay of ['normal', 'instant'] as const) {
      const probe = await b.context.newPage();
      await probe.goto(`chrome-extension://${extId}/popup.html`);
      await probe.evaluate(
        `chrome.storage.local.set({ settings: { enabled: true, disabledSites: [], hoverDelay: ${JSON.stringify(delay)}, markStyle: 'underline' } })`,
      );
      await probe.close();
      for (let i = 0; i < reps; i++) {
        const page = await b.context.newPage();
        try {
          await page.goto(`${baseUrl}/${path}?card=${delay}${i}`);
          await page.waitForFunction(`(CSS.highlights.get(${JSON.stringify(HIGHLIGHT_NAME)})?.size ?? 0) > 0`, undefined, {
            timeout: 10_000,
          });
          // The first mark on the page: the registry is shared with the page, so its ranges are ours to read.
          const p = (await page.evaluate(`(() => {
            const r = [...CSS.highlights.get(${JSON.stringify(HIGHLIGHT_NAME)})][0];
            r.startContainer.parentElement.scrollIntoView({ block: 'center' });
            const b = r.getClientRects()[0];
            return { x: b.left + Math.min(10, b.width / 2), y: b.top + b.height / 2 };
          })()`)) as { x: number; y: number };
          await page.evaluate(WATCH_FOR_CARD);
          await page.mouse.move(p.x - 30, p.y - 20);
          await page.mouse.move(p.x, p.y, { steps: 3 });
          await page.waitForFunction('window.__cardSeen !== null', undefined, { timeout: 10_000 });
          const ms = (await page.evaluate(
            `window.__cardSeen - performance.getEntriesByName(${JSON.stringify(CARD_INTENT_MARK)}).at(-1).startTime`,
          )) as number;
          runs.push({ delay, ms });
        } finally {
          await page.close();
        }
      }
      log(
        `  first card, ${delay} dwell: median ${median(runs.filter((r) => r.delay === delay).map((r) => r.ms)).toFixed(1)} ms from intent to first frame`,
      );
    }
  } finally {
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { runs };
}

/**
 * What the statement matcher's claim notes cost a named page, side by side with the claim
 * rules alone: the same pages (the labelled claim pages, real-shaped film articles) loaded in
 * turn in two Chromiums, one with the build and one with a copy built without the matcher's
 * notes (WXT_MATCHER_NOTES=off). The page pays for listing its sentences and for reading its
 * claims again when the background's answers arrive; the matching itself runs in the
 * background (its time is measured too, as the extension's service worker's).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { BUILD_DIR, launchWithExtension, mentionsOn, ROOT, type ExtensionBrowser } from '../scripts/browsers/chromium';
import { median, ms, ratio, table } from './stats';
import { MATCH_MEASURE } from '../data/contracts/messages';

export interface NotesRow {
  page: string;
  /** Median script time of the page (ms), with the rules alone and with the matcher's notes. */
  scriptMs: { rules: number; matcher: number };
  taskMs: { rules: number; matcher: number };
  /** Claim notes on the page when settled. */
  notes: { rules: number; matcher: number };
}

export interface NotesResults {
  rows: NotesRow[];
  reps: number;
  /** The background's time matching one page's sentences (median over the pages, ms), warm. */
  backgroundMs: number;
}

const CLAIM_PAGES = resolve(ROOT, 'test/fixtures/claims/heldout4');
/** Long enough for the scan, the background's answer and the second read of the claims. */
const SETTLE_MS = 3000;

/** Builds the copy without the matcher's notes into a temporary folder; returns its Chrome build. */
function buildRulesOnly(dir: string): string {
  execFileSync(process.execPath, [resolve(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, CC_OUT_DIR: dir, WXT_MATCHER_NOTES: 'off' },
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 180_000,
  });
  return join(dir, 'chrome-mv3');
}

async function loadOnce(ext: ExtensionBrowser, url: string): Promise<{ scriptMs: number; taskMs: number; notes: number }> {
  const page: Page = await ext.context.newPage();
  try {
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(`performance.now() > ${SETTLE_MS}`, undefined, { timeout: 30_000, polling: 100 });
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    const get = (n: string) => (metrics.find((m) => m.name === n)?.value ?? 0) * 1000;
    const notes = (await mentionsOn(ext, page.url())).claims.length;
    return { scriptMs: get('ScriptDuration'), taskMs: get('TaskDuration'), notes };
  } finally {
    await page.close();
  }
}

/** The time the background has spent matching pages' sentences so far (ms): its user-timing entries. */
async function backgroundMatchMs(ext: ExtensionBrowser): Promise<number> {
  const worker = ext.context.serviceWorkers()[0];
  if (!worker) return 0;
  return (await worker.evaluate(
    `performance.getEntriesByName(${JSON.stringify(MATCH_MEASURE)}).reduce((s, e) => s + e.duration, 0)`,
  )) as number;
}

export async function runNotesBench(serveDir: string, baseUrl: string, reps: number, log: (s: string) => void): Promise<NotesResults> {
  const pagesDir = join(serveDir, 'claim-pages');
  mkdirSync(pagesDir, { recursive: true });
  const files = readdirSync(CLAIM_PAGES).filter((f) => f.endsWith('.html'));
  for (const f of files) copyFileSync(join(CLAIM_PAGES, f), join(pagesDir, f));
  const buildDir = mkdtempSync(join(tmpdir(), 'context-cards-rules-only-'));
  log("  building a copy without the matcher's notes (WXT_MATCHER_NOTES=off)...");
  const rulesOnly = buildRulesOnly(buildDir);
  const matcher = await launchWithExtension({ buildDir: BUILD_DIR });
  const rules = await launchWithExtension({ buildDir: rulesOnly });
  const rows: NotesRow[] = [];
  const background: number[] = [];
  try {
    // A warm-up load in each, so the first measured one does not pay for starting up (nor the
    // background for compiling the matcher's patterns: that is once per browser session).
    for (const ext of [matcher, rules]) await loadOnce(ext, `${baseUrl}/claim-pages/${files[0]}?warm`);
    for (const f of files) {
      const runs = { rules: [] as Array<Awaited<ReturnType<typeof loadOnce>>>, matcher: [] as Array<Awaited<ReturnType<typeof loadOnce>>> };
      for (let i = 0; i < reps; i++) {
        runs.rules.push(await loadOnce(rules, `${baseUrl}/claim-pages/${f}?rules&i=${i}`));
        const before = await backgroundMatchMs(matcher);
        runs.matcher.push(await loadOnce(matcher, `${baseUrl}/claim-pages/${f}?matcher&i=${i}`));
        background.push((await backgroundMatchMs(matcher)) - before);
      }
      const row: NotesRow = {
        page: f,
        scriptMs: { rules: median(runs.rules.map((r) => r.scriptMs)), matcher: median(runs.matcher.map((r) => r.scriptMs)) },
        taskMs: { rules: median(runs.rules.map((r) => r.taskMs)), matcher: median(runs.matcher.map((r) => r.taskMs)) },
        notes: { rules: median(runs.rules.map((r) => r.notes)), matcher: median(runs.matcher.map((r) => r.notes)) },
      };
      rows.push(row);
      log(
        `  ${f.padEnd(34)} notes ${row.notes.rules} -> ${row.notes.matcher}, script ${row.scriptMs.rules.toFixed(1)} -> ${row.scriptMs.matcher.toFixed(1)} ms, tasks ${row.taskMs.rules.toFixed(1)} -> ${row.taskMs.matcher.toFixed(1)} ms`,
      );
    }
  } finally {
    await matcher.close();
    await rules.close();
    rmSync(buildDir, { recursive: true, force: true });
  }
  return { rows, reps, backgroundMs: median(background) };
}

/** The section of BENCHMARKS.md. */
export function renderNotes(r: NotesResults): string[] {
  const sum = (f: (row: NotesRow) => number) => r.rows.reduce((s, row) => s + f(row), 0);
  const rows = r.rows.map((row) => [
    row.page,
    `${row.notes.rules} / ${row.notes.matcher}`,
    `${ms(row.scriptMs.rules)} / ${ms(row.scriptMs.matcher)}`,
    ratio(row.scriptMs.matcher / row.scriptMs.rules),
    `${ms(row.taskMs.rules)} / ${ms(row.taskMs.matcher)}`,
    ratio(row.taskMs.matcher / row.taskMs.rules),
  ]);
  rows.push([
    '**all pages**',
    `${sum((x) => x.notes.rules)} / ${sum((x) => x.notes.matcher)}`,
    `${ms(sum((x) => x.scriptMs.rules))} / ${ms(sum((x) => x.scriptMs.matcher))}`,
    ratio(sum((x) => x.scriptMs.matcher) / sum((x) => x.scriptMs.rules)),
    `${ms(sum((x) => x.taskMs.rules))} / ${ms(sum((x) => x.taskMs.matcher))}`,
    ratio(sum((x) => x.taskMs.matcher) / sum((x) => x.taskMs.rules)),
  ]);
  return [
    `The ten pages of \`test/fixtures/claims/heldout4/\` (film articles of ten kinds), each loaded ${r.reps} times in turn in a Chromium with the claim rules alone (a copy built with \`WXT_MATCHER_NOTES=off\`) and in one with the build (rules, then the statement matcher's notes); medians, the page's whole script and task time at ${SETTLE_MS / 1000} s. The matcher runs in the background: matching one page's sentences took a median of ${ms(r.backgroundMs)} ms of the service worker's time, off the page's thread.`,
    '',
    table(
      ['page', 'claim notes: rules / with matcher', 'script ms: rules / with matcher', 'ratio', 'tasks ms: rules / with matcher', 'ratio'],
      rows,
    ),
    '',
  ];
}

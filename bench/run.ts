/**
 * `npm run bench`: how fast the extension finds and marks names, against the mark.js way.
 * (a) the matcher and detector in Node; (b) a 1 MB page in Chromium with the built extension,
 * and mark.js on the same page; (c) a mutation storm. Prints the tables and writes
 * BENCHMARKS.md with the machine it ran on. A benchmark, not a test: it asserts nothing and
 * exits 0 whether or not the targets are met (non-zero only if it could not run).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUILD_DIR, ROOT, serveStatic } from '../test/e2e/harness';
import { realAliases } from './corpus';
import { describeMachine } from './machine';
import { runNodeBench } from './node-bench';
import { nodeBreakdown, runPageBench } from './page-bench';
import { runHighlightCost } from './highlight-cost';
import { articlePage, highlightCostPage, stormPage } from './pages';
import { renderReport } from './report';
import { runStormBench } from './storm-bench';

/** A run that takes longer than this has hung somewhere: give up rather than wait forever. */
const WATCHDOG_MS = 10 * 60_000;

const log = (s: string) => console.log(s);

/** What the Chrome build is made from. */
const SOURCES = ['data', 'entrypoints', 'components', 'public', 'wxt.config.ts', 'package.json', 'tsconfig.json'];
const BUILT = ['manifest.json', 'content-scripts/content.js', 'background.js'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/**
 * Builds the extension when the build is missing or older than its sources, so the bench
 * measures the code as it stands (and leaves a fresh build alone: others may be using it).
 */
function build(): void {
  const built = BUILT.map((f) => join(BUILD_DIR, f));
  const stale = built.some((f) => !existsSync(f)) || Math.max(...SOURCES.map((s) => newest(resolve(ROOT, s)))) > Math.min(...built.map((f) => statSync(f).mtimeMs));
  if (!stale) {
    log('the build in .output/chrome-mv3 is newer than the sources: using it');
    return;
  }
  log('building the extension (wxt build)...');
  execFileSync(process.execPath, [resolve(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], timeout: 120_000 });
}

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'data', 'entrypoints', 'components'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${head} (with uncommitted changes to data/, entrypoints/ or components/)` : head;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  build();
  const machine = describeMachine();
  const rev = commit();

  log('\n(a) matcher and detector in Node');
  const node = runNodeBench(log);

  const dir = mkdtempSync(join(tmpdir(), 'context-cards-bench-'));
  const server = await serveStatic(dir);
  try {
    const article = articlePage();
    writeFileSync(join(dir, 'article.html'), article.html);
    writeFileSync(join(dir, 'storm.html'), stormPage());
    const nodePage = nodeBreakdown(article.html);
    writeFileSync(join(dir, 'highlight-cost.html'), highlightCostPage(nodePage.expectedMarks));

    log('\n(b) a 1 MB page in Chromium');
    const page = await runPageBench({
      url: `${server.url}/article.html`,
      expectedMarks: nodePage.expectedMarks,
      textChars: nodePage.textChars,
      textNodes: nodePage.textNodes,
      surfaces: [...new Set(realAliases().map((a) => a.surface))],
      log,
    });

    log('\n(c) mutation storm');
    const storm = await runStormBench(`${server.url}/storm.html`, log);
    log('\n(c) the browser\'s share: highlight ranges while the page changes, no extension');
    const highlightCost = await runHighlightCost(`${server.url}/highlight-cost.html`, [0, nodePage.expectedMarks], log);

    const report = renderReport({ machine, commit: rev, seconds: (performance.now() - started) / 1000, loadAtEnd: Math.round(loadavg()[0]! * 100) / 100, node, page, nodePage, storm, highlightCost });
    writeFileSync(resolve(ROOT, 'BENCHMARKS.md'), report + '\n');
    log('\n' + report);
    log(`\nwrote ${resolve(ROOT, 'BENCHMARKS.md')}`);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const watchdog = setTimeout(() => {
  console.error(`bench: no result after ${WATCHDOG_MS / 60_000} minutes; giving up`);
  process.exit(2);
}, WATCHDOG_MS);
watchdog.unref();

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error('bench failed:', err);
    process.exit(1);
  },
);

/**
 * `npm run lint:firefox`: Mozilla's own linter (`web-ext lint`, the checks addons.mozilla.org
 * runs) over the Firefox build. Fails on any error, and on any warning not explained below.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD = resolve(ROOT, '.output/firefox-mv2');

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Warnings we know and why they stand, each with a test of the code it points at. */
const EXPLAINED: Array<{ code: string; why: string; holds(source: string, at: number): boolean }> = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's renderer, its branch for `dangerouslySetInnerHTML`, which no component of ours uses (test/unit/inert-text.test.tsx holds that)",
    holds: (source, at) =>
      source.slice(Math.max(0, at - 400), at).includes('dangerouslySetInnerHTML') &&
      /\.innerHTML=\w+\.__html/.test(source.slice(at - 2, at + 40)),
  },
];

function lint(): { errors: Finding[]; warnings: Finding[]; notices: Finding[] } {
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [resolve(ROOT, 'node_modules/web-ext/bin/web-ext.js'), 'lint', '--source-dir', BUILD, '--output', 'json', '--no-input'],
      { cwd: ROOT, encoding: 'utf8' },
    );
  } catch (err) {
    // web-ext exits non-zero when it finds errors; its report is still on stdout.
    out = (err as { stdout?: string }).stdout ?? '';
  }
  return JSON.parse(out.slice(out.indexOf('{')));
}

/** Where a finding points, as an offset into its file (line and column are 1-based lines, 0-based columns). */
function offsetOf(source: string, line = 1, column = 0): number {
  let at = 0;
  for (let l = 1; l < line; l++) at = source.indexOf('\n', at) + 1;
  return at + column;
}

const report = lint();
const unexplained = report.warnings.filter((w) => {
  const known = EXPLAINED.find((e) => e.code === w.code);
  if (!known || !w.file) return true;
  const source = readFileSync(resolve(BUILD, w.file), 'utf8');
  return !known.holds(source, offsetOf(source, w.line, w.column));
});
for (const f of report.errors) console.error(`error   ${f.code} ${f.file ?? ''}: ${f.message}`);
for (const f of unexplained) console.error(`warning ${f.code} ${f.file ?? ''}: ${f.message} (not explained)`);
for (const f of report.warnings.filter((w) => !unexplained.includes(w)))
  console.log(`warning ${f.code} ${f.file}: explained: ${EXPLAINED.find((e) => e.code === f.code)!.why}`);
for (const f of report.notices) console.log(`notice  ${f.code} ${f.file ?? ''}: ${f.message}`);
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${unexplained.length} unexplained), ${report.notices.length} notices`,
);
if (report.errors.length || unexplained.length) process.exit(1);

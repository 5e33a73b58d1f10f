/**
 * Each page-side bundle has a size budget the build enforces, measured gzip -9 as a store or a
 * CDN would serve it (Wikimedia's Page Previews holds its modules to budgets the same way, in
 * bundlesize.config.json). The every-page script's is the one that matters most: every page a
 * person opens pays for it. The later two are set a little above their size when budgets
 * began, so that growth is a decision, not a drift. docs/architecture.md's table repeats them;
 * a test holds the two together.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EVERY_PAGE_SCRIPT, FIRST_HOVER_SCRIPT, NAMED_PAGE_SCRIPT, NOTE_MODEL_FILE } from '../data/contracts/bundles';

export const CONTENT_SCRIPT_BUDGET_BYTES = 20 * 1024;

/** Built file (from the build's root) to its budget in gzip bytes. */
export const BUNDLE_BUDGETS: ReadonlyMap<string, number> = new Map([
  [EVERY_PAGE_SCRIPT, CONTENT_SCRIPT_BUDGET_BYTES],
  // 25.7 kB when budgets began (2026-12-06); 32 kB once the context rules learnt five more
  // languages' words and the German genitive (30.1 kB; 27.6 kB in English alone).
  [NAMED_PAGE_SCRIPT, 32 * 1024],
  // 35.8 kB when budgets began (2026-12-06); 40 kB once the card spoke six languages (38.7 kB:
  // the translator and its Intl formats, the language switch; the words come from the background).
  [FIRST_HOVER_SCRIPT, 40 * 1024],
]);

export interface SizeCheck {
  file: string;
  raw: number;
  gzip: number;
  budget: number;
  ok: boolean;
}

export function checkSize(file: string, budget = CONTENT_SCRIPT_BUDGET_BYTES): SizeCheck {
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  return { file, raw: bytes.length, gzip, budget, ok: gzip <= budget };
}

export const describeSize = (c: SizeCheck) =>
  `${c.file}: ${(c.gzip / 1024).toFixed(1)} kB gzip (${(c.raw / 1024).toFixed(1)} kB raw), budget ${(c.budget / 1024).toFixed(0)} kB: ${c.ok ? 'within' : 'OVER'}`;

/**
 * Files of the extension that no page loads, with budgets of their own: the learned note model,
 * which the background reads the first time a page's sentences come (199 kB gzip when it began,
 * 2026-12-06; what each sentence of training text adds to it is a decision, not a drift).
 */
export const FILE_BUDGETS: ReadonlyMap<string, number> = new Map([[NOTE_MODEL_FILE, 256 * 1024]]);

/** Every page-side bundle of a build, then every budgeted file, checked against its budget. */
export const checkBundles = (outDir: string): SizeCheck[] =>
  [...BUNDLE_BUDGETS, ...FILE_BUDGETS].map(([file, budget]) => ({ ...checkSize(resolve(outDir, file), budget), file }));

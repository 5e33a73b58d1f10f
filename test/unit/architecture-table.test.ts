/**
 * docs/architecture.md's "What loads when" table is the build's truth: its folders are the
 * entrypoints WXT builds each bundle from, its built files are the names the background
 * injects, its budgets are the ones the build enforces, and each bundle's modules (followed
 * from its entry through every import) live where the table and the map say.
 * test/e2e/build.e2e.ts checks the built files themselves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVERY_PAGE_SCRIPT, FIRST_HOVER_SCRIPT, NAMED_PAGE_SCRIPT } from '../../data/contracts/bundles';
import { BUNDLE_BUDGETS } from '../../scripts/size-budget';
import { stageTable } from '../support/stage-table';

const ROOT = resolve(import.meta.dirname, '../..');

/** The file WXT builds from an entrypoint folder (its naming rules: `x.content/` is a content script). */
const builtName = (folder: string) => {
  const name = folder.replace(/^entrypoints\//, '').replace(/\/$/, '');
  return name.endsWith('.content') ? `content-scripts/${name.slice(0, -'.content'.length)}.js` : `${name}.js`;
};

/** Every project file a bundle built from `entry` can hold: reachable through value imports (`import type` is erased). */
function reach(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    if (!/\.tsx?$/.test(f)) continue;
    const text = readFileSync(join(ROOT, f), 'utf8');
    for (const m of text.matchAll(/^(?:import|export)(?! type\b)[^;]*?(?:from\s*)?'(\.{1,2}\/[^']+)'/gms)) {
      const base = join(dirname(f), m[1]!);
      const hit = ['', '.ts', '.tsx', '/index.ts'].map((e) => base + e).find((p) => /\.\w+$/.test(p) && existsSync(join(ROOT, p)));
      if (!hit) throw new Error(`${f}: cannot resolve ${m[1]}`);
      todo.push(hit);
    }
  }
  return seen;
}

const table = stageTable(readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8'));

describe("docs/architecture.md's table of what loads when", () => {
  it('has the three stages in load order, with the built files the extension uses', () => {
    expect(table.map((r) => r.stage)).toEqual(['lookout', 'marker', 'card']);
    expect(table.map((r) => r.built)).toEqual([EVERY_PAGE_SCRIPT, NAMED_PAGE_SCRIPT, FIRST_HOVER_SCRIPT]);
  });

  it.each(table)('$stage: its folder is the entrypoint WXT builds $built from', (row) => {
    expect(existsSync(join(ROOT, row.folder, 'index.ts')), `${row.folder}index.ts`).toBe(true);
    expect(builtName(row.folder)).toBe(row.built);
  });

  it.each(table)('$stage: its budget is the one the build enforces', (row) => {
    expect(BUNDLE_BUDGETS.get(row.built)).toBe(row.budgetKb * 1024);
  });

  it.each(table)('$stage: every module it is built from lives in its folder, in-page/, data/ or components/', (row) => {
    const others = table.filter((r) => r !== row).map((r) => r.folder);
    const modules = [...reach(`${row.folder}index.ts`)];
    const misplaced = modules.filter(
      (f) =>
        !f.startsWith(row.folder) &&
        !f.startsWith('entrypoints/in-page/') &&
        !f.startsWith('data/') &&
        !(row.stage === 'card' && f.startsWith('components/')),
    );
    expect(misplaced).toEqual([]);
    expect(modules.filter((f) => others.some((o) => f.startsWith(o)))).toEqual([]);
    // The stage's own folder holds nothing that the bundle does not use.
    expect(modules.length).toBeGreaterThan(1);
  });

  it('keeps what every page loads from the card, the claim rules and the dataset', () => {
    const everyPage = reach(`${table[0]!.folder}index.ts`);
    for (const f of [
      'data/generated/dataset.json',
      'data/generated/detection.json',
      'data/film/claim-rules.ts',
      'data/core/claims/claims.ts',
    ]) {
      expect(everyPage.has(f), f).toBe(false);
    }
  });
});

/**
 * The built extension against docs/architecture.md's table of what loads when: the manifest
 * puts only the every-page script on pages; the later stages exist as files the background
 * injects, are not web-accessible (a page cannot probe for them), and each bundle is within
 * the budget the table gives it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVERY_PAGE_SCRIPT } from '../../data/contracts/bundles';
import { BUILD_DIR } from '../../scripts/browsers/chromium';
import { checkSize } from '../../scripts/size-budget';
import { stageTable } from '../support/stage-table';

const table = stageTable(readFileSync(resolve(import.meta.dirname, '../../docs/architecture.md'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(BUILD_DIR, 'manifest.json'), 'utf8')) as {
  content_scripts: Array<{ js: string[] }>;
  web_accessible_resources?: unknown[];
};

describe('the Chrome build, against the table of what loads when', () => {
  it('puts only the every-page script on every page', () => {
    expect(manifest.content_scripts.flatMap((c) => c.js)).toEqual([EVERY_PAGE_SCRIPT]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it.each(table)('$built ($stage) is built, within its $budgetKb kB budget', (row) => {
    const file = join(BUILD_DIR, row.built);
    expect(existsSync(file), file).toBe(true);
    const size = checkSize(file, row.budgetKb * 1024);
    expect(size.gzip, `${row.built}: ${size.gzip} bytes gzip`).toBeLessThanOrEqual(row.budgetKb * 1024);
  });
});

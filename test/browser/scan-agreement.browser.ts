/**
 * The scan command and the extension agree on every fixture, in each browser: the same
 * entities, the same texts, in the same order. Both run the same detection code; this proves
 * the page reading (linkedom in Node, the real DOM in Chromium and in Firefox) gives them the
 * same text.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, ROOT, serveStatic, type StaticServer } from '../../scripts/browsers/chromium';
import type { Driver } from '../../scripts/browsers/driver';
import { BROWSER, launchDriver } from './launch';

/** Pages whose own script changes what may be read, which only a browser runs. */
const SCRIPTED = new Set([
  // Puts the whole document in design mode: editable, so the browser marks nothing in it.
  'design-mode.html',
]);

const files = [
  ...readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.html') && !SCRIPTED.has(f)),
  ...readdirSync(resolve(FIXTURES_DIR, 'corpus'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `corpus/${f}`),
];

let driver: Driver;
let server: StaticServer;
let cli: Map<string, string[]>;

beforeAll(async () => {
  const out = execFileSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/scan.ts', ...files.map((f) => `test/fixtures/${f}`)],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const parsed = JSON.parse(out) as Array<{ file: string; mentions: Array<{ entity: string; text: string }> }>;
  cli = new Map(parsed.map((r) => [r.file.replace('test/fixtures/', ''), r.mentions.map((m) => `${m.entity}: ${m.text}`)]));
  server = await serveStatic(FIXTURES_DIR);
  driver = await launchDriver();
});
afterAll(async () => {
  await driver?.close();
  await server?.close();
});

describe(`scan command and extension (${BROWSER})`, () => {
  it.each(files)('agree on %s', async (file) => {
    const url = `${server.url}/${file}`;
    const tab = await driver.open(url);
    // The content script answers once its scan is done.
    const { found } = await driver.mentionsOn(url);
    await tab.close();
    expect(found.mentions.map((m) => `${m.entity}: ${m.text}`)).toEqual(cli.get(file));
  });
});

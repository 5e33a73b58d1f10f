/**
 * Installed, then updated, while a page is open. Firefox runs the manifest's content script in
 * open pages itself at both (the background injects only in Chrome), and on an update shuts
 * the old copy down: the page ends up with one copy, marked once, one card.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, serveStatic, type StaticServer } from '../../scripts/browsers/chromium';
import {
  CARD,
  FIREFOX_BUILD,
  hoverText,
  launchFirefox,
  mentionsOn,
  openPage,
  paintedCount,
  until,
  type FirefoxExtension,
} from '../../scripts/browsers/firefox';

let ff: FirefoxExtension;
let server: StaticServer;
let copy: string;
const errors: string[] = [];

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'context-cards-ff-build-'));
  cpSync(FIREFOX_BUILD, copy, { recursive: true });
  server = await serveStatic(FIXTURES_DIR);
  ff = await launchFirefox({ installed: false });
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('Firefox: installed and updated over an open page', () => {
  let page: Page;
  let count = 0;
  const url = () => `${server.url}/news-article.html`;

  it('a page open before the install is marked once the add-on arrives', async () => {
    page = await openPage(ff, url());
    page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
    await page.waitForFunction(() => document.readyState === 'complete');
    expect(await paintedCount(page)).toBe(0);
    await ff.install(copy);
    await until(async () => (await paintedCount(page)) > 0, 'marks painted after the install');
    count = (await mentionsOn(ff, url())).found.mentions.length;
    expect(count).toBeGreaterThanOrEqual(15);
  });

  it('after an update the page keeps its marks, once, and one card opens', async () => {
    const file = join(copy, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
    manifest.version = '0.1.1';
    writeFileSync(file, JSON.stringify(manifest));
    await ff.install(copy);
    await until(
      async () => (await mentionsOn(ff, url()).catch(() => null))?.found.mentions.length === count,
      'the new copy answering with the same mentions',
    );
    expect(await paintedCount(page)).toBeGreaterThan(0);
    await hoverText(page, 'Lena Dunham');
    await page.waitForSelector(CARD, { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 800));
    expect((await page.$$(CARD)).length).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('context-cards-ui').length)).toBe(1);
    expect(await page.$eval(CARD, (el) => el.textContent ?? '')).toContain('Lena Dunham');
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});

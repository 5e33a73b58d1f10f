/**
 * The extension updated (or reloaded) while pages are open, as a person's browser does it: the
 * unpacked extension is loaded again, with a new version, over the DevTools protocol's
 * Extensions.loadUnpacked (chrome.runtime.reload() would unload an unpacked extension in
 * headless Chromium, not reload it). Chrome leaves the old content script running, cut off from
 * the extension, and injects the new one nowhere on its own: the background does that.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUILD_DIR,
  FIXTURES_DIR,
  hoverText,
  launchWithExtension,
  markCount,
  serveStatic,
  waitForMarks,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browsers/chromium';
import { probeEachWorld } from '../../scripts/browsers/probe';

let ext: ExtensionBrowser;
let server: StaticServer;
let copy: string;
let cdp: CDPSession;

/** Writes a new version into the copy and loads it again: what an update brings. */
async function update(version: string): Promise<void> {
  const file = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
  manifest.version = version;
  writeFileSync(file, JSON.stringify(manifest));
  await cdp.send('Extensions.loadUnpacked', { path: copy });
  const running = async () => {
    for (const worker of ext.context.serviceWorkers()) {
      // A worker the update stopped may never answer.
      const asked = worker.evaluate(
        () =>
          (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version,
      );
      const v = await Promise.race([asked, new Promise<null>((r) => setTimeout(() => r(null), 1000))]).catch(() => null);
      if (v === version) return true;
    }
    return false;
  };
  await expect.poll(running, { timeout: 10_000 }).toBe(true);
}

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'context-cards-build-'));
  cpSync(BUILD_DIR, copy, { recursive: true });
  server = await serveStatic(FIXTURES_DIR);
  ext = await launchWithExtension({ buildDir: copy, args: ['--enable-unsafe-extension-debugging'] });
  cdp = await ext.context.browser()!.newBrowserCDPSession();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('an update while pages are open', () => {
  it('the old copy steps aside and the new one marks the page once, with a working card', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/news-article.html`);
    const before = await waitForMarks(page);
    await update('0.1.1');
    // Two worlds now: the old extension's, cut off, and the new one's. One of them marks.
    await expect.poll(async () => (await probeEachWorld(page)).length, { timeout: 10_000 }).toBe(2);
    await expect.poll(async () => (await probeEachWorld(page)).map((w) => w.marks).sort(), { timeout: 10_000 }).toEqual([0, before]);
    expect(await markCount(page)).toBe(before);
    expect(await page.evaluate(() => CSS.highlights.get('context-cards-mention')?.size ?? 0)).toBeGreaterThan(0);
    // The card comes from the new extension: the old one can no longer reach its own files.
    await hoverText(page, 'Lena Dunham');
    await expect.poll(() => page.locator('[role="dialog"]').count(), { timeout: 3000 }).toBe(1);
    await page.waitForTimeout(800);
    expect(await page.locator('[role="dialog"]').count()).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('context-cards-ui').length)).toBe(1);
    await page.close();
  });

  it('a page with no mention gets the new copy too, and a second update leaves one copy marking', async () => {
    const quiet = await ext.context.newPage();
    await quiet.goto(`${server.url}/health-column.html`);
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/news-article.html`);
    const before = await waitForMarks(page);
    await update('0.1.2');
    await expect.poll(async () => (await probeEachWorld(quiet)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await expect.poll(async () => (await probeEachWorld(page)).filter((w) => w.marks > 0).length, { timeout: 10_000 }).toBe(1);
    expect(await markCount(page)).toBe(before);
    await hoverText(page, 'Natalie Portman');
    await expect.poll(() => page.locator('[role="dialog"]').count(), { timeout: 3000 }).toBe(1);
    await quiet.close();
    await page.close();
  });
});

describe('the extension removed while pages are open', () => {
  it('the copy left behind takes its marks away when a name is hovered, and opens nothing', async () => {
    // The protocol removes only what it loaded itself.
    await update('0.1.3');
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/news-article.html`);
    await waitForMarks(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await cdp.send('Extensions.uninstall', { id: ext.extensionId });
    // Chrome removes nothing from an open page: the marks stay until the copy notices.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => CSS.highlights.get('context-cards-mention')?.size ?? 0)).toBeGreaterThan(0);
    await hoverText(page, 'Lena Dunham');
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('context-cards-mention')?.size ?? 0), { timeout: 3000 }).toBe(0);
    await page.waitForTimeout(800);
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
    expect(await markCount(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

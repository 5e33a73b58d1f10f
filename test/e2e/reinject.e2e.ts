/**
 * More than one copy of the content script in a tab (what an update or a second injection
 * brings): each newer copy tells the older to step aside (WXT's context invalidation), even
 * one still starting, so the page ends up marked once, with one card. Two copies are injected
 * back to back into a page the manifest's copy already marks: the first of them is told to
 * step aside while it is still reading the settings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVERY_PAGE_SCRIPT } from '../../data/contracts/bundles';
import {
  FIXTURES_DIR,
  hoverText,
  inExtension,
  launchWithExtension,
  markCount,
  serveStatic,
  tabIdOf,
  waitForMarks,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browsers/chromium';

let ext: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(FIXTURES_DIR);
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('copies of the content script stepping aside', () => {
  it('two more copies injected into a marked tab: marked once, one card', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/news-article.html`);
    const before = await waitForMarks(page);
    const tab = await tabIdOf(ext, page.url());
    await inExtension(
      ext,
      ({ tabId, file }) => {
        const scripting = (globalThis as unknown as { chrome: { scripting: { executeScript(o: object): Promise<unknown> } } }).chrome
          .scripting;
        const inject = () => scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
        // Not awaited one by one: the second arrives while the first is still starting.
        return Promise.all([inject(), inject()]);
      },
      { tabId: tab, file: `/${EVERY_PAGE_SCRIPT}` },
    );
    await expect.poll(() => markCount(page), { timeout: 5000 }).toBe(before);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('context-cards-mention')?.size ?? 0), { timeout: 5000 })
      .toBeGreaterThan(0);
    await hoverText(page, 'Lena Dunham');
    await expect.poll(() => page.locator('[role="dialog"]').count(), { timeout: 3000 }).toBeGreaterThan(0);
    await page.waitForTimeout(800);
    expect(await page.locator('[role="dialog"]').count()).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('context-cards-ui').length)).toBe(1);
    await page.close();
  });
});

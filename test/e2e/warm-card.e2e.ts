/**
 * The card's code is not on the page until a card is wanted (the dwell's start, a tap, the
 * keyboard), except with "instant" cards: the pointer then gives it no time to arrive, so it
 * comes once the page's marks have settled. The code only: no card UI is added to the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURES_DIR,
  hoverText,
  launchWithExtension,
  serveStatic,
  storeSettings,
  waitForMarks,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browsers/chromium';
import { cardCodeLoaded } from '../../scripts/browsers/probe';

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

const settings = (hoverDelay: string) => ({ enabled: true, disabledSites: [], hoverDelay, markStyle: 'underline' });

describe('the card’s code, fetched ahead only for instant cards', () => {
  it('with the default dwell, comes at the first hover, not before', async () => {
    await storeSettings(ext, settings('normal'));
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/news-article.html`);
    await waitForMarks(page);
    await page.waitForTimeout(1500);
    expect(await cardCodeLoaded(page)).toBe(false);
    await hoverText(page, 'Lena Dunham');
    await expect.poll(() => cardCodeLoaded(page), { timeout: 5000 }).toBe(true);
    await page.close();
  });

  it('with instant cards, is there before any hover, and the page holds no card yet', async () => {
    await storeSettings(ext, settings('instant'));
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/news-article.html`);
    await waitForMarks(page);
    await expect.poll(() => cardCodeLoaded(page), { timeout: 5000 }).toBe(true);
    expect(await page.evaluate(() => document.querySelectorAll('context-cards-ui').length)).toBe(0);
    await hoverText(page, 'Lena Dunham');
    await expect.poll(() => page.locator('[role="dialog"]').count(), { timeout: 3000 }).toBe(1);
    await page.close();
  });

  it('a page that names nobody gets no card code, even with instant cards', async () => {
    await storeSettings(ext, settings('instant'));
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/health-column.html`);
    await page.waitForTimeout(2000);
    expect(await cardCodeLoaded(page)).toBe(false);
    await page.close();
  });
});

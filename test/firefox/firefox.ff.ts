/**
 * The extension as a Firefox user meets it: Debian's firefox-esr with the MV2 build installed,
 * driven over WebDriver BiDi. The browser tests that matter most, again: marks, the hover card
 * and Escape, the keyboard command's path, the popup's list and per-site switch, precision on
 * a health column, and hostile pages (a strict CSP, a React app re-rendering, input stopped at
 * the window, a body swapped or a document rewritten, a card removed from <html>).
 */
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReactFixture } from '../e2e/react-fixture';
import { ARTIFACTS_DIR, FIXTURES_DIR, serveStatic, strictCspFor, type StaticServer } from '../../scripts/browsers/chromium';
import {
  CARD,
  hoverText,
  launchFirefox,
  mentionsOn,
  openExtensionPage,
  openPage,
  paintedCount,
  until,
  type FirefoxExtension,
} from '../../scripts/browsers/firefox';

let ff: FirefoxExtension;
let server: StaticServer;
const errors: string[] = [];

beforeAll(async () => {
  await buildReactFixture();
  server = await serveStatic(FIXTURES_DIR, (path): Record<string, string> =>
    path === '/csp-strict.html' ? { 'content-security-policy': strictCspFor(resolve(FIXTURES_DIR, 'csp-strict.html')) } : {},
  );
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await openPage(ff, `${server.url}/${path}`);
  page.on('pageerror', (e) => {
    const message = e instanceof Error ? e.message : String(e);
    // Firefox asks for /favicon.ico itself and reports the strict page's CSP refusing it.
    if (!message.includes('/favicon.ico')) errors.push(`${path}: ${message}`);
  });
  return page;
}

const cardText = (page: Page) => page.$eval(CARD, (el) => el.textContent ?? '');

describe('Firefox (firefox-esr, MV2 build)', () => {
  let article: Page;
  const articleUrl = () => `${server.url}/news-article.html`;

  it('marks the film article: painted on screen, every mention known to the content script', async () => {
    article = await open('news-article.html');
    await until(async () => (await paintedCount(article)) > 0, 'marks painted');
    const { found } = await mentionsOn(ff, articleUrl());
    expect(found.on).toBe(true);
    expect(found.mentions.length).toBeGreaterThanOrEqual(15);
    expect(found.mentions.map((m) => m.text)).toContain('Natalie Portman');
  });

  it('opens the card on a dwell over a name, with her role and sourced facts, and Escape closes it', async () => {
    await hoverText(article, 'Natalie Portman', 1);
    await article.waitForSelector(CARD, { timeout: 5000 });
    const text = await cardText(article);
    expect(text).toContain('Natalie Portman');
    expect(text).toContain('plays Ally');
    expect(text).toContain('Confirmed');
    await new Promise((r) => setTimeout(r, 300)); // past the entry animation
    await article.screenshot({ path: resolve(ARTIFACTS_DIR, 'firefox-card.png') });
    await article.keyboard.press('Escape');
    await until(async () => (await article.$(CARD)) === null, 'the card to close');
  });

  it("the keyboard command's message opens the first mention's card", async () => {
    // Synthesised keys do not reach Firefox's shortcut handling: this sends what the background
    // sends on the command, from an extension page, to the article's tab.
    const { tabId } = await mentionsOn(ff, articleUrl());
    const probe = await openExtensionPage(ff, 'popup.html', 'body *');
    await probe.evaluate(
      (id) =>
        (globalThis as unknown as { browser: { tabs: { sendMessage(t: number, m: object): Promise<unknown> } } }).browser.tabs.sendMessage(
          id,
          { type: 'context-cards:next-mention' },
        ),
      tabId,
    );
    await probe.close();
    await article.bringToFront();
    await article.waitForSelector(CARD, { timeout: 5000 });
    expect(await cardText(article)).toContain('Natalie Portman');
    await article.keyboard.press('Escape');
    await until(async () => (await article.$(CARD)) === null, 'the card to close');
  });

  it("the popup lists the page's mentions, and its switch turns this site off and on again", async () => {
    const { tabId } = await mentionsOn(ff, articleUrl());
    const popup = await openExtensionPage(ff, `popup.html?tab=${tabId}`, 'section[aria-labelledby="cc-page-title"] li');
    const section = await popup.$eval('section[aria-labelledby="cc-page-title"]', (el) => el.textContent ?? '');
    expect(section).toContain('Natalie Portman');
    expect(section).toContain('Lena Dunham');
    await popup.screenshot({ path: resolve(ARTIFACTS_DIR, 'firefox-popup.png') });
    const site = '[role="switch"][aria-label*="this site"]';
    await popup.click(site);
    await until(async () => (await paintedCount(article)) === 0, 'the marks to go');
    expect((await mentionsOn(ff, articleUrl())).found.on).toBe(false);
    await popup.click(site);
    await until(async () => (await paintedCount(article)) > 0, 'the marks to come back');
    await popup.close();
  });

  it('leaves a health column\'s "good sex" alone: nothing marked, nothing listed', async () => {
    const page = await open('health-column.html');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await paintedCount(page)).toBe(0);
    expect((await mentionsOn(ff, `${server.url}/health-column.html`)).found.mentions).toEqual([]);
    await page.close();
  });

  it('a page with a strict Content-Security-Policy is marked and gets cards, its own script still runs', async () => {
    const page = await open('csp-strict.html');
    expect(await page.$eval('#status', (el) => el.textContent)).toBe('The page script ran under its hash.');
    await until(async () => (await paintedCount(page)) > 0, 'marks painted');
    await hoverText(page, 'Tucker Pillsbury');
    await page.waitForSelector(CARD, { timeout: 5000 });
    expect(await cardText(page)).toContain('Tucker Pillsbury');
    const bg = await page.$eval(CARD, (el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)'); // our styles applied despite style-src
    await page.close();
  });

  it('a React app that re-renders every 100 ms keeps working, its text untouched, its names marked', async () => {
    const page = await open('react-app/dist/index.html');
    await new Promise((r) => setTimeout(r, 2500));
    const state = await page.evaluate(() => ({
      renders: (window as unknown as { __renders: number }).__renders,
      textErrors: (window as unknown as { __textErrors: string[] }).__textErrors,
      spans: document.querySelectorAll('#root span, #root mark').length,
    }));
    expect(state.renders).toBeGreaterThan(15);
    expect(state.textErrors).toEqual([]);
    expect(state.spans).toBe(0);
    await hoverText(page, 'Mark Ruffalo');
    await page.waitForSelector(CARD, { timeout: 5000 });
    expect(await cardText(page)).toContain('Mark Ruffalo');
    await page.close();
  });

  it('a page that stops pointer and key events at the window still gets cards, and Escape', async () => {
    const page = await open('input-blocker.html');
    await until(async () => (await paintedCount(page)) > 0, 'marks painted');
    await hoverText(page, 'Mark Ruffalo');
    await page.waitForSelector(CARD, { timeout: 5000 });
    expect(await cardText(page)).toContain('Mark Ruffalo');
    await page.keyboard.press('Escape');
    await until(async () => (await page.$(CARD)) === null, 'the card to close');
    expect(await page.evaluate('window.stoppedByPage')).toBeGreaterThan(5);
    await page.close();
  });

  it('a page that swaps in a new <body>, or writes a new document over itself, is marked again and gets cards', async () => {
    for (const [how, name] of [
      ['navigateBySwap()', 'Mark Ruffalo'],
      ['navigateByWrite()', 'Rashida Jones'],
    ] as const) {
      const page = await open('replaced-body.html');
      await until(async () => (await paintedCount(page)) > 0, 'marks painted');
      await page.evaluate(how);
      await until(
        async () => (await mentionsOn(ff, page.url())).found.mentions.some((m) => m.text === name),
        `${name} marked after ${how}`,
      );
      await hoverText(page, name);
      await page.waitForSelector(CARD, { timeout: 5000 });
      expect(await cardText(page)).toContain(name);
      await page.close();
    }
  });

  it('a page that removes what is appended to <html> cannot keep the card away', async () => {
    const page = await open('anti-tamper.html');
    await until(async () => (await paintedCount(page)) > 0, 'marks painted');
    for (const name of ['Natalie Portman', 'Mark Ruffalo']) {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await hoverText(page, name);
      await until(async () => (await page.$(CARD)) !== null && (await cardText(page)).includes(name), `the card for ${name}`);
    }
    expect(await page.evaluate('window.removedByPage')).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it("marks a page's claims apart from its names, and a claim's note shows both sides of the dispute", async () => {
    const page = await open('claims-page.html');
    await until(async () => (await paintedCount(page)) > 0, 'marks painted');
    const { found } = await mentionsOn(ff, `${server.url}/claims-page.html`);
    expect(found.claims.map((c) => c.claim)).toEqual(['C20', 'C22', 'C37', 'C38', 'C42']);
    await until(
      async () =>
        (await page.evaluate(
          () => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('context-cards-claim')?.size ?? 0,
        )) === 4,
      'claims painted',
    );
    await hoverText(page, 'age-gap romance');
    await page.waitForSelector(CARD, { timeout: 5000 });
    expect(await page.$eval(CARD, (el) => el.getAttribute('aria-label'))).toBe('Note: Sources disagree here');
    const text = await cardText(page);
    expect(text).toContain('Rashida Jones plays Ally');
    expect(text).toContain('Lena Dunham herself plays');
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'firefox-claim-note.png') });
    await page.keyboard.press('Escape');
    await until(async () => (await page.$(CARD)) === null, 'the note to close');
    await page.close();
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});

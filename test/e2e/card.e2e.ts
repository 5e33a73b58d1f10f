/**
 * The card on pages that fight it, in Chromium: hostile CSS, a React app that re-renders, a
 * strict Content-Security-Policy, design mode, swapped bodies and documents, anti-tamper,
 * input stopped at the window, a 10 MB text node, web components. Not yet moved to the
 * shared suite (test/browser/card.browser.ts holds the rest of the card's tests); the shared
 * essentials cover several of these in Firefox too.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  FIXTURES_DIR,
  hoverText,
  launchWithExtension,
  markCount,
  mentionsOn,
  serveStatic,
  strictCspFor,
  waitForMarks,
  type ExtensionBrowser,
  type LaunchOptions,
  type StaticServer,
} from '../../scripts/browsers/chromium';
import { buildReactFixture } from './react-fixture';

let server: StaticServer;

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await buildReactFixture();
  const csp = (path: string): Record<string, string> =>
    path === '/csp-strict.html' ? { 'content-security-policy': strictCspFor(resolve(FIXTURES_DIR, 'csp-strict.html')) } : {};
  server = await serveStatic(FIXTURES_DIR, csp);
});
afterAll(async () => {
  await server?.close();
});

/** A browser for one describe block, and a page in it that records its errors. */
function session(options: LaunchOptions = {}) {
  const s = { browser: null as unknown as ExtensionBrowser, errors: [] as string[] };
  beforeAll(async () => {
    s.browser = await launchWithExtension(options);
  });
  afterAll(async () => {
    await s.browser?.close();
  });
  return s;
}

async function open(s: { browser: ExtensionBrowser; errors: string[] }, fixture: string): Promise<Page> {
  const page = await s.browser.context.newPage();
  page.on('pageerror', (e) => s.errors.push(`${fixture}: ${e.message}`));
  await page.goto(`${server.url}/${fixture}`);
  await waitForMarks(page);
  return page;
}

const dialog = (page: Page, name?: string) => page.locator(name ? `[role="dialog"][aria-label="${name}"]` : '[role="dialog"]');

describe('hostile pages', () => {
  const s = session();

  it('a page with aggressive CSS cannot reach the card, and its overlays do not cover it', async () => {
    const page = await open(s, 'hostile-css.html');
    await hoverText(page, 'Mark Ruffalo');
    await expect.poll(() => dialog(page, 'Mark Ruffalo').count(), { timeout: 3000 }).toBe(1);
    const look = await dialog(page, 'Mark Ruffalo').evaluate((el) => {
      const r = el.getBoundingClientRect();
      const name = el.querySelector('.cc-name')!;
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + 20);
      return { width: r.width, nameSize: getComputedStyle(name).fontSize, onTop: top?.tagName.toLowerCase() };
    });
    expect(look.width).toBe(360);
    expect(look.nameSize).toBe('18px');
    expect(look.onTop).toBe('context-cards-ui');
    await page.waitForTimeout(200); // past the entry animation
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'card-hostile-css.png') });
  });

  it('a React app that re-renders every 100 ms keeps working, its text untouched, its names marked', async () => {
    const page = await open(s, 'react-app/dist/index.html');
    await page.waitForTimeout(2500);
    const state = await page.evaluate(() => ({
      renders: (window as unknown as { __renders: number }).__renders,
      textErrors: (window as unknown as { __textErrors: string[] }).__textErrors,
      spans: document.querySelectorAll('#root span, #root mark').length,
    }));
    expect(state.renders).toBeGreaterThan(15);
    expect(state.textErrors).toEqual([]);
    expect(state.spans).toBe(0);
    await hoverText(page, 'Mark Ruffalo');
    await expect.poll(() => dialog(page, 'Mark Ruffalo').count(), { timeout: 3000 }).toBe(1);
  });

  it('a page with a strict Content-Security-Policy is marked and gets cards, its own script still runs', async () => {
    const page = await open(s, 'csp-strict.html');
    expect(await page.locator('#status').textContent()).toBe('The page script ran under its hash.');
    await hoverText(page, 'Tucker Pillsbury');
    await expect.poll(() => dialog(page, 'Tucker Pillsbury').count(), { timeout: 3000 }).toBe(1);
    expect(await dialog(page, 'Tucker Pillsbury').locator('.cc-badge').count()).toBeGreaterThan(0);
    const bg = await dialog(page, 'Tucker Pillsbury').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(255, 255, 255)'); // our styles applied despite style-src
  });

  it("a document in design mode is editable everywhere: nothing marked, and typing is the page's", async () => {
    const page = await s.browser.context.newPage();
    page.on('pageerror', (e) => s.errors.push(`design-mode.html: ${e.message}`));
    await page.goto(`${server.url}/design-mode.html`);
    await page.waitForTimeout(1500);
    expect(await markCount(page)).toBe(0);
    await page.click('#draft');
    await page.keyboard.press('End');
    await page.keyboard.type(' Rashida Jones too.');
    await page.waitForTimeout(600);
    expect(await page.locator('#draft').textContent()).toBe('Natalie Portman and Lena Dunham, with Mark Ruffalo. Rashida Jones too.');
    expect(await markCount(page)).toBe(0);
  });

  it('a site that navigates by swapping in a new <body> gets its new page marked and its cards', async () => {
    const page = await open(s, 'replaced-body.html');
    await page.evaluate('navigateBySwap()');
    // What the content script holds is the new page's, and only that.
    await expect
      .poll(async () => (await mentionsOn(s.browser, page.url())).mentions.map((m) => m.text).sort(), { timeout: 3000 })
      .toEqual(['Good Sex', 'Lena Dunham', 'Mark Ruffalo']);
    await hoverText(page, 'Mark Ruffalo');
    await expect.poll(() => dialog(page, 'Mark Ruffalo').count(), { timeout: 3000 }).toBe(1);
    await page.close();
  });

  it('a page that writes a whole new document over itself gets it marked, and its cards', async () => {
    const page = await open(s, 'replaced-body.html');
    await page.evaluate('navigateByWrite()');
    await expect.poll(() => page.locator('#written').count(), { timeout: 3000 }).toBe(1);
    await expect
      .poll(async () => (await mentionsOn(s.browser, page.url())).mentions.map((m) => m.text).sort(), { timeout: 3000 })
      .toEqual(['Natalie Portman', 'Rashida Jones']);
    await hoverText(page, 'Rashida Jones');
    await expect.poll(() => dialog(page, 'Rashida Jones').count(), { timeout: 3000 }).toBe(1);
    await page.close();
  });

  it('a page that removes what is appended to <html> cannot keep the card away', async () => {
    const page = await open(s, 'anti-tamper.html');
    for (const name of ['Natalie Portman', 'Mark Ruffalo', 'Lena Dunham']) {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await hoverText(page, name);
      await expect.poll(() => dialog(page, name).count(), { timeout: 3000 }).toBe(1);
    }
    expect(await page.evaluate('removedByPage')).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('a page that stops pointer and key events at the window still gets cards, and Escape', async () => {
    const page = await open(s, 'input-blocker.html');
    await hoverText(page, 'Mark Ruffalo');
    await expect.poll(() => dialog(page, 'Mark Ruffalo').count(), { timeout: 3000 }).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page, 'Mark Ruffalo').count(), { timeout: 3000 }).toBe(0);
    expect(await page.evaluate('stoppedByPage')).toBeGreaterThan(5);
    await page.close();
  });

  it('a name inside one 10 MB text node is marked and opens its card', async () => {
    const page = await s.browser.context.newPage();
    page.on('pageerror', (e) => s.errors.push(`giant text node: ${e.message}`));
    await page.goto(`${server.url}/news-article.html`);
    await page.evaluate(() => {
      const filler = 'The production moved between neighbourhoods as the schedule allowed, and the crew kept to it. ';
      const parts: string[] = [];
      for (let n = 0; n < 10_000_000; n += filler.length * 500 + 36)
        parts.push(filler.repeat(500), 'Natalie Portman was on set that day. ');
      const p = document.createElement('p');
      p.textContent = parts.join('');
      document.body.replaceChildren(p);
    });
    await expect.poll(() => markCount(page), { timeout: 15_000 }).toBeGreaterThan(150);
    await hoverText(page, 'Natalie Portman', 40);
    await expect.poll(() => dialog(page, 'Natalie Portman').count(), { timeout: 3000 }).toBe(1);
    await page.close();
  });

  it('raised no page errors', () => {
    expect(s.errors).toEqual([]);
  });
});

describe('web components', () => {
  const s = session();

  it('marks names inside open shadow roots, and follows changes there', async () => {
    const page = await open(s, 'dynamic/shadow-dom.html');
    await waitForMarks(page, 2);
    const texts = () =>
      page.evaluate(() =>
        [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('context-cards-mention')!]
          .map((r) => r.toString())
          .sort(),
      );
    expect(await texts()).toEqual(['Lena Dunham', 'Natalie Portman']);
    // Hover inside the component: the caret lands in its shadow tree.
    const box = (await page.locator('#inner').boundingBox())!;
    const at = await page.locator('#inner').evaluate((p) => {
      const t = p.firstChild as Text;
      const r = document.createRange();
      const i = t.data.indexOf('Natalie');
      r.setStart(t, i);
      r.setEnd(t, i + 7);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(box.x, box.y - 20);
    await page.mouse.move(at.x, at.y, { steps: 4 });
    await expect.poll(() => dialog(page, 'Natalie Portman').count(), { timeout: 3000 }).toBe(1);
    await page.mouse.move(2, 2);
    await page.evaluate(() => (window as unknown as { laterNews(): void }).laterNews());
    await expect.poll(texts, { timeout: 5000 }).toEqual(['Lena Dunham', 'Mark Ruffalo']);
  });
});

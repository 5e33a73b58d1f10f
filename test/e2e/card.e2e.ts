/**
 * The card as people meet it: mouse, keyboard, touch and screen reader; on screen in every
 * corner and in a narrow window; light, dark and reduced motion; over hostile CSS, a React
 * app that re-renders and a page with a strict Content-Security-Policy.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  pointOf,
  sendToTab,
  serveStatic,
  strictCspFor,
  tabIdOf,
  waitForMarks,
  type ExtensionBrowser,
  type LaunchOptions,
  type StaticServer,
} from '../../scripts/browsers/chromium';
import { buildReactFixture } from './react-fixture';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
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

async function expectInViewport(page: Page, name: string) {
  const box = (await dialog(page, name).boundingBox())!;
  const vp = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
  expect(box.y + box.height).toBeLessThanOrEqual(vp.height);
}

describe('mouse, keyboard and screen readers', () => {
  const s = session();
  let page: Page;
  beforeAll(async () => {
    page = await open(s, 'news-article.html');
  });

  it('moving across the card from the mark keeps it; a click elsewhere closes it', async () => {
    await hoverText(page, 'Lena Dunham');
    await expect.poll(() => dialog(page, 'Lena Dunham').count(), { timeout: 3000 }).toBe(1);
    const box = (await dialog(page, 'Lena Dunham').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 10, { steps: 8 });
    await page.waitForTimeout(500);
    expect(await dialog(page, 'Lena Dunham').count()).toBe(1);
    await page.mouse.click(5, 790);
    await expect.poll(() => dialog(page, 'Lena Dunham').count(), { timeout: 1000 }).toBe(0);
  });

  it('the keyboard command opens the next mention with focus in the card; Tab reaches its links; Escape returns focus', async () => {
    await page.mouse.move(1, 1);
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'before';
      b.textContent = 'A page button';
      document.querySelector('header')!.append(b);
      b.focus();
    });
    const tab = await tabIdOf(s.browser, `${server.url}/news-article.html`);
    expect(await sendToTab(s.browser, tab, { type: 'context-cards:next-mention' })).toBe(true);
    await page.bringToFront();
    await expect.poll(() => dialog(page).count(), { timeout: 3000 }).toBe(1);
    const name = await dialog(page).getAttribute('aria-label');
    expect(name).toBe('Natalie Portman'); // the first mention below the top of the page
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('context-cards-ui');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const host = document.querySelector('context-cards-ui');
      const el = host?.shadowRoot?.activeElement as HTMLAnchorElement | null;
      return el ? { tag: el.tagName, href: el.href } : null;
    });
    expect(focused?.tag).toBe('A');
    expect(focused?.href).toMatch(/^https:\/\//);
    // Pressing the command again steps on to the next mention.
    await sendToTab(s.browser, tab, { type: 'context-cards:next-mention' });
    await page.bringToFront();
    await expect.poll(() => dialog(page).getAttribute('aria-label'), { timeout: 3000 }).toBe('Lena Dunham');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count(), { timeout: 1000 }).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
  });

  it('axe-core finds no accessibility violations in the card', async () => {
    await page.addScriptTag({ path: AXE_PATH });
    await hoverText(page, 'Rashida Jones');
    await expect.poll(() => dialog(page, 'Rashida Jones').count(), { timeout: 3000 }).toBe(1);
    const result = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              ctx: object,
              opts: object,
            ): Promise<{ violations: Array<{ id: string; help: string; nodes: unknown[] }>; passes: unknown[] }>;
          };
        }
      ).axe;
      const r = await axe.run({ include: { fromShadowDom: ['context-cards-ui', '.cc-dialog'] } }, {});
      return { violations: r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), passes: r.passes.length };
    });
    expect(result.violations).toEqual([]);
    expect(result.passes).toBeGreaterThan(5); // axe really looked at the card
    // Scroll the card (not the page) to the dispute for the picture.
    await dialog(page, 'Rashida Jones')
      .locator('.cc-fact-disputed')
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'card-disputed.png') });
  });

  it('shows a disputed point with both sides, the favoured one first', async () => {
    const sides = dialog(page, 'Rashida Jones').locator('.cc-side');
    expect(await sides.count()).toBe(2);
    expect(await sides.nth(0).getAttribute('data-fact-id')).toBe('C19');
    expect(await sides.nth(1).getAttribute('data-fact-id')).toBe('C20');
    expect(await sides.nth(1).textContent()).toContain('Lena Dunham herself');
  });

  it('raised no page errors', () => {
    expect(s.errors).toEqual([]);
  });
});

describe('never off screen', () => {
  const s = session({ viewport: { width: 900, height: 600 } });
  let page: Page;
  beforeAll(async () => {
    page = await open(s, 'corners.html');
  });

  for (const [id, nth] of [
    ['tl', 0],
    ['tr', 1],
    ['bl', 2],
    ['br', 3],
  ] as const) {
    it(`in the ${id} corner`, async () => {
      await page.mouse.move(450, 300);
      await page.keyboard.press('Escape');
      await hoverText(page, 'Natalie Portman', nth);
      await expect.poll(() => dialog(page, 'Natalie Portman').count(), { timeout: 3000 }).toBe(1);
      await expectInViewport(page, 'Natalie Portman');
      if (id === 'br') await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'card-corner-bottom-right.png') });
    });
  }

  it('for a name that wraps onto two lines, beside the line under the pointer', async () => {
    await page.mouse.move(450, 590);
    await page.keyboard.press('Escape');
    // "Tramell Tillman" wraps in a 118 px column: hover its second line.
    const rects = await page.evaluate(() => {
      const p = document.getElementById('wrap')!;
      const text = p.firstChild as Text;
      const i = text.data.indexOf('Tramell Tillman');
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 'Tramell Tillman'.length);
      return [...r.getClientRects()].map((x) => ({ x: x.left, y: x.top, w: x.width, h: x.height }));
    });
    expect(rects.length).toBe(2);
    const last = rects[1]!;
    await page.mouse.move(last.x + 5, last.y - 30);
    await page.mouse.move(last.x + last.w / 2, last.y + last.h / 2, { steps: 4 });
    await expect.poll(() => dialog(page, 'Tramell Tillman').count(), { timeout: 3000 }).toBe(1);
    const box = (await dialog(page, 'Tramell Tillman').boundingBox())!;
    // Placed against the second line (below or above it), not the first.
    expect(box.y >= last.y + last.h || box.y + box.height <= last.y).toBe(true);
    expect(Math.abs(box.y - (last.y + last.h)) < 20 || Math.abs(box.y + box.height - last.y) < 20).toBe(true);
  });
});

describe('in a narrow window, dark mode and reduced motion', () => {
  const s = session({ viewport: { width: 360, height: 640 }, colorScheme: 'dark', reducedMotion: 'reduce' });

  it('fits the card in the window, dark, without animation', async () => {
    const page = await open(s, 'news-article.html');
    await page.addStyleTag({ content: 'body { background: #111; color: #ddd; }' });
    await hoverText(page, 'Mark Ruffalo');
    await expect.poll(() => dialog(page, 'Mark Ruffalo').count(), { timeout: 3000 }).toBe(1);
    await expectInViewport(page, 'Mark Ruffalo');
    const style = await dialog(page, 'Mark Ruffalo').evaluate((el) => {
      const cs = getComputedStyle(el);
      return { bg: cs.backgroundColor, animation: cs.animationName, width: el.getBoundingClientRect().width };
    });
    expect(style.bg).toBe('rgb(28, 33, 40)');
    expect(style.animation).toBe('none');
    expect(style.width).toBeLessThanOrEqual(360 - 16);
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'card-dark-narrow.png') });
  });
});

describe('a right-to-left page', () => {
  const s = session();

  it("keeps the card English and left-to-right: its own direction and language, not the page's", async () => {
    const page = await open(s, 'rtl-hebrew.html');
    await hoverText(page, 'Natalie Portman');
    await expect.poll(() => dialog(page, 'Natalie Portman').count(), { timeout: 3000 }).toBe(1);
    const seen = await dialog(page, 'Natalie Portman').evaluate((el) => ({
      direction: getComputedStyle(el).direction,
      lang: el.closest('[lang]')?.getAttribute('lang'),
      textAlign: getComputedStyle(el).textAlign,
    }));
    expect(seen.direction).toBe('ltr');
    expect(seen.lang).toBe('en');
    expect(seen.textAlign).not.toBe('right');
    await page.waitForTimeout(200); // past the entry animation
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'card-rtl-page.png') });
  });
});

describe('at 400% zoom (a 320 x 200 CSS pixel window)', () => {
  const s = session({ viewport: { width: 320, height: 200 } });

  it('the card stays inside the window, its name in view, scrolling its facts if it must', async () => {
    const page = await open(s, 'news-article.html');
    for (const [name, nth] of [
      ['Natalie Portman', 1],
      ['Mark Ruffalo', 0],
    ] as const) {
      await page.mouse.move(1, 1);
      await page.keyboard.press('Escape');
      await hoverText(page, name, nth);
      await expect.poll(() => dialog(page, name).count(), { timeout: 3000 }).toBe(1);
      await page.waitForTimeout(200); // placed, past the entry animation
      await expectInViewport(page, name);
      const heading = (await dialog(page, name).locator('h2, [id$="-title"]').first().boundingBox())!;
      expect(heading.y).toBeGreaterThanOrEqual(0);
    }
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'card-zoom-400.png') });
  });
});

describe('touch', () => {
  const s = session({ hasTouch: true, viewport: { width: 412, height: 800 } });

  it('a tap on a mark opens the card; a tap elsewhere closes it', async () => {
    const page = await open(s, 'news-article.html');
    const p = await pointOf(page, 'Tucker Pillsbury');
    await page.touchscreen.tap(p.x, p.y);
    await expect.poll(() => dialog(page, 'Tucker Pillsbury').count(), { timeout: 2000 }).toBe(1);
    await page.waitForTimeout(400); // no hover-out closes a tapped card
    expect(await dialog(page, 'Tucker Pillsbury').count()).toBe(1);
    await page.touchscreen.tap(400, 20);
    await expect.poll(() => dialog(page, 'Tucker Pillsbury').count(), { timeout: 2000 }).toBe(0);
  });
});

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

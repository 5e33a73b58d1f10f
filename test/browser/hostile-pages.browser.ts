/**
 * The card on pages that fight it, in each browser (the React app is in essentials): aggressive
 * CSS, a strict Content-Security-Policy, design mode, a swapped body and a rewritten
 * document, a page that removes what is added to <html>, input stopped at the window, one
 * 10 MB text node, and names inside web components' open shadow roots.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAME } from '../../data/contracts/page-names';
import { ARTIFACTS_DIR, FIXTURES_DIR, serveStatic, strictCspFor, type StaticServer } from '../../scripts/browsers/chromium';
import { until, type Driver, type Tab } from '../../scripts/browsers/driver';
import { BROWSER, launchDriver } from './launch';

const shot = (name: string) => resolve(ARTIFACTS_DIR, `${BROWSER}-${name}.png`);
let server: StaticServer;
let driver: Driver;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  server = await serveStatic(FIXTURES_DIR, (path): Record<string, string> =>
    path === '/csp-strict.html' ? { 'content-security-policy': strictCspFor(resolve(FIXTURES_DIR, 'csp-strict.html')) } : {},
  );
  driver = await launchDriver();
});
afterAll(async () => {
  await driver?.close();
  await server?.close();
});

const urlOf = (fixture: string) => `${server.url}/${fixture}`;

/** Opens a fixture and waits for its marks, painted. */
async function open(fixture: string): Promise<Tab> {
  const page = await driver.open(urlOf(fixture));
  page.onError((message) => errors.push(`${fixture}: ${message}`));
  await until(async () => (await driver.marks(urlOf(fixture))) > 0, `marks on ${fixture}`);
  await until(async () => (await page.painted()) > 0, `marks painted on ${fixture}`);
  // The tab in front: a tab behind another runs no animation frames, where hover is tested.
  await page.front();
  return page;
}

/** Run in the page: the card named `name` in our UI's shadow root, or null. */
function cardNamed(name: string) {
  const el = document.querySelector('context-cards-ui')?.shadowRoot?.querySelector<HTMLElement>(`[role="dialog"][aria-label="${name}"]`);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  const title = el.querySelector('.cc-name');
  const top = document.elementFromPoint(r.left + r.width / 2, r.top + 20);
  return {
    width: r.width,
    nameSize: title ? getComputedStyle(title).fontSize : null,
    onTop: top?.tagName.toLowerCase() ?? null,
    badges: el.querySelectorAll('.cc-badge').length,
    background: getComputedStyle(el).backgroundColor,
  };
}
const card = (page: Tab, name: string) => page.evaluate(cardNamed, name);
const opens = (page: Tab, name: string, ms = 3000) => until(async () => (await card(page, name)) !== null, `the card for ${name}`, ms);
const markedTexts = async (url: string) => (await driver.mentionsOn(url)).found.mentions.map((m) => m.text).sort();
const windowValue = (page: Tab, name: string) => page.evaluate((n) => (window as unknown as Record<string, unknown>)[n], name);

describe(`hostile pages (${BROWSER})`, () => {
  it('a page with a strict Content-Security-Policy is marked and gets cards, its own script still runs', async () => {
    const page = await open('csp-strict.html');
    expect(await page.text('#status')).toBe('The page script ran under its hash.');
    await page.hoverText('Tucker Pillsbury');
    await opens(page, 'Tucker Pillsbury');
    const c = (await card(page, 'Tucker Pillsbury'))!;
    expect(c.badges).toBeGreaterThan(0);
    expect(c.background).toBe('rgb(255, 255, 255)'); // our styles applied despite style-src
    await page.close();
  });

  it("a document in design mode is editable everywhere: nothing marked, and typing is the page's", async () => {
    const url = urlOf('design-mode.html');
    const page = await driver.open(url);
    page.onError((message) => errors.push(`design-mode.html: ${message}`));
    await page.wait(1500);
    expect(await driver.marks(url)).toBe(0);
    await page.click('#draft');
    await page.press('End');
    await page.type(' Rashida Jones too.');
    await page.wait(600);
    expect(await page.text('#draft')).toBe('Natalie Portman and Lena Dunham, with Mark Ruffalo. Rashida Jones too.');
    expect(await driver.marks(url)).toBe(0);
    await page.close();
  });

  it('a site that navigates by swapping in a new <body> gets its new page marked and its cards', async () => {
    const page = await open('replaced-body.html');
    await page.evaluate(() => (window as unknown as { navigateBySwap(): void }).navigateBySwap(), null);
    // What the content script holds is the new page's, and only that.
    await until(
      async () => JSON.stringify(await markedTexts(page.url())) === JSON.stringify(['Good Sex', 'Lena Dunham', 'Mark Ruffalo']),
      "the new page's names, and only those",
    );
    await page.hoverText('Mark Ruffalo');
    await opens(page, 'Mark Ruffalo');
    await page.close();
  });

  it('a page that writes a whole new document over itself gets it marked, and its cards', async () => {
    const page = await open('replaced-body.html');
    await page.evaluate(() => (window as unknown as { navigateByWrite(): void }).navigateByWrite(), null);
    await until(async () => (await page.text('#written')) !== null, 'the written document');
    await until(
      async () => JSON.stringify(await markedTexts(page.url())) === JSON.stringify(['Natalie Portman', 'Rashida Jones']),
      "the written document's names, and only those",
    );
    await page.hoverText('Rashida Jones');
    await opens(page, 'Rashida Jones');
    await page.close();
  });

  it('a page that removes what is appended to <html> cannot keep the card away', async () => {
    const page = await open('anti-tamper.html');
    for (const name of ['Natalie Portman', 'Mark Ruffalo', 'Lena Dunham']) {
      await page.moveMouse(5, 5);
      await page.press('Escape');
      await page.hoverText(name);
      await opens(page, name);
    }
    expect(await windowValue(page, 'removedByPage')).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('a page that stops pointer and key events at the window still gets cards, and Escape', async () => {
    const page = await open('input-blocker.html');
    await page.hoverText('Mark Ruffalo');
    await opens(page, 'Mark Ruffalo');
    await page.press('Escape');
    await until(async () => (await card(page, 'Mark Ruffalo')) === null, 'the card to close', 3000);
    expect(await windowValue(page, 'stoppedByPage')).toBeGreaterThan(5);
    await page.close();
  });

  it('a name inside one 10 MB text node is marked and opens its card', async () => {
    const url = urlOf('news-article.html');
    const page = await driver.open(url);
    page.onError((message) => errors.push(`giant text node: ${message}`));
    await page.evaluate(() => {
      const filler = 'The production moved between neighbourhoods as the schedule allowed, and the crew kept to it. ';
      const parts: string[] = [];
      for (let n = 0; n < 10_000_000; n += filler.length * 500 + 36)
        parts.push(filler.repeat(500), 'Natalie Portman was on set that day. ');
      const p = document.createElement('p');
      p.textContent = parts.join('');
      document.body.replaceChildren(p);
    }, null);
    await until(async () => (await driver.marks(url)) > 150, 'over 150 marks', 30_000);
    await page.hoverText('Natalie Portman', 40);
    await opens(page, 'Natalie Portman');
    await page.close();
  });

  it('a page with aggressive CSS cannot reach the card, and its overlays do not cover it', async () => {
    const page = await open('hostile-css.html');
    await page.hoverText('Mark Ruffalo');
    await opens(page, 'Mark Ruffalo');
    const look = (await card(page, 'Mark Ruffalo'))!;
    expect(look.width).toBe(360);
    expect(look.nameSize).toBe('18px');
    expect(look.onTop).toBe('context-cards-ui');
    await page.wait(200); // past the entry animation
    await page.screenshot(shot('card-hostile-css'));
    await page.moveMouse(5, 5);
    await page.press('Escape');
    await page.close();
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});

describe(`web components (${BROWSER})`, () => {
  it('marks names inside open shadow roots, and follows changes there', async () => {
    const url = urlOf('dynamic/shadow-dom.html');
    const page = await driver.open(url);
    await until(async () => (await driver.marks(url)) >= 2, 'two marks');
    const texts = () =>
      page.evaluate(
        (name) =>
          [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name) ?? [])].map((r) => r.toString()).sort(),
        HIGHLIGHT_NAME,
      );
    await until(async () => (await texts()).length === 2, 'two painted');
    expect(await texts()).toEqual(['Lena Dunham', 'Natalie Portman']);
    // Hover inside the component: the caret lands in its shadow tree.
    const at = (await page.evaluate(() => {
      // The paragraph inside the component's open shadow root.
      const p = [...document.querySelectorAll('*')].map((e) => e.shadowRoot?.getElementById('inner')).find(Boolean);
      if (!p) return null;
      const box = p.getBoundingClientRect();
      const t = p.firstChild as Text;
      const r = document.createRange();
      const i = t.data.indexOf('Natalie');
      r.setStart(t, i);
      r.setEnd(t, i + 7);
      const b = r.getBoundingClientRect();
      return { from: { x: box.x, y: box.y - 20 }, x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }, null))!;
    await page.moveMouse(at.from.x, at.from.y);
    await page.moveMouse(at.x, at.y, 4);
    await opens(page, 'Natalie Portman');
    await page.moveMouse(2, 2);
    await page.evaluate(() => (window as unknown as { laterNews(): void }).laterNews(), null);
    await until(async () => JSON.stringify(await texts()) === JSON.stringify(['Lena Dunham', 'Mark Ruffalo']), 'the new names', 5000);
    await page.close();
  });
});

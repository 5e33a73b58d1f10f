/**
 * The person decides, in each browser: the real popup page acting for a real tab, its site and
 * global switches applied to open tabs without a reload and kept across a browser restart, the
 * hover delay and mark style, a corrupted stored value, the badge, and the search.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FLASH_NAME, HIGHLIGHT_NAME } from '../../data/contracts/page-names';
import { ARTIFACTS_DIR, FIXTURES_DIR, serveStatic, type StaticServer } from '../../scripts/browsers/chromium';
import { until, type Driver, type Tab } from '../../scripts/browsers/driver';
import { BROWSER, launchDriver } from './launch';

let server: StaticServer;
let driver: Driver;
const errors: string[] = [];

const NEWS = () => `${server.url}/news-article.html`;
const LONG = () => `${server.url}/long-article.html`;
const shot = (name: string) => resolve(ARTIFACTS_DIR, `${BROWSER}-${name}.png`);

async function openTab(url: string, min = 1, d: Driver = driver): Promise<{ page: Tab; tabId: number }> {
  const page = await d.open(url);
  page.onError((message) => errors.push(`${url}: ${message}`));
  await until(async () => (await d.marks(url)) >= min, `${min} marks on ${url}`);
  return { page, tabId: (await d.mentionsOn(url)).tabId };
}

/** Run in a page: the open card's accessible name, or null. */
const cardLabel = () =>
  document.querySelector('context-cards-ui')?.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('aria-label') ?? null;
const cardIs = (page: Tab, name: string | null) => until(async () => (await page.evaluate(cardLabel, null)) === name, `card ${name}`, 4000);
const scrollTop = (page: Tab) => page.evaluate(() => scrollY, null);
const highlight = (page: Tab, name: string) => page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);

/** Run in the popup: the page's list as [name, count] rows, and the switches' states. */
function popupRows() {
  return [...document.querySelectorAll('.cc-mentions button')].map(
    (b) =>
      [
        b.querySelector('.cc-person-name')?.textContent ?? '',
        Number(/^(\d+)/.exec(b.querySelector('.cc-count')?.textContent ?? '')?.[1]),
      ] as const,
  );
}
function switches() {
  const sw = (re: RegExp) => [...document.querySelectorAll('[role="switch"]')].find((s) => re.test(s.getAttribute('aria-label') ?? ''));
  const site = sw(/this site/);
  return {
    site: site?.getAttribute('aria-checked') ?? null,
    siteLabel: site?.getAttribute('aria-label') ?? '',
    siteDisabled: site ? (site as HTMLButtonElement).disabled || site.getAttribute('aria-disabled') === 'true' : null,
    all: sw(/all sites/)?.getAttribute('aria-checked') ?? null,
    page: document.querySelector('.cc-page')?.textContent ?? '',
    mentions: document.querySelectorAll('.cc-mention').length,
  };
}
/** Counts in the popup's list, by entity name (all of them: "Show N more" pressed). */
async function popupCounts(popup: Tab): Promise<Map<string, number>> {
  await until(async () => (await popup.evaluate(switches, null)).mentions > 0, 'the list');
  if (await popup.evaluate(() => document.querySelector('.cc-more-mentions') !== null, null)) await popup.click('.cc-more-mentions');
  return new Map(await popup.evaluate(popupRows, null));
}
const siteSwitch = (popup: Tab) =>
  until(async () => (await popup.evaluate(switches, null)).siteLabel.includes('127.0.0.1'), 'the site switch', 10_000);

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  server = await serveStatic(FIXTURES_DIR);
  driver = await launchDriver();
});

// Each test starts from the defaults, whatever the one before it switched.
beforeEach(async () => {
  await driver.clearStorage();
});

afterAll(async () => {
  await driver?.close();
  await server?.close();
});

describe(`the popup, acting for a tab (${BROWSER})`, () => {
  it('lists what the page mentions, most mentioned first, and the counts match the marks', async () => {
    const { page, tabId } = await openTab(NEWS(), 15);
    const popup = await driver.popup(tabId);
    const counts = await popupCounts(popup);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(await driver.marks(NEWS()));
    const values = [...counts.values()];
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(counts.get('Natalie Portman')).toBe(3);
    // Every line is a button named after its entity.
    await popup.clickRole('button', /^Natalie Portman 3 mentions$/);
    await popup.close();
    await page.close();
  });

  it('shows the next mention: the page scrolls to it, flashes it and opens its card there', async () => {
    const { page, tabId } = await openTab(LONG(), 10);
    expect(await scrollTop(page)).toBe(0);
    const popup = await driver.popup(tabId);
    await popupCounts(popup);
    await popup.clickRole('button', /^Meg Ryan 2 mentions$/);
    await until(async () => (await scrollTop(page)) > 300, 'the page to scroll', 3000);
    await cardIs(page, 'Meg Ryan');
    expect(await highlight(page, FLASH_NAME)).toBe(1);
    const firstY = await scrollTop(page);
    // Pressed again, it goes on to the second mention, further down.
    await popup.clickRole('button', /^Meg Ryan 2 mentions$/);
    await until(async () => (await scrollTop(page)) > firstY, 'the page to scroll on', 3000);
    expect(await page.evaluate(cardLabel, null)).toBe('Meg Ryan');
    await page.front();
    await page.screenshot(shot('popup-jump-page'));
    // The flash goes by itself.
    await until(async () => (await highlight(page, FLASH_NAME)) === 0, 'the flash to go', 3000);
    await popup.close();
    await page.close();
  });

  it('does not flash under reduced motion, but still goes there and opens the card', async () => {
    const calm = await launchDriver({ reducedMotion: 'reduce' });
    try {
      const { page, tabId } = await openTab(LONG(), 10, calm);
      const popup = await calm.popup(tabId);
      await popupCounts(popup);
      await popup.clickRole('button', /^Rashida Jones 1 mention$/);
      await cardIs(page, 'Rashida Jones');
      expect(await scrollTop(page)).toBeGreaterThan(300);
      expect(await highlight(page, FLASH_NAME)).toBe(0);
    } finally {
      await calm.close();
    }
  });

  it('shows the number of mentions on the toolbar badge', async () => {
    const { page, tabId } = await openTab(NEWS(), 15);
    const marks = await driver.marks(NEWS());
    await until(async () => (await driver.badge(tabId)) === String(marks), 'the badge', 3000);
    // A page with nothing to mark has an empty badge, also after navigating from one with marks.
    await page.goto(`${server.url}/health-column.html`);
    await page.wait(800);
    expect(await driver.badge(tabId)).toBe('');
    await page.close();
  });
});

describe(`the switches (${BROWSER})`, () => {
  it('"this site" removes every mark from the open tab at once, and brings them back, without a reload', async () => {
    const { page, tabId } = await openTab(NEWS(), 15);
    const before = await driver.marks(NEWS());
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true), null);
    const popup = await driver.popup(tabId);
    await siteSwitch(popup);
    expect((await popup.evaluate(switches, null)).site).toBe('true');
    await popup.clickRole('switch', /this site/);
    await until(async () => (await driver.marks(NEWS())) === 0, 'no marks', 2000);
    expect(await page.evaluate((n) => CSS.highlights.has(n), HIGHLIGHT_NAME)).toBe(false);
    await until(async () => (await driver.badge(tabId)) === '', 'an empty badge', 2000);
    await until(async () => (await popup.evaluate(switches, null)).page.includes('Off on 127.0.0.1'), 'the popup to say so');
    await popup.screenshot(shot('popup-off-here'));
    // No card either: hovering a name does nothing while it is off.
    await page.front();
    await page.hoverText('Natalie Portman', 1);
    await page.wait(900);
    expect(await page.evaluate(cardLabel, null)).toBeNull();
    // Back on: the page is marked again, the same document.
    await popup.clickRole('switch', /this site/);
    await until(async () => (await driver.marks(NEWS())) === before, 'the marks back', 5000);
    await until(async () => (await page.painted()) > 0, 'painted again', 2000);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded, null)).toBe(true);
    await until(async () => (await popup.evaluate(switches, null)).mentions > 0, 'the list back', 5000);
    await popup.close();
    await page.close();
  });

  it('"all sites" turns every open tab off and on', async () => {
    const a = await openTab(NEWS(), 15);
    const b = await openTab(LONG(), 10);
    const popup = await driver.popup(a.tabId);
    await popup.clickRole('switch', /all sites/);
    await until(async () => (await driver.marks(NEWS())) === 0 && (await driver.marks(LONG())) === 0, 'both tabs off', 2000);
    await until(async () => (await popup.evaluate(switches, null)).page.includes('off on all sites'), 'the popup to say so');
    expect((await popup.evaluate(switches, null)).siteDisabled).toBe(true);
    await popup.clickRole('button', 'Turn on everywhere');
    await until(async () => (await driver.marks(NEWS())) > 10 && (await driver.marks(LONG())) > 5, 'both tabs on', 5000);
    await popup.close();
    await a.page.close();
    await b.page.close();
  });

  it('keeps "off on this site" across closing and relaunching the browser', async () => {
    const { tabId } = await openTab(NEWS(), 15);
    const popup = await driver.popup(tabId);
    await siteSwitch(popup);
    await popup.clickRole('switch', /this site/);
    await until(async () => (await driver.marks(NEWS())) === 0, 'no marks', 2000);
    await driver.restart();
    const again = await driver.open(NEWS());
    await again.wait(1500);
    expect(await driver.marks(NEWS())).toBe(0);
    const id = (await driver.mentionsOn(NEWS())).tabId;
    const popup2 = await driver.popup(id);
    await siteSwitch(popup2);
    await until(async () => (await popup2.evaluate(switches, null)).site === 'false', 'the switch off');
    await popup2.clickRole('switch', /this site/);
    await until(async () => (await driver.marks(NEWS())) >= 15, 'marks again');
    expect(((await driver.storedSettings()) as { disabledSites: string[] }).disabledSites).toEqual([]);
    await popup2.close();
    await again.close();
  });
});

describe(`settings (${BROWSER})`, () => {
  it('the hover delay changes how long a hover takes, down to "only on click"', async () => {
    const { page } = await openTab(NEWS(), 15);
    const timeToCard = async (name: string, nth = 0) => {
      await page.moveMouse(5, 5);
      await cardIs(page, null);
      const t0 = Date.now();
      await page.hoverText(name, nth);
      await cardIs(page, name);
      return Date.now() - t0;
    };
    await driver.storeSettings({ enabled: true, disabledSites: [], hoverDelay: 'slow', markStyle: 'underline' });
    await page.front();
    const slow = await timeToCard('Mark Ruffalo');
    await driver.storeSettings({ enabled: true, disabledSites: [], hoverDelay: 'instant', markStyle: 'underline' });
    await page.front();
    const instant = await timeToCard('Mark Ruffalo');
    expect(slow).toBeGreaterThanOrEqual(1000);
    expect(instant).toBeLessThan(slow - 500);

    await driver.storeSettings({ enabled: true, disabledSites: [], hoverDelay: 'click', markStyle: 'underline' });
    await page.front();
    await page.moveMouse(5, 5);
    await page.hoverText('Lena Dunham');
    await page.wait(1200);
    expect(await page.evaluate(cardLabel, null)).toBeNull();
    const p = await page.evaluate(
      ([needle]) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = (n as Text).data.indexOf(needle);
          if (i < 0) continue;
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + needle.length);
          const rect = r.getClientRects()[0]!;
          return { x: rect.left + 10, y: rect.top + rect.height / 2 };
        }
        return null;
      },
      ['Lena Dunham'] as const,
    );
    await page.clickAt(p!.x, p!.y);
    await cardIs(page, 'Lena Dunham');
    await page.press('Escape');
    await page.close();
  });

  it('marks can be a soft background or nothing at all, and cards and the popup still work without them', async () => {
    const { page, tabId } = await openTab(NEWS(), 15);
    const count = await driver.marks(NEWS());
    await driver.storeSettings({ enabled: true, disabledSites: [], hoverDelay: 'normal', markStyle: 'background' });
    await until(
      () =>
        page.evaluate(
          () => [...document.adoptedStyleSheets].some((s) => [...s.cssRules].some((r) => r.cssText.includes('background-color'))),
          null,
        ),
      'the background style',
      2000,
    );
    await page.front();
    await page.screenshot(shot('marks-background'));
    await driver.storeSettings({ enabled: true, disabledSites: [], hoverDelay: 'normal', markStyle: 'none' });
    await until(async () => !(await page.evaluate((n) => CSS.highlights.has(n), HIGHLIGHT_NAME)), 'no highlight', 2000);
    await page.front();
    await page.hoverText('Mark Ruffalo');
    await cardIs(page, 'Mark Ruffalo');
    const popup = await driver.popup(tabId);
    const counts = await popupCounts(popup);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(count);
    await popup.close();
    await driver.storeSettings({ enabled: true, disabledSites: [], hoverDelay: 'normal', markStyle: 'underline' });
    await until(async () => (await page.painted()) > 0, 'painted again', 2000);
    expect(await driver.marks(NEWS())).toBe(count);
    await page.close();
  });

  it('a corrupted stored value loads as the defaults, with no error on the page', async () => {
    await driver.storeSettings('{"enabled": tru');
    const { page, tabId } = await openTab(NEWS(), 15);
    const popup = await driver.popup(tabId);
    await siteSwitch(popup);
    const state = await popup.evaluate(switches, null);
    expect(state.all).toBe('true');
    expect(state.site).toBe('true');
    await popup.evaluate(
      () =>
        [...document.querySelectorAll('summary')]
          .find((e) => e.textContent === 'Card and mark settings')
          ?.setAttribute('data-cc-target', ''),
      null,
    );
    await popup.click('[data-cc-target]');
    const checked = await popup.evaluate(
      () =>
        [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')].map((r) => r.closest('label')?.textContent ?? ''),
      null,
    );
    expect(checked.some((t) => /half a second/.test(t))).toBe(true);
    expect(checked.some((t) => /Dotted underline/.test(t))).toBe(true);
    await driver.storeSettings({ enabled: 'yes', disabledSites: 'everything', hoverDelay: 12 });
    await page.reload();
    await until(async () => (await driver.marks(NEWS())) >= 15, 'marks after the reload');
    await popup.close();
    await page.close();
    expect(errors).toEqual([]);
  });
});

describe(`search (${BROWSER})`, () => {
  it.each([
    ['Rufalo', 'Mark Ruffalo'],
    ['portman', 'Natalie Portman'],
    ['dunam', 'Lena Dunham'],
    ['good thing', 'Good Thing Going'],
  ])('"%s" finds %s and opens the card in the popup, with a way back', async (query, name) => {
    const { page, tabId } = await openTab(NEWS(), 15);
    const popup = await driver.popup(tabId, 'input[type="search"]');
    await popup.fill('input[type="search"]', query);
    const first = () => popup.text('.cc-results button .cc-person-name');
    await until(async () => (await first()) === name, `${name} first`);
    if (query === 'Rufalo') {
      await popup.wait(300);
      await popup.screenshot(shot('popup-search'));
    }
    await popup.click('.cc-results button');
    await until(async () => (await popup.text('.cc-open-card h2')) === name, 'the card in the popup');
    if (query === 'Rufalo') await popup.screenshot(shot('popup-entity-card'));
    await popup.clickRole('button', 'Back');
    await until(async () => (await popup.text('.cc-open-card')) === null, 'the card gone');
    expect(await popup.evaluate(() => (document.querySelector('input[type="search"]') as HTMLInputElement).value, null)).toBe(query);
    await popup.close();
    await page.close();
  });
});

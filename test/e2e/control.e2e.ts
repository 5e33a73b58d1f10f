/**
 * The person decides: the real popup page acting for a real tab, its site and global
 * switches applied to open tabs without a reload and kept across a browser restart, the
 * hover delay and mark style, a corrupted stored value, the badge, and the search.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  clearStorage,
  FIXTURES_DIR,
  hoverText,
  inExtension,
  launchWithExtension,
  markCount,
  openPopup,
  paintedCount,
  pointOf,
  serveStatic,
  storedSettings,
  storeSettings,
  tabIdOf,
  waitForMarks,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browsers/chromium';

type Chrome = { action: { getBadgeText(q: { tabId: number }): Promise<string> } };

let server: StaticServer;
let ext: ExtensionBrowser;
let profileDir: string;
const errors: string[] = [];

const NEWS = () => `${server.url}/news-article.html`;
const LONG = () => `${server.url}/long-article.html`;

async function openTab(url: string, min = 1): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  page.on('pageerror', (e) => errors.push(`${url}: ${e.message}`));
  await page.goto(url);
  await waitForMarks(page, min);
  return { page, tabId: await tabIdOf(ext, url) };
}

const setStored = (value: unknown) => storeSettings(ext, value);
const stored = () => storedSettings(ext);
const badge = (tabId: number) =>
  inExtension(ext, (id) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({ tabId: id }), tabId);
/** The popup's site switch, once the tab has said which site it is on. */
async function siteSwitch(popup: Page) {
  const sw = popup.getByRole('switch', { name: /this site \(127\.0\.0\.1\)/ });
  await sw.waitFor({ timeout: 10_000 });
  return sw;
}
const card = (page: Page, name: string) => page.locator(`[role="dialog"][aria-label="${name}"]`);
/** Counts in the popup's list, by entity name. */
async function popupCounts(popup: Page): Promise<Map<string, number>> {
  await popup.locator('.cc-mention').first().waitFor({ timeout: 10_000 });
  const more = popup.getByRole('button', { name: /^Show \d+ more$/ });
  if (await more.count()) await more.click();
  const rows = await popup
    .locator('.cc-mentions button')
    .evaluateAll((bs) =>
      bs.map((b) => [b.querySelector('.cc-person-name')!.textContent ?? '', b.querySelector('.cc-count')!.textContent ?? ''] as const),
    );
  return new Map(rows.map(([name, count]) => [name, Number(/^(\d+) mentions?$/.exec(count)![1])]));
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  server = await serveStatic(FIXTURES_DIR);
  profileDir = mkdtempSync(join(tmpdir(), 'context-cards-control-'));
  ext = await launchWithExtension({ profileDir });
});

// Each test starts from the defaults, whatever the one before it switched.
beforeEach(async () => {
  await clearStorage(ext);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

describe('the popup, acting for a tab', () => {
  it('lists what the page mentions, most mentioned first, and the counts match the marks', async () => {
    const { page, tabId } = await openTab(NEWS(), 15);
    const popup = await openPopup(ext, tabId);
    const counts = await popupCounts(popup);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(await markCount(page));
    const values = [...counts.values()];
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(counts.get('Natalie Portman')).toBe(3);
    // Every line is a button named after its entity.
    expect(await popup.getByRole('button', { name: /^Natalie Portman\s+3 mentions$/ }).count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('shows the next mention: the page scrolls to it, flashes it and opens its card there', async () => {
    const { page, tabId } = await openTab(LONG(), 10);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    const popup = await openPopup(ext, tabId);
    await popupCounts(popup);
    await popup.getByRole('button', { name: /^Meg Ryan\s+2 mentions$/ }).click();
    await expect.poll(() => page.evaluate(() => scrollY), { timeout: 3000 }).toBeGreaterThan(300);
    await expect.poll(() => card(page, 'Meg Ryan').count(), { timeout: 3000 }).toBe(1);
    expect(await page.evaluate(() => CSS.highlights.get('context-cards-flash')?.size ?? 0)).toBe(1);
    const firstY = await page.evaluate(() => scrollY);
    // Pressed again, it goes on to the second mention, further down.
    await popup.getByRole('button', { name: /^Meg Ryan\s+2 mentions$/ }).click();
    await expect.poll(() => page.evaluate(() => scrollY), { timeout: 3000 }).toBeGreaterThan(firstY);
    expect(await card(page, 'Meg Ryan').count()).toBe(1);
    await page.bringToFront();
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'popup-jump-page.png') });
    // The flash goes by itself.
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('context-cards-flash')?.size ?? 0), { timeout: 3000 }).toBe(0);
    await popup.close();
    await page.close();
  });

  it('does not flash under reduced motion, but still goes there and opens the card', async () => {
    const { page, tabId } = await openTab(LONG(), 10);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const popup = await openPopup(ext, tabId);
    await popupCounts(popup);
    await popup.getByRole('button', { name: /^Rashida Jones\s+1 mention$/ }).click();
    await expect.poll(() => card(page, 'Rashida Jones').count(), { timeout: 3000 }).toBe(1);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(300);
    expect(await page.evaluate(() => CSS.highlights.get('context-cards-flash')?.size ?? 0)).toBe(0);
    await popup.close();
    await page.close();
  });

  it('shows the number of mentions on the toolbar badge', async () => {
    const { page, tabId } = await openTab(NEWS(), 15);
    await expect.poll(() => badge(tabId), { timeout: 3000 }).toBe(String(await markCount(page)));
    // A page with nothing to mark has an empty badge, also after navigating from one with marks.
    await page.goto(`${server.url}/health-column.html`);
    await page.waitForTimeout(800);
    expect(await badge(tabId)).toBe('');
    await page.close();
  });
});

describe('the switches', () => {
  it('"this site" removes every mark from the open tab at once, and brings them back, without a reload', async () => {
    const { page, tabId } = await openTab(NEWS(), 15);
    const before = await markCount(page);
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const popup = await openPopup(ext, tabId);
    const site = await siteSwitch(popup);
    expect(await site.getAttribute('aria-checked')).toBe('true');
    await site.click();
    await expect.poll(() => markCount(page), { timeout: 2000 }).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.has('context-cards-mention'))).toBe(false);
    await expect.poll(() => badge(tabId), { timeout: 2000 }).toBe('');
    await expect.poll(() => popup.locator('.cc-page').textContent()).toContain('Off on 127.0.0.1');
    await popup.screenshot({ path: resolve(ARTIFACTS_DIR, 'popup-off-here.png') });
    // No card either: hovering a name does nothing while it is off.
    await page.bringToFront();
    await hoverText(page, 'Natalie Portman', 1);
    await page.waitForTimeout(900);
    expect(await card(page, 'Natalie Portman').count()).toBe(0);
    // Back on: the page is marked again, the same document.
    await popup.getByRole('switch', { name: /this site/ }).click();
    await expect.poll(() => markCount(page), { timeout: 5000 }).toBe(before);
    await expect.poll(() => paintedCount(page), { timeout: 2000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await expect.poll(() => popup.locator('.cc-mention').count(), { timeout: 5000 }).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('"all sites" turns every open tab off and on', async () => {
    const a = await openTab(NEWS(), 15);
    const b = await openTab(LONG(), 10);
    const popup = await openPopup(ext, a.tabId);
    await popup.getByRole('switch', { name: /all sites/ }).click();
    await expect.poll(() => markCount(a.page), { timeout: 2000 }).toBe(0);
    await expect.poll(() => markCount(b.page), { timeout: 2000 }).toBe(0);
    await expect.poll(() => popup.locator('.cc-page').textContent()).toContain('off on all sites');
    expect(await popup.getByRole('switch', { name: /this site/ }).isDisabled()).toBe(true);
    await popup.getByRole('button', { name: 'Turn on everywhere' }).click();
    await expect.poll(() => markCount(a.page), { timeout: 5000 }).toBeGreaterThan(10);
    await expect.poll(() => markCount(b.page), { timeout: 5000 }).toBeGreaterThan(5);
    await popup.close();
    await a.page.close();
    await b.page.close();
  });

  it('keeps "off on this site" across closing and relaunching the browser', async () => {
    const { page, tabId } = await openTab(NEWS(), 15);
    const popup = await openPopup(ext, tabId);
    await (await siteSwitch(popup)).click();
    await expect.poll(() => markCount(page), { timeout: 2000 }).toBe(0);
    await ext.close();
    ext = await launchWithExtension({ profileDir });
    const again = await ext.context.newPage();
    await again.goto(NEWS());
    await again.waitForTimeout(1500);
    expect(await markCount(again)).toBe(0);
    const id = await tabIdOf(ext, NEWS());
    const popup2 = await openPopup(ext, id);
    const site = await siteSwitch(popup2);
    await expect.poll(() => site.getAttribute('aria-checked')).toBe('false');
    await site.click();
    await waitForMarks(again, 15);
    expect(((await stored()) as { disabledSites: string[] }).disabledSites).toEqual([]);
    await popup2.close();
    await again.close();
  });
});

describe('settings', () => {
  it('the hover delay changes how long a hover takes, down to "only on click"', async () => {
    const { page } = await openTab(NEWS(), 15);
    const timeToCard = async (name: string, nth = 0) => {
      await page.mouse.move(5, 5);
      await expect.poll(() => page.locator('[role="dialog"]').count(), { timeout: 2000 }).toBe(0);
      const t0 = Date.now();
      await hoverText(page, name, nth);
      await card(page, name).waitFor({ timeout: 4000 });
      return Date.now() - t0;
    };
    await setStored({ enabled: true, disabledSites: [], hoverDelay: 'slow', markStyle: 'underline' });
    await page.bringToFront();
    const slow = await timeToCard('Mark Ruffalo');
    await setStored({ enabled: true, disabledSites: [], hoverDelay: 'instant', markStyle: 'underline' });
    await page.bringToFront();
    const instant = await timeToCard('Mark Ruffalo');
    expect(slow).toBeGreaterThanOrEqual(1000);
    expect(instant).toBeLessThan(slow - 500);

    await setStored({ enabled: true, disabledSites: [], hoverDelay: 'click', markStyle: 'underline' });
    await page.bringToFront();
    await page.mouse.move(5, 5);
    await hoverText(page, 'Lena Dunham');
    await page.waitForTimeout(1200);
    expect(await card(page, 'Lena Dunham').count()).toBe(0);
    const p = await pointOf(page, 'Lena Dunham');
    await page.mouse.click(p.x, p.y);
    await expect.poll(() => card(page, 'Lena Dunham').count(), { timeout: 2000 }).toBe(1);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('marks can be a soft background or nothing at all, and cards and the popup still work without them', async () => {
    const { page, tabId } = await openTab(NEWS(), 15);
    const count = await markCount(page);
    await setStored({ enabled: true, disabledSites: [], hoverDelay: 'normal', markStyle: 'background' });
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            [...document.adoptedStyleSheets].some((s) => [...s.cssRules].some((r) => r.cssText.includes('background-color'))),
          ),
        { timeout: 2000 },
      )
      .toBe(true);
    await page.bringToFront();
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'marks-background.png') });
    await setStored({ enabled: true, disabledSites: [], hoverDelay: 'normal', markStyle: 'none' });
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('context-cards-mention')), { timeout: 2000 }).toBe(false);
    await page.bringToFront();
    await hoverText(page, 'Mark Ruffalo');
    await expect.poll(() => card(page, 'Mark Ruffalo').count(), { timeout: 3000 }).toBe(1);
    const popup = await openPopup(ext, tabId);
    const counts = await popupCounts(popup);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(count);
    await popup.close();
    await setStored({ enabled: true, disabledSites: [], hoverDelay: 'normal', markStyle: 'underline' });
    await expect.poll(() => paintedCount(page), { timeout: 2000 }).toBeGreaterThan(0);
    expect(await markCount(page)).toBe(count);
    await page.close();
  });

  it('a corrupted stored value loads as the defaults, with no error on the page', async () => {
    await setStored('{"enabled": tru');
    const { page, tabId } = await openTab(NEWS(), 15);
    const popup = await openPopup(ext, tabId);
    expect(await popup.getByRole('switch', { name: /all sites/ }).getAttribute('aria-checked')).toBe('true');
    expect(await (await siteSwitch(popup)).getAttribute('aria-checked')).toBe('true');
    await popup.getByText('Card and mark settings').click();
    expect(await popup.getByRole('radio', { name: /half a second/ }).isChecked()).toBe(true);
    expect(await popup.getByRole('radio', { name: /Dotted underline/ }).isChecked()).toBe(true);
    await setStored({ enabled: 'yes', disabledSites: 'everything', hoverDelay: 12 });
    await page.reload();
    await waitForMarks(page, 15);
    await popup.close();
    await page.close();
    expect(errors).toEqual([]);
  });
});

describe('search', () => {
  it.each([
    ['Rufalo', 'Mark Ruffalo'],
    ['portman', 'Natalie Portman'],
    ['dunam', 'Lena Dunham'],
    ['good thing', 'Good Thing Going'],
  ])('"%s" finds %s and opens the card in the popup, with a way back', async (query, name) => {
    const { page, tabId } = await openTab(NEWS(), 15);
    const popup = await openPopup(ext, tabId);
    const box = popup.getByRole('searchbox', { name: 'Search' });
    await box.fill(query);
    const first = popup.locator('.cc-results button').first();
    await expect.poll(() => first.locator('.cc-person-name').textContent()).toBe(name);
    if (query === 'Rufalo') {
      await popup.waitForTimeout(300);
      await popup.screenshot({ path: resolve(ARTIFACTS_DIR, 'popup-search.png') });
    }
    await first.click();
    await expect.poll(() => popup.locator('.cc-open-card h2').textContent()).toBe(name);
    if (query === 'Rufalo') await popup.screenshot({ path: resolve(ARTIFACTS_DIR, 'popup-entity-card.png') });
    await popup.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => popup.locator('.cc-open-card').count()).toBe(0);
    expect(await box.inputValue()).toBe(query);
    await popup.close();
    await page.close();
  });
});

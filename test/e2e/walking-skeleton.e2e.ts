/**
 * The whole path as a person meets it: the built extension in Chromium marks names on a
 * served page, a hover opens a sourced card, and the popup shows the film.
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
  serveStatic,
  tabIdOf,
  waitForMarks,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browsers/chromium';

let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  server = await serveStatic(FIXTURES_DIR);
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/news-article.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const card = (name: string) => page.locator(`[role="dialog"][aria-label="${name}"]`);

describe('on a news article', () => {
  it('marks the names without changing the page', async () => {
    const before = await page.evaluate(() => document.body.innerHTML.length);
    const marks = await waitForMarks(page, 15);
    expect(marks).toBeGreaterThanOrEqual(15);
    // Marks are painted, not inserted: the article's own markup is as it was.
    expect(await page.evaluate(() => document.querySelectorAll('article span, article mark').length)).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML.length)).toBeLessThanOrEqual(before);
  });

  it('opens a card with her role and sourced facts after a dwell on "Natalie Portman"', async () => {
    await hoverText(page, 'Natalie Portman', 1);
    // Not at once: a pass-over must not fire a card.
    await page.waitForTimeout(150);
    expect(await card('Natalie Portman').count()).toBe(0);
    await expect.poll(() => card('Natalie Portman').count(), { timeout: 3000 }).toBe(1);
    const dialog = card('Natalie Portman');
    await expect.poll(() => dialog.textContent()).toContain('plays Ally');
    expect(await dialog.locator('.cc-badge-confirmed').count()).toBeGreaterThan(3);
    const link = dialog.locator('.cc-sources a').first();
    expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await dialog.textContent()).toContain('Facts as of');
    await page.waitForTimeout(200); // let the entry animation finish before the picture
    await page.screenshot({ path: resolve(ARTIFACTS_DIR, 'card-natalie-portman.png') });
  });

  it('keeps the card while the pointer moves into it, and closes it after the pointer leaves', async () => {
    const box = (await card('Natalie Portman').boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + 20, { steps: 4 });
    await page.waitForTimeout(600);
    expect(await card('Natalie Portman').count()).toBe(1);
    await page.mouse.move(5, 5, { steps: 3 });
    await expect.poll(() => card('Natalie Portman').count(), { timeout: 2000 }).toBe(0);
  });

  it('closes the card with Escape', async () => {
    await hoverText(page, 'Mark Ruffalo');
    await expect.poll(() => card('Mark Ruffalo').count(), { timeout: 3000 }).toBe(1);
    expect(await card('Mark Ruffalo').textContent()).toContain('50-something');
    await page.keyboard.press('Escape');
    await expect.poll(() => card('Mark Ruffalo').count(), { timeout: 1000 }).toBe(0);
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('on a health column', () => {
  it('leaves the ordinary phrase "Good Sex" unmarked', async () => {
    const health = await browser.context.newPage();
    await health.goto(`${server.url}/health-column.html`);
    // Give the extension its idle time, then a rescan window, before counting nothing.
    await health.waitForTimeout(1500);
    expect(await markCount(health)).toBe(0);
    await health.close();
  });
});

describe('the toolbar popup', () => {
  it('lists what the current page mentions', async () => {
    const tab = await tabIdOf(browser, `${server.url}/news-article.html`);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`${browser.popupUrl}?tab=${tab}`);
    const list = popup.locator('section[aria-labelledby="cc-page-title"] li');
    // The first few are shown at once; the rest are one click away.
    await popup.getByRole('button', { name: /^Show \d+ more$/ }).click({ timeout: 5000 });
    await expect.poll(() => list.count(), { timeout: 5000 }).toBeGreaterThanOrEqual(10);
    const text = await popup.locator('section[aria-labelledby="cc-page-title"]').textContent();
    expect(text).toContain('Natalie Portman');
    // "Tucker Pillsbury" and "Role Model" are one person: two mentions, one entry.
    expect(await popup.locator('[data-entity-id="person.tucker_pillsbury"] .cc-count').textContent()).toBe('2 mentions');
    // Netflix is named on the page but is not in the marking scope.
    expect(await popup.locator('section[aria-labelledby="cc-page-title"] [data-entity-id="org.netflix"]').count()).toBe(0);
    await popup.screenshot({ path: resolve(ARTIFACTS_DIR, 'popup-page-mentions.png') });
    await popup.close();
  });

  it('says so on a page it cannot read', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.popupUrl);
    await expect.poll(() => popup.locator('.cc-page-note').textContent()).toContain("can't read this page");
    await popup.close();
  });

  it('shows the film with its cast and their roles', async () => {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(browser.popupUrl);
    const cast = popup.locator('section[aria-labelledby="cc-cast"]');
    await expect.poll(() => cast.textContent()).toContain('Natalie Portman');
    const text = (await cast.textContent()) ?? '';
    for (const name of ['Mark Ruffalo', 'Tucker Pillsbury', 'Rashida Jones', 'Meg Ryan']) expect(text).toContain(name);
    expect(text).toContain('plays Ally');
    expect(await popup.locator('h1').textContent()).toBe('Good Sex');
    expect(await popup.locator('section[aria-labelledby="cc-makers"]').textContent()).toContain('Lena Dunham');
    await popup.screenshot({ path: resolve(ARTIFACTS_DIR, 'popup.png'), fullPage: true });
    await popup.close();
  });
});

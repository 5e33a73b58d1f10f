/**
 * The whole path as a person meets it, in each browser: the built extension marks names on a
 * served page, a hover opens a sourced card, and the popup shows the film.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, FIXTURES_DIR, serveStatic, type StaticServer } from '../../scripts/browsers/chromium';
import { until, type Driver, type Tab } from '../../scripts/browsers/driver';
import { BROWSER, launchDriver } from './launch';

let driver: Driver;
let server: StaticServer;
let page: Tab;
const errors: string[] = [];
const articleUrl = () => `${server.url}/news-article.html`;
const shot = (name: string) => resolve(ARTIFACTS_DIR, `${BROWSER}-${name}.png`);

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  server = await serveStatic(FIXTURES_DIR);
  driver = await launchDriver();
  page = await driver.open(articleUrl());
  page.onError((message) => errors.push(message));
});

afterAll(async () => {
  await driver?.close();
  await server?.close();
});

/** Run in the page: the open card named `label` in our UI's shadow root, or null. */
function cardNamed(label: string) {
  const dialog = document.querySelector('context-cards-ui')?.shadowRoot?.querySelector(`[role="dialog"][aria-label="${label}"]`);
  if (!dialog) return null;
  const link = dialog.querySelector('.cc-sources a');
  const box = dialog.getBoundingClientRect();
  return {
    text: dialog.textContent ?? '',
    confirmed: dialog.querySelectorAll('.cc-badge-confirmed').length,
    link: link ? { href: link.getAttribute('href'), target: link.getAttribute('target'), rel: link.getAttribute('rel') } : null,
    box: { x: box.x, y: box.y },
  };
}
const card = (name: string) => page.evaluate(cardNamed, name);

describe(`on a news article (${BROWSER})`, () => {
  it('marks the names without changing the page', async () => {
    const before = await page.evaluate(() => document.body.innerHTML.length, null);
    await until(async () => (await driver.marks(articleUrl())) >= 15, '15 marks');
    // Marks are painted, not inserted: the article's own markup is as it was.
    expect(await page.evaluate(() => document.querySelectorAll('article span, article mark').length, null)).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML.length, null)).toBeLessThanOrEqual(before);
  });

  it('opens a card with her role and sourced facts after a dwell on "Natalie Portman"', async () => {
    await page.hoverText('Natalie Portman', 1);
    // Not at once: a pass-over must not fire a card.
    await page.wait(150);
    expect(await card('Natalie Portman')).toBeNull();
    await until(async () => (await card('Natalie Portman'))?.text.includes('plays Ally') === true, 'the card', 3000);
    const dialog = (await card('Natalie Portman'))!;
    expect(dialog.confirmed).toBeGreaterThan(3);
    expect(dialog.link?.href).toMatch(/^https:\/\//);
    expect(dialog.link?.target).toBe('_blank');
    expect(dialog.link?.rel).toBe('noopener noreferrer');
    expect(dialog.text).toContain('Facts as of');
    await page.wait(200); // let the entry animation finish before the picture
    await page.screenshot(shot('card-natalie-portman'));
  });

  it('keeps the card while the pointer moves into it, and closes it after the pointer leaves', async () => {
    const { box } = (await card('Natalie Portman'))!;
    await page.moveMouse(box.x + 40, box.y + 20, 4);
    await page.wait(600);
    expect(await card('Natalie Portman')).not.toBeNull();
    await page.moveMouse(5, 5, 3);
    await until(async () => (await card('Natalie Portman')) === null, 'the card to close', 2000);
  });

  it('closes the card with Escape', async () => {
    await page.hoverText('Mark Ruffalo');
    await until(async () => (await card('Mark Ruffalo')) !== null, 'the card', 3000);
    expect((await card('Mark Ruffalo'))!.text).toContain('50-something');
    await page.press('Escape');
    await until(async () => (await card('Mark Ruffalo')) === null, 'the card to close', 1000);
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});

describe(`on a health column (${BROWSER})`, () => {
  it('leaves the ordinary phrase "Good Sex" unmarked', async () => {
    const url = `${server.url}/health-column.html`;
    const health = await driver.open(url);
    // Give the extension its idle time, then a rescan window, before counting nothing.
    await health.wait(1500);
    expect(await driver.marks(url)).toBe(0);
    await health.close();
  });
});

/** Run in the popup: what a test reads of it. */
function popupState() {
  const section = document.querySelector('section[aria-labelledby="cc-page-title"]');
  return {
    items: section?.querySelectorAll('li').length ?? 0,
    text: section?.textContent ?? '',
    tucker: document.querySelector('[data-entity-id="person.tucker_pillsbury"] .cc-count')?.textContent ?? null,
    netflix: section?.querySelectorAll('[data-entity-id="org.netflix"]').length ?? 0,
    note: document.querySelector('.cc-page-note')?.textContent ?? '',
    cast: document.querySelector('section[aria-labelledby="cc-cast"]')?.textContent ?? '',
    makers: document.querySelector('section[aria-labelledby="cc-makers"]')?.textContent ?? '',
    title: document.querySelector('h1')?.textContent ?? '',
  };
}

describe(`the toolbar popup (${BROWSER})`, () => {
  it('lists what the current page mentions', async () => {
    const { tabId } = await driver.mentionsOn(articleUrl());
    const popup = await driver.popup(tabId, '.cc-more-mentions', { width: 400, height: 600 });
    // The first few are shown at once; the rest are one click away.
    await popup.click('.cc-more-mentions');
    await until(async () => (await popup.evaluate(popupState, null)).items >= 10, 'ten entries');
    const state = await popup.evaluate(popupState, null);
    expect(state.text).toContain('Natalie Portman');
    // "Tucker Pillsbury" and "Role Model" are one person: two mentions, one entry.
    expect(state.tucker).toBe('2 mentions');
    // Netflix is named on the page but is not in the marking scope.
    expect(state.netflix).toBe(0);
    await popup.screenshot(shot('popup-page-mentions'));
    await popup.close();
  });

  it('says so on a page it cannot read', async () => {
    const popup = await driver.popup(null, '.cc-page-note');
    await until(async () => (await popup.evaluate(popupState, null)).note.includes("can't read this page"), 'the note');
    await popup.close();
  });

  it('shows the film with its cast and their roles', async () => {
    const popup = await driver.popup(null, 'section[aria-labelledby="cc-cast"]', { width: 400, height: 900 });
    await until(async () => (await popup.evaluate(popupState, null)).cast.includes('Natalie Portman'), 'the cast');
    const state = await popup.evaluate(popupState, null);
    for (const name of ['Mark Ruffalo', 'Tucker Pillsbury', 'Rashida Jones', 'Meg Ryan']) expect(state.cast).toContain(name);
    expect(state.cast).toContain('plays Ally');
    expect(state.title).toBe('Good Sex');
    expect(state.makers).toContain('Lena Dunham');
    await popup.screenshot(shot('popup'), { fullPage: true });
    await popup.close();
  });
});

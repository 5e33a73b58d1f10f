/**
 * The extension as a person meets it, written once and run in both browsers (the Chromium and
 * the Firefox configs): marks, the hover card and Escape, the keyboard command's path, the
 * popup's list and per-site switch, precision on a health column, and a page's claim note with
 * both sides of a dispute, and a React app re-rendering under the pointer. Other hostile pages:
 * hostile-pages.browser.ts.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_HIGHLIGHT_NAME } from '../../data/contracts/page-names';
import { NEXT_MENTION_REQUEST } from '../../data/contracts/messages';
import { ARTIFACTS_DIR, FIXTURES_DIR, serveStatic, type StaticServer } from '../../scripts/browsers/chromium';
import { until, type Driver, type Tab } from '../../scripts/browsers/driver';
import { buildReactFixture } from '../support/react-fixture';
import { BROWSER, launchDriver } from './launch';

let driver: Driver;
let server: StaticServer;
const errors: string[] = [];

beforeAll(async () => {
  await buildReactFixture();
  server = await serveStatic(FIXTURES_DIR);
  driver = await launchDriver();
});
afterAll(async () => {
  await driver?.close();
  await server?.close();
});

async function open(path: string): Promise<Tab> {
  const tab = await driver.open(`${server.url}/${path}`);
  tab.onError((message) => errors.push(`${path}: ${message}`));
  return tab;
}

const cardText = async (tab: Tab) => (await tab.card())?.text ?? '';
const cardFor = (tab: Tab, name: string) => until(async () => (await cardText(tab)).includes(name), `the card for ${name}`, 5000);
const closed = (tab: Tab, what = 'the card to close') => until(async () => (await tab.card()) === null, what);
const shot = (name: string) => resolve(ARTIFACTS_DIR, `${BROWSER}-${name}.png`);

describe(`the essentials (${BROWSER})`, () => {
  let article: Tab;
  const articleUrl = () => `${server.url}/news-article.html`;

  it('marks the film article: painted on screen, every mention known to the content script', async () => {
    article = await open('news-article.html');
    await until(async () => (await article.painted()) > 0, 'marks painted');
    const { found } = await driver.mentionsOn(articleUrl());
    expect(found.on).toBe(true);
    expect(found.mentions.length).toBeGreaterThanOrEqual(15);
    expect(found.mentions.map((m) => m.text)).toContain('Natalie Portman');
  });

  it('opens the card on a dwell over a name, with her role and sourced facts, and Escape closes it', async () => {
    await article.hoverText('Natalie Portman', 1);
    await cardFor(article, 'Natalie Portman');
    const text = await cardText(article);
    expect(text).toContain('plays Ally');
    expect(text).toContain('Confirmed');
    await new Promise((r) => setTimeout(r, 300)); // past the entry animation
    await article.screenshot(shot('card'));
    await article.press('Escape');
    await closed(article);
  });

  it("the keyboard command's message opens the first mention's card", async () => {
    // Synthesised keys do not reach the browsers' shortcut handling: this sends what the
    // background sends on the command, from an extension page, to the article's tab.
    const { tabId } = await driver.mentionsOn(articleUrl());
    await driver.sendToTab(tabId, { type: NEXT_MENTION_REQUEST });
    await article.front();
    await cardFor(article, 'Natalie Portman');
    await article.press('Escape');
    await closed(article);
  });

  it("the popup lists the page's mentions, and its switch turns this site off and on again", async () => {
    const { tabId } = await driver.mentionsOn(articleUrl());
    const popup = await driver.popup(tabId, 'section[aria-labelledby="cc-page-title"] li');
    const section = (await popup.text('section[aria-labelledby="cc-page-title"]')) ?? '';
    expect(section).toContain('Natalie Portman');
    expect(section).toContain('Lena Dunham');
    await popup.screenshot(shot('popup-essentials'));
    const site = '[role="switch"][aria-label*="this site"]';
    await popup.click(site);
    await until(async () => (await article.painted()) === 0, 'the marks to go');
    expect((await driver.mentionsOn(articleUrl())).found.on).toBe(false);
    await popup.click(site);
    await until(async () => (await article.painted()) > 0, 'the marks to come back');
    await popup.close();
  });

  it('leaves a health column\'s "good sex" alone: nothing marked, nothing listed', async () => {
    const page = await open('health-column.html');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.painted()).toBe(0);
    expect((await driver.mentionsOn(`${server.url}/health-column.html`)).found.mentions).toEqual([]);
    await page.close();
  });

  it('a React app that re-renders every 100 ms keeps working, its text untouched, its names marked', async () => {
    const page = await open('react-app/dist/index.html');
    await new Promise((r) => setTimeout(r, 2500));
    const state = await page.evaluate(
      () => ({
        renders: (window as unknown as { __renders: number }).__renders,
        textErrors: (window as unknown as { __textErrors: string[] }).__textErrors,
        spans: document.querySelectorAll('#root span, #root mark').length,
      }),
      null,
    );
    expect(state.renders).toBeGreaterThan(15);
    expect(state.textErrors).toEqual([]);
    expect(state.spans).toBe(0);
    await page.hoverText('Mark Ruffalo');
    await cardFor(page, 'Mark Ruffalo');
    await page.close();
  });

  it("marks a page's claims apart from its names, and a claim's note shows both sides of the dispute", async () => {
    const page = await open('claims-page.html');
    await until(async () => (await page.painted()) > 0, 'marks painted');
    const { found } = await driver.mentionsOn(`${server.url}/claims-page.html`);
    expect(found.claims.map((c) => c.claim)).toEqual(['C20', 'C22', 'C37', 'C38', 'C42']);
    await until(async () => (await page.painted(CLAIM_HIGHLIGHT_NAME)) === 4, 'claims painted');
    await page.hoverText('age-gap romance');
    await until(async () => (await page.card())?.label === 'Note: Sources disagree here', 'the note');
    const text = await cardText(page);
    expect(text).toContain('Rashida Jones plays Ally');
    expect(text).toContain('Lena Dunham herself plays');
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot(shot('claim-note'));
    await page.press('Escape');
    await closed(page, 'the note to close');
    await page.close();
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});

/**
 * Zero network in Firefox. Firefox is told to send every request through a recording proxy,
 * loopback included (recording-proxy.ts), and the extension is used as a person would: pages
 * marked, a card opened and closed, the popup with its page list and site switch, the options
 * page. Every request the proxy saw must be one the test asked for (a fixture page, and the
 * favicon Firefox asks for by itself) or Firefox's own Remote Settings service, which it polls
 * with or without add-ons. A proxy cannot tell who asked, so a request of ours to that one
 * Mozilla host would pass here; the Chromium test, whose net log names the initiator, holds
 * the same code to that.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, serveStatic, type StaticServer } from '../../scripts/browsers/chromium';
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
import { proxyPrefs, startRecordingProxy, type RecordingProxy } from './recording-proxy';

let ff: FirefoxExtension;
let server: StaticServer;
let proxy: RecordingProxy;

beforeAll(async () => {
  server = await serveStatic(FIXTURES_DIR);
  proxy = await startRecordingProxy(server.url);
  ff = await launchFirefox({ prefs: proxyPrefs(proxy.port) });
});
afterAll(async () => {
  await ff?.close();
  await proxy?.close();
  await server?.close();
});

/** Firefox's Remote Settings, polled by the browser itself. */
const FIREFOX_SERVICE = /^CONNECT firefox\.settings\.services\.mozilla\.com:443$/;

function unexpected(seen: readonly string[]): string[] {
  return seen.filter((r) => {
    if (FIREFOX_SERVICE.test(r)) return false;
    if (!r.startsWith(`${server.url}/`)) return true;
    const path = decodeURIComponent(new URL(r).pathname);
    return path !== '/favicon.ico' && !existsSync(resolve(FIXTURES_DIR, '.' + path));
  });
}

async function use(path: string, name: string | null): Promise<Page> {
  const page = await openPage(ff, `${server.url}/${path}`);
  if (!name) {
    await new Promise((r) => setTimeout(r, 1500));
    return page;
  }
  await until(async () => (await paintedCount(page)) > 0, `marks on ${path}`);
  await hoverText(page, name);
  await page.waitForSelector(CARD, { timeout: 5000 });
  await page.keyboard.press('Escape');
  return page;
}

describe('Firefox: zero network', () => {
  it('the extension, used across the fixtures, asks for nothing the test did not', async () => {
    const article = await use('news-article.html', 'Natalie Portman');
    await (await use('corners.html', 'Natalie Portman')).close();
    await (await use('health-column.html', null)).close();
    const { tabId } = await mentionsOn(ff, `${server.url}/news-article.html`);
    const popup = await openExtensionPage(ff, `popup.html?tab=${tabId}`, 'section[aria-labelledby="cc-page-title"] li');
    const site = '[role="switch"][aria-label*="this site"]';
    await popup.click(site);
    await until(async () => (await paintedCount(article)) === 0, 'the marks to go');
    await popup.click(site);
    await until(async () => (await paintedCount(article)) > 0, 'the marks to come back');
    await popup.close();
    const options = await openExtensionPage(ff, 'options.html', 'body *');
    await new Promise((r) => setTimeout(r, 500));
    await options.close();
    await article.close();
    // The proxy does see loopback: the pages themselves came through it.
    expect(proxy.seen).toContain(`${server.url}/news-article.html`);
    expect(unexpected(proxy.seen)).toEqual([]);
  });

  it('the same proxy does show a request an extension page or a page script makes (the check can fail)', async () => {
    const from = proxy.seen.length;
    const page = await openPage(ff, `${server.url}/news-article.html`);
    await page.evaluate(() => fetch('/from-a-page-script').catch(() => 0));
    const popup = await openExtensionPage(ff, 'popup.html', 'body *');
    await popup.evaluate(() => fetch('https://example.com/from-the-extension').catch(() => 0));
    await until(async () => unexpected(proxy.seen.slice(from)).length >= 2, 'both requests seen');
    expect(unexpected(proxy.seen.slice(from)).sort()).toEqual(['CONNECT example.com:443', `${server.url}/from-a-page-script`]);
    await popup.close();
    await page.close();
  });
});

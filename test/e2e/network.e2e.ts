/**
 * Zero network, proven: Chromium's own net log records every request the browser makes, from
 * pages, the extension's service worker, its pages and its content scripts alike. The
 * extension is used across the fixtures as a person would (pages marked, cards opened, the
 * popup and the options page, the keyboard command's message, a setting changed), and every
 * request in the log must be one the test itself asked for: a fixture page from the local
 * server (and the favicon a browser asks for by itself), or a file of the extension. Requests
 * the browser makes of its own accord to its own services are told apart by their initiator.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURES_DIR,
  hoverText,
  launchWithExtension,
  openPopup,
  sendToTab,
  serveStatic,
  tabIdOf,
  waitForMarks,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browsers/chromium';

let ext: ExtensionBrowser;
let server: StaticServer;
let dir: string;
let netLog: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'context-cards-netlog-'));
  netLog = join(dir, 'netlog.json');
  server = await serveStatic(FIXTURES_DIR);
  ext = await launchWithExtension({ args: [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'] });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Request {
  url: string;
  /** Who asked: an origin, or "not an origin" for the browser itself (a navigation, its own services). */
  initiator: string;
}

/** Every request the net log saw, once each. */
function requests(log: string): Request[] {
  const data = JSON.parse(log) as {
    constants: { logEventTypes: Record<string, number> };
    events: Array<{ type: number; params?: { url?: string; initiator?: string } }>;
  };
  const start = data.constants.logEventTypes.URL_REQUEST_START_JOB;
  const seen = new Map<string, Request>();
  for (const e of data.events) {
    if (e.type !== start || !e.params?.url) continue;
    const r = { url: e.params.url, initiator: e.params.initiator ?? 'not an origin' };
    seen.set(`${r.initiator} ${r.url}`, r);
  }
  return [...seen.values()];
}

/**
 * What Chromium asks of its own services whether or not any extension is installed (its
 * account list, its updater, autofill hints): browser-initiated, to Google's hosts. They fail
 * here (no internet) and are not ours.
 */
const BROWSER_SERVICE = /^https?:\/\/([a-z0-9-]+\.)*(google\.com|googleapis\.com|gstatic\.com)\//;

/** Requests neither the test nor the browser's own services account for. */
function unexpectedRequests(all: readonly Request[], extensionId: string, serverUrl: string): Request[] {
  const isFixture = (url: string) => {
    const path = decodeURIComponent(new URL(url).pathname);
    return path === '/favicon.ico' || existsSync(resolve(FIXTURES_DIR, '.' + path));
  };
  return all.filter((r) => {
    // The extension's own files (served without the network stack, so not in the log).
    if (r.url.startsWith(`chrome-extension://${extensionId}/`)) return false;
    // The fixture pages and what they load themselves; a script of ours in a page would ask
    // with the page's origin too, but never for a fixture.
    if (r.url.startsWith(`${serverUrl}/`)) return !isFixture(r.url);
    // Anything else is unexpected, unless the browser asked of its own accord for its own services.
    return !(r.initiator === 'not an origin' && BROWSER_SERVICE.test(r.url));
  });
}

describe('zero network', () => {
  it('the extension, used across the fixtures, asks for nothing the test did not', async () => {
    for (const fixture of ['news-article.html', 'corners.html', 'csp-strict.html', 'health-column.html', 'long-article.html']) {
      const page = await ext.context.newPage();
      await page.goto(`${server.url}/${fixture}`);
      if (fixture !== 'health-column.html') {
        await waitForMarks(page);
        await hoverText(page, 'Natalie Portman').catch(() => hoverText(page, 'Tucker Pillsbury'));
        await page.locator('[role="dialog"]').first().waitFor({ timeout: 5000 });
        const tab = await tabIdOf(ext, page.url());
        await sendToTab(ext, tab, { type: 'context-cards:next-mention' });
        const popup = await openPopup(ext, tab);
        await popup.locator('section[aria-labelledby="cc-page-title"] li').first().waitFor({ timeout: 5000 });
        await popup.getByRole('switch', { name: /this site/ }).click();
        await popup.getByRole('switch', { name: /this site/ }).click();
        await popup.close();
      } else await page.waitForTimeout(1500);
      await page.close();
    }
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.waitForTimeout(500);
    await options.close();
    // The net log is complete once the browser has closed.
    await ext.close();
    expect(existsSync(netLog)).toBe(true);
    const all = requests(readFileSync(netLog, 'utf8'));
    expect(all.some((r) => r.url.startsWith(`${server.url}/news-article.html`))).toBe(true);
    expect(unexpectedRequests(all, ext.extensionId, server.url)).toEqual([]);
  });

  it('the same log does show a request an extension or a page script makes (the check can fail)', async () => {
    const log = join(dir, 'netlog-self-test.json');
    const other = await launchWithExtension({ args: [`--log-net-log=${log}`, '--net-log-capture-mode=Default'] });
    const page = await other.context.newPage();
    await page.goto(`${server.url}/news-article.html`);
    await other.context.serviceWorkers()[0]!.evaluate(() => fetch('https://example.com/from-the-worker').catch(() => 0));
    await page.evaluate(() => fetch('/from-a-page-script').catch(() => 0));
    await other.close();
    const flagged = unexpectedRequests(requests(readFileSync(log, 'utf8')), other.extensionId, server.url).map(
      (r) => new URL(r.url).pathname,
    );
    expect(flagged.sort()).toEqual(['/from-a-page-script', '/from-the-worker']);
  });
});

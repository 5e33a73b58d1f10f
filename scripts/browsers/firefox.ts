/**
 * What a Firefox user has: Debian's firefox-esr with the built MV2 extension installed as a
 * temporary add-on, driven headless by puppeteer-core over WebDriver BiDi (no browser is
 * downloaded). Extension pages open at a moz-extension:// address fixed in advance.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { MentionsResponse } from '../../data/contracts/messages';
import { HIGHLIGHT_NAME } from '../../data/contracts/page-names';
import { ROOT } from './chromium';
import { askTabShowing, nameCentre } from './in-page';

export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv2');

/** Debian's firefox-esr, or FIREFOX_PATH. */
export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) throw new Error(`Firefox not found at ${path}: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
  return path;
}

/** The add-on's internal id, fixed through a pref so that its pages have a known address. */
const EXTENSION_UUID = '6f1c2b7e-3d4a-4e5f-8a9b-0c1d2e3f4a5b';

export interface FirefoxExtension {
  browser: Browser;
  /** moz-extension://<uuid>/ */
  base: string;
  /** Installs the build in `dir` (by default the build): with the same add-on id, an update. */
  install(dir?: string): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** Start with no add-on: the test installs it later, over pages already open. */
  installed?: boolean;
  /** More preferences (the network test's proxy). */
  prefs?: Record<string, string | number | boolean>;
  /** A profile to keep: the browser can be closed and launched again on it. */
  profileDir?: string;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxExtension> {
  const manifest = JSON.parse(readFileSync(resolve(FIREFOX_BUILD, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Lets the test open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    ...(options.profileDir ? { userDataDir: options.profileDir } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: EXTENSION_UUID }),
      ...options.prefs,
    },
  });
  const install = async (dir = FIREFOX_BUILD) => {
    await browser.installExtension(dir);
  };
  if (options.installed ?? true) await install();
  return { browser, base: `moz-extension://${EXTENSION_UUID}/`, install, close: () => browser.close() };
}

/** A new tab at `url`, 1200x800 like the Chromium tests unless said. */
export async function openPage(ff: FirefoxExtension, url: string, size = { width: 1200, height: 800 }, hasTouch = false): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.setViewport({ ...size, hasTouch });
  await page.goto(url);
  return page;
}

/**
 * An extension page. Firefox sends no navigation events for moz-extension:// documents, so
 * the navigation is not awaited: the document is, by a selector its script renders.
 * `background`: a probe's tab, opened behind the page under test. In front, it hid that page,
 * whose idle callbacks Firefox then ran about once a second: a probe asked while a long page
 * was being read waited 25 to 47 s for it (the 10 MB text node test), not 3.
 */
export async function openExtensionPage(ff: FirefoxExtension, path: string, ready: string, background = false): Promise<Page> {
  const page = await ff.browser.newPage({ background });
  await page.setViewport({ width: 380, height: 600 });
  page.goto(`${ff.base}${path}`).catch(() => {});
  // The wait may begin in the blank document the tab starts with, and fail when the extension
  // page replaces it: waited for again in the new one.
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await page.waitForSelector(ready, { timeout: Math.max(1, deadline - Date.now()) });
      return page;
    } catch (err) {
      if (Date.now() >= deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Marks registered with the page's highlight registry (the registry is shared with the page). */
export function paintedCount(page: Page): Promise<number> {
  return page.evaluate(
    (name) => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name)?.size ?? 0,
    HIGHLIGHT_NAME,
  );
}

/**
 * What the content script of the tab showing `url` found, asked from an extension page as
 * the popup asks: every tab is asked, and the one whose script names `url` answers.
 */
export async function mentionsOn(ff: FirefoxExtension, url: string): Promise<{ tabId: number; found: MentionsResponse }> {
  const probe = await openExtensionPage(ff, 'popup.html', 'body *', true);
  try {
    const result = await probe.evaluate(askTabShowing, url);
    if (!result) throw new Error(`no tab with the content script answered for ${url}`);
    return { tabId: result.tabId, found: result.found as MentionsResponse };
  } finally {
    await probe.close();
  }
}

export { until } from './driver';

/** The centre of the start of the `nth` occurrence of `text` on the page, scrolled into view. */
export async function pointOf(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(nameCentre, [text, nth] as const);
  if (!p) throw new Error(`"${text}" is not on the page`);
  return p;
}

/** Moves the pointer onto `text` in small steps, as a hand does, and dwells there. */
export async function hoverText(page: Page, text: string, nth = 0): Promise<void> {
  const { x, y } = await pointOf(page, text, nth);
  // From above and to the left, inside the window (WebDriver refuses moves outside it).
  await page.mouse.move(Math.max(1, x - 40), Math.max(1, y - 30));
  await page.mouse.move(x, y, { steps: 5 });
}

export const CARD = 'context-cards-ui >>> [role="dialog"]';

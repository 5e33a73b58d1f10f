/** The browser-test driver for Debian's firefox-esr with the Firefox build (puppeteer-core over BiDi). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { HIGHLIGHT_NAME } from '../../data/contracts/page-names';
import {
  clickRoleIn,
  highlightSize,
  inExtensionPage,
  readCard,
  textOf,
  type Driver,
  type DriverOptions,
  type PlainBrowser,
  type Tab,
} from './driver';
import { hoverText, launchFirefox, mentionsOn, openExtensionPage, openPage, type FirefoxExtension, type FirefoxOptions } from './firefox';

/** puppeteer-core 25's frames have a sandboxed realm (internal API: the version is pinned in the lockfile). */
interface IsolatedFrame {
  isolatedRealm(): { evaluate(fn: never, arg: never): Promise<unknown> };
}

export function firefoxTab(page: Page): Tab {
  const tab: Tab = {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    // The BiDi sandbox puppeteer keeps for its own queries: a realm apart from the page's.
    isolated: (fn, arg) => (page.mainFrame() as unknown as IsolatedFrame).isolatedRealm().evaluate(fn as never, arg as never) as never,
    hoverText: (text, nth = 0) => hoverText(page, text, nth),
    moveMouse: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    // Playwright's key names; puppeteer calls the space bar ' '.
    press: (key) => page.keyboard.press((key === 'Space' ? ' ' : key) as never),
    click: (selector) => page.click(selector),
    clickRole: (role, name) => clickRoleIn(tab, role, name),
    clickAt: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    async fill(selector, text) {
      // Selected whole, then typed over (a triple click selects one line of a textarea only).
      await page.focus(selector);
      await page.$eval(selector, (el) => (el as HTMLInputElement).select());
      await page.keyboard.press('Backspace');
      await page.type(selector, text);
    },
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    text: (selector) => page.evaluate(textOf, selector),
    card: () => page.evaluate(readCard),
    painted: (name = HIGHLIGHT_NAME) => page.evaluate(highlightSize, name),
    screenshot: async (path, options) =>
      void (await page.screenshot({ path: path as `${string}.png`, fullPage: options?.fullPage ?? false })),
    wait: (ms) => new Promise((r) => setTimeout(r, ms)),
    addScript: async (path) => void (await page.addScriptTag({ path })),
    runSource: async (source) => void (await page.evaluate(source)),
    type: (text) => page.keyboard.type(text),
    front: () => page.bringToFront(),
    onError: (fn) =>
      void page.on('pageerror', (e) => {
        const message = e instanceof Error ? e.message : String(e);
        // Firefox asks for /favicon.ico itself, and a strict page's CSP refuses it.
        if (!message.includes('/favicon.ico')) fn(message);
      }),
    close: () => page.close(),
  };
  return tab;
}

/** What a person's system settings are, as Firefox's preferences (media emulation is CDP-only in puppeteer). */
function preferences(options: DriverOptions): Record<string, number | boolean | string> {
  return {
    ...(options.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 } : {}),
    ...(options.reducedMotion ? { 'ui.prefersReducedMotion': options.reducedMotion === 'reduce' ? 1 : 0 } : {}),
    // A temporary add-on is uninstalled when Firefox closes: its storage is kept for the same id
    // installed again after a restart, as a person's installed add-on keeps it.
    'extensions.webextensions.keepStorageOnUninstall': true,
    // The interface in another language: Debian's language pack is a system add-on, enabled here.
    ...(options.locale
      ? { 'intl.locale.requested': options.locale, 'extensions.autoDisableScopes': 0, 'extensions.enabledScopes': 15 }
      : {}),
  };
}

export async function firefoxDriver(options: FirefoxOptions & DriverOptions = {}): Promise<Driver> {
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'context-cards-firefox-'));
  const launch = () => launchFirefox({ ...options, profileDir, prefs: { ...preferences(options), ...options.prefs } });
  let ff: FirefoxExtension = await launch();
  const inExt = async (what: string, arg: unknown = null) => {
    const probe = await openExtensionPage(ff, 'popup.html', 'body *', true);
    try {
      return await probe.evaluate(inExtensionPage, [what, arg] as const);
    } finally {
      await probe.close();
    }
  };
  return {
    name: 'firefox',
    async open(url) {
      const page = await openPage(ff, url, options.viewport, options.hasTouch);
      return firefoxTab(page);
    },
    mentionsOn: (url) => mentionsOn(ff, url),
    sendToTab: (tabId, message) => inExt('send', [tabId, message]),
    async options(ready = 'body *', size = { width: 900, height: 760 }) {
      const page = await openExtensionPage(ff, 'options.html', ready);
      await page.setViewport(size);
      return firefoxTab(page);
    },
    async popup(tabId, ready = 'body *', size = { width: 380, height: 600 }) {
      const page = await openExtensionPage(ff, tabId === null ? 'popup.html' : `popup.html?tab=${tabId}`, ready);
      await page.setViewport(size);
      return firefoxTab(page);
    },
    // The content-script world is out of a BiDi page's reach: the script's own count, as the popup asks it.
    marks: async (url) => (await mentionsOn(ff, url)).found.mentions.length,
    badge: (tabId) => inExt('badge', tabId) as Promise<string>,
    hasMenuItem: (id) => inExt('menu', id) as Promise<boolean>,
    storeSettings: async (value) => void (await inExt('store', value)),
    storedSettings: () => inExt('stored'),
    clearStorage: async () => void (await inExt('clear')),
    async restart() {
      await ff.close();
      ff = await launch();
    },
    async close() {
      await ff.close();
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Firefox with no add-on, on a profile of its own. */
export async function plainFirefox(): Promise<PlainBrowser> {
  const profileDir = mkdtempSync(join(tmpdir(), 'context-cards-firefox-plain-'));
  const ff = await launchFirefox({ profileDir, installed: false });
  return {
    open: async (url) => firefoxTab(await openPage(ff, url)),
    async close() {
      await ff.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** The browser-test driver for Debian's firefox-esr with the Firefox build (puppeteer-core over BiDi). */
import type { Page } from 'puppeteer-core';
import { HIGHLIGHT_NAME } from '../../data/contracts/page-names';
import { highlightSize, readCard, textOf, type Driver, type DriverOptions, type Tab } from './driver';
import { hoverText, launchFirefox, mentionsOn, openExtensionPage, openPage, type FirefoxOptions } from './firefox';

export function firefoxTab(page: Page): Tab {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    hoverText: (text, nth = 0) => hoverText(page, text, nth),
    moveMouse: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    press: (key) => page.keyboard.press(key as never),
    click: (selector) => page.click(selector),
    text: (selector) => page.evaluate(textOf, selector),
    card: () => page.evaluate(readCard),
    painted: (name = HIGHLIGHT_NAME) => page.evaluate(highlightSize, name),
    screenshot: async (path, options) =>
      void (await page.screenshot({ path: path as `${string}.png`, fullPage: options?.fullPage ?? false })),
    wait: (ms) => new Promise((r) => setTimeout(r, ms)),
    addScript: async (path) => void (await page.addScriptTag({ path })),
    front: () => page.bringToFront(),
    onError: (fn) =>
      void page.on('pageerror', (e) => {
        const message = e instanceof Error ? e.message : String(e);
        // Firefox asks for /favicon.ico itself, and a strict page's CSP refuses it.
        if (!message.includes('/favicon.ico')) fn(message);
      }),
    close: () => page.close(),
  };
}

/** What a person's system settings are, as Firefox's preferences (media emulation is CDP-only in puppeteer). */
function preferences(options: DriverOptions): Record<string, number> {
  return {
    ...(options.colorScheme ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 } : {}),
    ...(options.reducedMotion ? { 'ui.prefersReducedMotion': options.reducedMotion === 'reduce' ? 1 : 0 } : {}),
  };
}

export async function firefoxDriver(options: FirefoxOptions & DriverOptions = {}): Promise<Driver> {
  const ff = await launchFirefox({ ...options, prefs: { ...preferences(options), ...options.prefs } });
  return {
    name: 'firefox',
    open: async (url) => firefoxTab(await openPage(ff, url)),
    mentionsOn: (url) => mentionsOn(ff, url),
    async sendToTab(tabId, message) {
      const probe = await openExtensionPage(ff, 'popup.html', 'body *');
      try {
        return await probe.evaluate(
          ([id, msg]) =>
            (
              globalThis as unknown as { browser: { tabs: { sendMessage(t: number, m: object): Promise<unknown> } } }
            ).browser.tabs.sendMessage(id, msg),
          [tabId, message] as [number, object],
        );
      } finally {
        await probe.close();
      }
    },
    async popup(tabId, ready = 'body *', size = { width: 380, height: 600 }) {
      const page = await openExtensionPage(ff, tabId === null ? 'popup.html' : `popup.html?tab=${tabId}`, ready);
      await page.setViewport(size);
      return firefoxTab(page);
    },
    // The content-script world is out of a BiDi page's reach: the script's own count, as the popup asks it.
    marks: async (url) => (await mentionsOn(ff, url)).found.mentions.length,
    close: () => ff.close(),
  };
}

/** The browser-test driver for Debian's Chromium with the Chrome build (playwright-core). */
import type { Page } from 'playwright-core';
import { HIGHLIGHT_NAME } from '../../data/contracts/page-names';
import { launchWithExtension, mentionsOn, pointOf, sendToTab, tabIdOf, type LaunchOptions } from './chromium';
import { probeMarks } from './probe';
import { highlightSize, readCard, textOf, type Driver, type Tab } from './driver';

export function chromiumTab(page: Page): Tab {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    async hoverText(text, nth = 0) {
      const { x, y } = await pointOf(page, text, nth);
      await page.mouse.move(x - 40, y - 30);
      await page.mouse.move(x, y, { steps: 5 });
    },
    moveMouse: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    press: (key) => page.keyboard.press(key),
    click: (selector) => page.click(selector),
    text: (selector) => page.evaluate(textOf, selector),
    card: () => page.evaluate(readCard),
    painted: (name = HIGHLIGHT_NAME) => page.evaluate(highlightSize, name),
    screenshot: async (path, options) => void (await page.screenshot({ path, fullPage: options?.fullPage ?? false })),
    wait: (ms) => page.waitForTimeout(ms),
    addScript: async (path) => void (await page.addScriptTag({ path })),
    front: () => page.bringToFront(),
    onError: (fn) => page.on('pageerror', (e) => fn(e.message)),
    close: () => page.close(),
  };
}

export async function chromiumDriver(options: LaunchOptions = {}): Promise<Driver> {
  const ext = await launchWithExtension(options);
  return {
    name: 'chromium',
    async open(url) {
      const page = await ext.context.newPage();
      await page.goto(url);
      return chromiumTab(page);
    },
    async mentionsOn(url) {
      return { tabId: await tabIdOf(ext, url), found: await mentionsOn(ext, url) };
    },
    sendToTab: (tabId, message) => sendToTab(ext, tabId, message),
    async popup(tabId, ready = 'body *', size = { width: 380, height: 600 }) {
      const page = await ext.context.newPage();
      await page.setViewportSize(size);
      await page.goto(tabId === null ? ext.popupUrl : `${ext.popupUrl}?tab=${tabId}`);
      await page.waitForSelector(ready);
      return chromiumTab(page);
    },
    async marks(url) {
      const page = ext.context.pages().find((p) => p.url() === url);
      if (!page) throw new Error(`no tab shows ${url}`);
      await mentionsOn(ext, url); // answered once the scan is done
      return probeMarks(page);
    },
    close: () => ext.close(),
  };
}

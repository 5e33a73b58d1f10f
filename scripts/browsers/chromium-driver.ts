/** The browser-test driver for Debian's Chromium with the Chrome build (playwright-core). */
import { chromium, type Page } from 'playwright-core';
import { HIGHLIGHT_NAME } from '../../data/contracts/page-names';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hoverText, inExtension, launchWithExtension, mentionsOn, tabIdOf, type ExtensionBrowser, type LaunchOptions } from './chromium';
import { chromiumPath, QUIET_FLAGS } from './chromium-path';
import { probeMarks } from './probe';
import { clickRoleIn, highlightSize, inExtensionPage, readCard, textOf, type Driver, type PlainBrowser, type Tab } from './driver';

/** `fn(arg)` in an isolated world of the test's own, made over CDP for the page's main frame. */
async function inOwnWorld<A, R>(page: Page, fn: (arg: A) => R, arg: A): Promise<R> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'context-cards-test',
    })) as { executionContextId: number };
    const r = (await cdp.send('Runtime.evaluate', {
      expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
      contextId: executionContextId,
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: R }; exceptionDetails?: { text: string } };
    if (r.exceptionDetails) throw new Error(`in the test's own world: ${r.exceptionDetails.text}`);
    return r.result.value;
  } finally {
    await cdp.detach();
  }
}

export function chromiumTab(page: Page): Tab {
  const tab: Tab = {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    isolated: (fn, arg) => inOwnWorld(page, fn, arg),
    hoverText: (text, nth = 0) => hoverText(page, text, nth),
    moveMouse: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    press: (key) => page.keyboard.press(key),
    click: (selector) => page.click(selector),
    clickRole: (role, name) => clickRoleIn(tab, role, name),
    clickAt: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    fill: (selector, text) => page.fill(selector, text),
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    text: (selector) => page.evaluate(textOf, selector),
    card: () => page.evaluate(readCard),
    painted: (name = HIGHLIGHT_NAME) => page.evaluate(highlightSize, name),
    screenshot: async (path, options) => void (await page.screenshot({ path, fullPage: options?.fullPage ?? false })),
    wait: (ms) => page.waitForTimeout(ms),
    addScript: async (path) => void (await page.addScriptTag({ path })),
    runSource: async (source) => void (await page.evaluate(source)),
    type: (text) => page.keyboard.type(text),
    front: () => page.bringToFront(),
    onError: (fn) => page.on('pageerror', (e) => fn(e.message)),
    close: () => page.close(),
  };
  return tab;
}

export async function chromiumDriver(options: LaunchOptions = {}): Promise<Driver> {
  // A profile of the driver's own, so that a restart finds the settings it left.
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'context-cards-driver-'));
  let ext: ExtensionBrowser = await launchWithExtension({ ...options, profileDir });
  const inExt = (what: string, arg: unknown = null) => inExtension(ext, inExtensionPage, [what, arg] as const);
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
    sendToTab: (tabId, message) => inExt('send', [tabId, message]),
    badge: (tabId) => inExt('badge', tabId) as Promise<string>,
    hasMenuItem: (id) => inExt('menu', id) as Promise<boolean>,
    storeSettings: async (value) => void (await inExt('store', value)),
    storedSettings: () => inExt('stored'),
    clearStorage: async () => void (await inExt('clear')),
    async restart() {
      await ext.close();
      ext = await launchWithExtension({ ...options, profileDir });
    },
    async options(ready = 'body *', size = { width: 900, height: 760 }) {
      const page = await ext.context.newPage();
      await page.setViewportSize(size);
      await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
      await page.waitForSelector(ready);
      return chromiumTab(page);
    },
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
    async close() {
      await ext.close();
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Chromium with no extension, on a profile of its own. */
export async function plainChromium(): Promise<PlainBrowser> {
  const profileDir = mkdtempSync(join(tmpdir(), 'context-cards-plain-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [...QUIET_FLAGS],
  });
  return {
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return chromiumTab(page);
    },
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

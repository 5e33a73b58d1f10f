/**
 * Starts what a person has: Debian's Chromium with the built extension loaded unpacked, and
 * the fixture pages served on 127.0.0.1. Used by the browser tests, `npm start` and the bench.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { HIGHLIGHT_NAME } from '../../data/contracts/page-names';
import type { MentionsResponse } from '../../data/contracts/messages';
import { chromiumPath, QUIET_FLAGS } from './chromium-path';
import { askTabShowing, nameCentre } from './in-page';
import { probeMarks } from './probe';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BUILD_DIR = resolve(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = resolve(ROOT, 'test/fixtures');
export const ARTIFACTS_DIR = resolve(ROOT, 'test/e2e/artifacts');

export { serveStatic, type StaticServer } from './static-server';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  popupUrl: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  viewport?: { width: number; height: number };
  hasTouch?: boolean;
  /** A profile to keep: the browser can be closed and launched again on it (settings survive). */
  profileDir?: string;
  /** More Chromium switches (the network test's `--log-net-log`). */
  args?: string[];
  /** The unpacked extension to load: the build, or a copy a test changes (the update test). */
  buildDir?: string;
  /** The browser's interface language (Debian's chromium-l10n has the others). */
  locale?: string;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const buildDir = options.buildDir ?? BUILD_DIR;
  if (!existsSync(join(buildDir, 'manifest.json'))) throw new Error(`No build at ${buildDir}: run \`npm run build\` first.`);
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'context-cards-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    viewport: options.viewport ?? { width: 1200, height: 800 },
    hasTouch: options.hasTouch ?? false,
    args: [
      ...QUIET_FLAGS,
      `--disable-extensions-except=${buildDir}`,
      `--load-extension=${buildDir}`,
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      ...(options.args ?? []),
    ],
    ...(options.locale ? { locale: options.locale, env: { ...process.env, LANGUAGE: options.locale } } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    popupUrl: `chrome-extension://${extensionId}/popup.html`,
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

export { HIGHLIGHT_NAME };

/** Waits until the extension has marked at least `min` mentions on the page. */
export async function waitForMarks(page: Page, min = 1, timeout = 10_000): Promise<number> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const n = await markCount(page);
    if (n >= min) return n;
    if (Date.now() > deadline) throw new Error(`waitForMarks: ${n} marks after ${timeout} ms, wanted ${min}`);
    await page.waitForTimeout(50);
  }
}

/** Mentions the extension has marked, on screen or not (its probe; see probe.ts). */
export function markCount(page: Page): Promise<number> {
  return probeMarks(page);
}

/** Marks registered with the page's highlight registry: those on or near the screen. */
export function paintedCount(page: Page): Promise<number> {
  return page.evaluate(
    (name) => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name)?.size ?? 0,
    HIGHLIGHT_NAME,
  );
}

/** The centre of the first rectangle of the first occurrence of `text` on the page. */
export async function pointOf(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(nameCentre, [text, nth] as const);
  if (!p) throw new Error(`"${text}" is not on the page`);
  return p;
}

/** Moves the pointer onto `text` in small steps, as a hand does, and dwells there. */
export async function hoverText(page: Page, text: string, nth = 0): Promise<void> {
  const { x, y } = await pointOf(page, text, nth);
  await page.mouse.move(x - 40, y - 30);
  await page.mouse.move(x, y, { steps: 5 });
}

/**
 * Asks the content script of the tab showing `url` for its mentions, from an extension page the
 * way the popup does. Tab URLs are hidden without the "tabs" permission (which we do not ask
 * for), so every tab is asked and the one whose content script names `url` answers.
 */
async function findTab(ext: ExtensionBrowser, url: string): Promise<{ id: number; mentions: MentionsResponse }> {
  const probe = await ext.context.newPage();
  await probe.goto(ext.popupUrl);
  const found = await probe.evaluate(askTabShowing, url);
  await probe.close();
  if (!found) throw new Error(`no tab with the content script answered for ${url}`);
  return { id: found.tabId, mentions: found.found as MentionsResponse };
}

/** The browser's id for the tab showing `url`. */
export async function tabIdOf(ext: ExtensionBrowser, url: string): Promise<number> {
  return (await findTab(ext, url)).id;
}

/** What the extension found on the tab showing `url`, once its scan is done. */
export async function mentionsOn(ext: ExtensionBrowser, url: string): Promise<MentionsResponse> {
  return (await findTab(ext, url)).mentions;
}

/**
 * A strict Content-Security-Policy for a fixture: nothing allowed but the page's own inline
 * scripts and styles, by hash, as hardened sites do.
 */
export function strictCspFor(file: string): string {
  const html = readFileSync(file, 'utf8');
  const hashes = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))]
      .map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`)
      .join(' ');
  return `default-src 'none'; script-src ${hashes('script')}; style-src ${hashes('style')}; img-src 'none'`;
}

/** Opens the next mention's card the way the keyboard command does (the background sends this message). */
export function sendToTab(ext: ExtensionBrowser, tabId: number, message: object): Promise<unknown> {
  return inExtension(
    ext,
    ([id, msg]) =>
      (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: object): Promise<unknown> } } }).chrome.tabs.sendMessage(
        id,
        msg,
      ),
    [tabId, message] as [number, object],
  );
}

/** The popup as a page acting for `tabId`, the way tests and `npm start` open it. */
export async function openPopup(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`${ext.popupUrl}?tab=${tabId}`);
  return popup;
}

/** Runs `fn` in an extension page (it has the `chrome` API), with `arg`. */
export async function inExtension<A, R>(ext: ExtensionBrowser, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const probe = await ext.context.newPage();
  await probe.goto(ext.popupUrl);
  try {
    return (await probe.evaluate(fn as never, arg as never)) as R;
  } finally {
    await probe.close();
  }
}

/** Written out in each function below: functions run in the extension page, closures do not travel. */
type StorageArea = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> };

/** Writes the stored settings as they are, valid or not (the extension's key is `settings`). */
export function storeSettings(ext: ExtensionBrowser, value: unknown): Promise<void> {
  return inExtension(
    ext,
    (v) => (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local.set({ settings: v }),
    value,
  );
}

/** The stored settings as they are. */
export function storedSettings(ext: ExtensionBrowser): Promise<unknown> {
  return inExtension(
    ext,
    async () =>
      (await (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local.get('settings')).settings,
    null,
  );
}

/** Back to a fresh install's storage: the defaults. */
export function clearStorage(ext: ExtensionBrowser): Promise<void> {
  return inExtension(
    ext,
    () => (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome.storage.local.clear(),
    null,
  );
}

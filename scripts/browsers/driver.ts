/**
 * One small interface over the two browsers the extension is tested in, so that a browser
 * test is written once and run in both: Debian's Chromium through playwright-core, Debian's
 * firefox-esr through puppeteer-core over WebDriver BiDi. What only one browser can do (the
 * net log, the recording proxy, reloading over CDP) stays in that browser's own suite.
 */
import type { MentionsResponse } from '../../data/contracts/messages';

export type BrowserName = 'chromium' | 'firefox';

/** How the browser is started: what a person may have set in their system. */
export interface DriverOptions {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** The size of a page's window in CSS pixels (1200 x 800 unless said). */
  viewport?: { width: number; height: number };
  /** A touch screen: taps are touches. */
  hasTouch?: boolean;
  /**
   * The browser's own interface language ("it"): Chromium with `--lang` and LANGUAGE (Debian's
   * chromium-l10n), Firefox with `intl.locale.requested` and its language pack (firefox-esr-l10n-*).
   */
  locale?: string;
}

/** What a test reads of the open card or note (in our open shadow root). */
export interface CardState {
  text: string;
  /** The dialog's accessible name. */
  label: string | null;
  background: string;
}

/** A tab: a page of the web, or one of the extension's own pages. */
export interface Tab {
  url(): string;
  /** Runs `fn` in the page with `arg`; only its source travels, so it closes over nothing. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Runs `fn` with `arg` in a world of the test's own beside the page's: a page that patches
   * its built-ins (or our globals) cannot change what the test reads there.
   */
  isolated<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  /** Moves the pointer onto the `nth` occurrence of `text` in small steps, as a hand does. */
  hoverText(text: string, nth?: number): Promise<void>;
  /** Moves the pointer to (x, y), in `steps` small moves. */
  moveMouse(x: number, y: number, steps?: number): Promise<void>;
  press(key: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** A real click on the element of this role whose accessible name matches (our own UI's roles and names). */
  clickRole(role: string, name: RegExp | string): Promise<void>;
  /** A touch at a point of the page (with `hasTouch`). */
  tap(x: number, y: number): Promise<void>;
  /** A real click at a point of the page. */
  clickAt(x: number, y: number): Promise<void>;
  /** Types into the element matching `selector` (after clearing it). */
  fill(selector: string, text: string): Promise<void>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** The text of the first element matching `selector` (light DOM), or null. */
  text(selector: string): Promise<string | null>;
  /** The open card or note, or null. */
  card(): Promise<CardState | null>;
  /** Ranges registered under a highlight name (by default the names'). */
  painted(name?: string): Promise<number>;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  /** Loads a script file into the page (axe-core). */
  addScript(path: string): Promise<void>;
  /** Runs a script's source in the page through the driver, past the page's CSP (an extension page allows no inline script). */
  runSource(source: string): Promise<void>;
  /** Types text at the focus, key by key. */
  type(text: string): Promise<void>;
  /** Waits `ms` (a dwell, an animation): a test that asserts an absence needs the time to pass. */
  wait(ms: number): Promise<void>;
  front(): Promise<void>;
  /** Calls `fn` with each uncaught error of the page. */
  onError(fn: (message: string) => void): void;
  close(): Promise<void>;
}

export interface Driver {
  name: BrowserName;
  /** A new tab at `url` (1200 x 800). */
  open(url: string): Promise<Tab>;
  /** What the every-page script of the tab showing `url` answers the popup, and the tab's id. */
  mentionsOn(url: string): Promise<{ tabId: number; found: MentionsResponse }>;
  /** A message to a tab's content script, sent from an extension page as the background would. */
  sendToTab(tabId: number, message: object): Promise<unknown>;
  /** The options page, once `ready` matches in it. */
  options(ready?: string, size?: { width: number; height: number }): Promise<Tab>;
  /** The popup, as a page acting for `tabId` (none: as on a page it cannot read), once `ready` matches in it. */
  popup(tabId: number | null, ready?: string, size?: { width: number; height: number }): Promise<Tab>;
  /** How many mentions the tab showing `url` has marked, on screen or not, once its scan is done. */
  marks(url: string): Promise<number>;
  /** The toolbar badge's text for a tab. */
  badge(tabId: number): Promise<string>;
  /** Whether the extension has a context-menu item of this id (updating a missing one fails). */
  hasMenuItem(id: string): Promise<boolean>;
  /** Writes the stored settings as they are, valid or not (the extension's key is `settings`). */
  storeSettings(value: unknown): Promise<void>;
  storedSettings(): Promise<unknown>;
  /** Back to a fresh install's storage: the defaults. */
  clearStorage(): Promise<void>;
  /** Closes the browser and starts it again on the same profile, the extension with it. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** A browser with no extension: the same pages as a person without us sees them. */
export interface PlainBrowser {
  open(url: string): Promise<Tab>;
  close(): Promise<void>;
}

/** Polls `fn` until it returns true, or fails after `timeoutMs` naming `what`. */
export async function until(fn: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await fn().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Run in the page: the open card or note in our UI's open shadow root. */
export function readCard(): CardState | null {
  const host = document.querySelector('context-cards-ui');
  const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
  if (!dialog) return null;
  return { text: dialog.textContent ?? '', label: dialog.getAttribute('aria-label'), background: getComputedStyle(dialog).backgroundColor };
}

/** Run in the page: the number of ranges under a highlight name. */
export function highlightSize(name: string): number {
  return (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name)?.size ?? 0;
}

/** Run in the page: the text of the first element matching a selector, or null. */
export function textOf(selector: string): string | null {
  return document.querySelector(selector)?.textContent ?? null;
}

/**
 * Run in the page: marks the element of `role` whose accessible name matches `name` (a regex
 * source, or the exact name) with `data-cc-target`, for a real click on it; false if none.
 * Roles and names as our own UI gives them: explicit roles, buttons, radios, search boxes;
 * the name from aria-label, aria-labelledby, a wrapping label, or the text.
 */
export function markRole([role, name, exact]: readonly [string, string, boolean]): boolean {
  const implicit = (el: Element): string | null => {
    const tag = el.tagName.toLowerCase();
    const type = el.getAttribute('type');
    if (tag === 'button') return 'button';
    if (tag === 'input' && type === 'radio') return 'radio';
    if (tag === 'input' && type === 'checkbox') return 'checkbox';
    if (tag === 'input' && type === 'search') return 'searchbox';
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    return null;
  };
  /** The text a screen reader would read: aria-hidden parts left out, elements set apart by a space. */
  const textIn = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
    return [...node.childNodes].map((c) => (c instanceof Element ? ` ${textIn(c)} ` : textIn(c))).join('');
  };
  const nameOf = (el: Element): string => {
    const label = el.getAttribute('aria-label');
    if (label) return label;
    const by = el.getAttribute('aria-labelledby');
    if (by)
      return by
        .split(/\s+/)
        .map((id) => textIn(document.getElementById(id) ?? document.createElement('i')))
        .join(' ');
    const wrapping = el.closest('label');
    if (wrapping) return textIn(wrapping);
    return textIn(el);
  };
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const old of document.querySelectorAll('[data-cc-target]')) old.removeAttribute('data-cc-target');
  const pattern = exact ? null : new RegExp(name);
  for (const el of document.querySelectorAll('*')) {
    if ((el.getAttribute('role') ?? implicit(el)) !== role) continue;
    const n = clean(nameOf(el));
    if (exact ? n === name : pattern!.test(n)) {
      el.setAttribute('data-cc-target', '');
      return true;
    }
  }
  return false;
}

/** `clickRole` for any tab: mark the element in the page, then click it for real. */
export async function clickRoleIn(tab: Pick<Tab, 'evaluate' | 'click'>, role: string, name: RegExp | string): Promise<void> {
  const args = [role, typeof name === 'string' ? name : name.source, typeof name === 'string'] as const;
  await until(() => tab.evaluate(markRole, args), `a ${role} named ${String(name)}`);
  await tab.click('[data-cc-target]');
}

/** Run in an extension page: the storage and badge calls the tests make, as the extension itself would. */
export function inExtensionPage([what, arg]: readonly [string, unknown]): Promise<unknown> {
  type Api = {
    storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> } };
    action?: { getBadgeText(q: { tabId: number }): Promise<string> };
    contextMenus: { update(id: string, change: object): Promise<void> };
    browserAction?: { getBadgeText(q: { tabId: number }): Promise<string> };
    tabs: { sendMessage(id: number, m: unknown): Promise<unknown> };
  };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (g.browser ?? g.chrome)!;
  if (what === 'store') return api.storage.local.set({ settings: arg });
  if (what === 'stored') return api.storage.local.get('settings').then((r) => r.settings);
  if (what === 'clear') return api.storage.local.clear();
  if (what === 'badge') return (api.action ?? api.browserAction)!.getBadgeText({ tabId: arg as number });
  if (what === 'menu')
    return Promise.resolve(api.contextMenus.update(arg as string, {})).then(
      () => !(globalThis as { chrome?: { runtime?: { lastError?: unknown } } }).chrome?.runtime?.lastError,
      () => false,
    );
  if (what === 'send') {
    const [id, message] = arg as [number, unknown];
    return api.tabs.sendMessage(id, message);
  }
  throw new Error(`inExtensionPage: ${what}?`);
}

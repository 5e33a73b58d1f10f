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
  /** Moves the pointer onto the `nth` occurrence of `text` in small steps, as a hand does. */
  hoverText(text: string, nth?: number): Promise<void>;
  /** Moves the pointer to (x, y), in `steps` small moves. */
  moveMouse(x: number, y: number, steps?: number): Promise<void>;
  press(key: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** The text of the first element matching `selector` (light DOM), or null. */
  text(selector: string): Promise<string | null>;
  /** The open card or note, or null. */
  card(): Promise<CardState | null>;
  /** Ranges registered under a highlight name (by default the names'). */
  painted(name?: string): Promise<number>;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  /** Loads a script file into the page (axe-core). */
  addScript(path: string): Promise<void>;
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
  /** The popup, as a page acting for `tabId` (none: as on a page it cannot read), once `ready` matches in it. */
  popup(tabId: number | null, ready?: string, size?: { width: number; height: number }): Promise<Tab>;
  /** How many mentions the tab showing `url` has marked, on screen or not, once its scan is done. */
  marks(url: string): Promise<number>;
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

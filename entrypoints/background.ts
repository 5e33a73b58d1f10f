/**
 * Thin on purpose: it turns the manifest's keyboard commands and the context menu into
 * messages to the tab's content script, each tab's mention count into that tab's badge, and
 * text the person asks about into the ledger claims it is about (the statement matcher runs
 * here, off the page's main thread, and never on a page that names nobody).
 */
import { browser } from 'wxt/browser';
import { EVERY_PAGE_SCRIPT, FIRST_HOVER_SCRIPT, NAMED_PAGE_SCRIPT, NOTE_MODEL_FILE } from '../data/contracts/bundles';
import {
  ASK_MAX_CHARS,
  ASK_SELECTION,
  MATCH_MEASURE,
  NEXT_MENTION_REQUEST,
  type AskedMatch,
  type MatchSentences,
  type MatchSentencesReply,
} from '../data/contracts/messages';
import {
  isCountReport,
  isLoadCardRequest,
  isLoadMarkerRequest,
  isLocaleRequest,
  isMatchRequest,
  isMatchSentences,
} from '../data/core/messages';
import type { LocaleResponse } from '../data/contracts/messages';
import { LANGUAGE_DATA, languageFor } from '../data/browser/languages';
import { loadSettings, watchSettings } from '../data/browser/settings-store';
import type { Settings } from '../data/core/settings';
import { matchStatement } from '../data/core/statements/matcher';
import type { NoteModels } from '../data/film/learned-notes';
import { judgeSentences, statementModel } from '../data/film/statement-model';

export const NEXT_MENTION_COMMAND = 'next-mention';
export const ASK_COMMAND = 'ask-about-selection';
export const ASK_MENU_ID = 'ask-the-sources';
/** The menu item's words in the interface's language. */
export const askMenuTitle = (settings: Pick<Settings, 'language'>) =>
  LANGUAGE_DATA[languageFor(settings)].messages.askMenu ?? LANGUAGE_DATA.en.messages.askMenu!;
/** Pages our content script runs on: the menu item is not offered on the browser's own pages. */
const ASK_MENU_PAGES = ['http://*/*', 'https://*/*', 'file:///*'];

/**
 * Which ledger claims `text` is about, best first (empty: the dataset holds nothing about it).
 * `onFilmPage`: it was read on a page that names the film or its people.
 */
export function matchesFor(text: string, onFilmPage = false): AskedMatch[] {
  return matchStatement(statementModel(), text.slice(0, ASK_MAX_CHARS), { onFilmPage });
}

/** Sentences judged in one turn of the worker: a few milliseconds' work. */
const SENTENCES_PER_TURN = 8;
/** Cards being injected now; the judging of sentences waits for them, this long at a time. */
let cardsWanted = 0;
const CARD_WAIT_MS = 5;

/**
 * A page's sentences judged a few at a time, the worker free in between, and none while a card
 * is being injected: a card asked for meanwhile (its injection, its locale) does not wait for a
 * page's judging.
 */
async function judgeInTurns(sentences: MatchSentences['sentences'], models: NoteModels | undefined): Promise<MatchSentencesReply> {
  const answers: MatchSentencesReply = [];
  for (let i = 0; i < sentences.length; i += SENTENCES_PER_TURN) {
    // A card being injected goes first: the person is waiting for it, not for the notes.
    do await new Promise((next) => setTimeout(next, cardsWanted > 0 ? CARD_WAIT_MS : 0));
    while (cardsWanted > 0);
    // Timed for the bench (user-timing entries of this worker, summed; nothing is sent anywhere).
    const start = performance.now();
    answers.push(...judgeSentences(sentences.slice(i, i + SENTENCES_PER_TURN), { models }));
    performance.measure(MATCH_MEASURE, { start, end: performance.now() });
  }
  return answers;
}

let models: Promise<NoteModels | undefined> | null = null;
/**
 * The learned note model, read from the extension's own files the first time a page's sentences
 * come (a worker that only answers the card's or the menu's messages never parses it). Should it
 * fail to load, the notes are the rules' and the matcher's alone.
 */
const noteModels = () =>
  (models ??= fetch(browser.runtime.getURL(`/${NOTE_MODEL_FILE}` as '/'))
    .then((r) => r.json() as Promise<NoteModels>)
    .catch(() => undefined));

/** The context menu's item: the frame the text was selected in asks about it (it knows its page). */
export async function onMenuClicked(
  info: { menuItemId: string | number; selectionText?: string; frameId?: number },
  tab?: { id?: number },
) {
  if (info.menuItemId !== ASK_MENU_ID || tab?.id === undefined) return;
  const message = { type: ASK_SELECTION, text: info.selectionText ?? '' };
  await browser.tabs.sendMessage(tab.id, message, { frameId: info.frameId ?? 0 }).catch(() => undefined);
}

const contextMenus = () => (browser as unknown as { contextMenus?: typeof browser.contextMenus }).contextMenus;

/**
 * Offers the item on selected text, in the interface's language. Made anew at each start
 * (Firefox keeps no menu across restarts).
 */
export async function createAskMenu(): Promise<void> {
  const menus = contextMenus();
  if (!menus) return;
  const title = askMenuTitle(await loadSettings());
  await menus.removeAll();
  menus.create({ id: ASK_MENU_ID, title, contexts: ['selection'], documentUrlPatterns: ASK_MENU_PAGES });
}

/** The item's words follow a change of language at once. */
export async function retitleAskMenu(settings: Pick<Settings, 'language'>): Promise<void> {
  await contextMenus()
    ?.update(ASK_MENU_ID, { title: askMenuTitle(settings) })
    .catch(() => undefined);
}

/** The card's words and facts in the person's language (it carries none of its own). */
export async function localeFor(): Promise<LocaleResponse> {
  const lang = languageFor(await loadSettings());
  const data = LANGUAGE_DATA[lang];
  return { lang, messages: data.messages, fallback: lang === 'en' ? {} : LANGUAGE_DATA.en.messages, facts: data.facts };
}
/** The mark's blue, dark enough for white digits (contrast 5.2:1). */
export const BADGE_COLOR = '#2459c4';

export async function onCommand(command: string, tab?: { id?: number }): Promise<void> {
  const type = command === NEXT_MENTION_COMMAND ? NEXT_MENTION_REQUEST : command === ASK_COMMAND ? ASK_SELECTION : null;
  if (!type) return;
  const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  // A tab without our content script (a browser page) has nobody to answer: nothing to do.
  if (id !== undefined) await browser.tabs.sendMessage(id, { type }, { frameId: 0 }).catch(() => undefined);
}

/** What the badge says for a count: nothing for none, and never wider than four characters. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** MV3 has `action`; Firefox's MV2 build has `browserAction`, with the same badge calls. */
function toolbarAction(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

export async function onCountReport(message: unknown, sender: { tab?: { id?: number } }): Promise<void> {
  const tabId = sender.tab?.id;
  if (!isCountReport(message) || tabId === undefined) return;
  // The tab may have closed since it counted.
  await toolbarAction()
    ?.setBadgeText({ tabId, text: badgeText(message.count) })
    .catch(() => undefined);
}

/** The card's script, built from entrypoints/first-hover/ and injected on first need. */
export const CARD_SCRIPT = `/${FIRST_HOVER_SCRIPT}`;
/** The marker (reader, detector, painter, the card's wiring), from entrypoints/named-page/. */
export const MARKER_SCRIPT = `/${NAMED_PAGE_SCRIPT}`;

/**
 * Injects one of our scripts into the frame that asked, in the content scripts' world (MV3's
 * `scripting`; Firefox's MV2 build has `tabs.executeScript`). Resolves once it has run.
 */
export async function injectInto(sender: { tab?: { id?: number }; frameId?: number }, file: string): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return false;
  const frameId = sender.frameId ?? 0;
  const b = browser as unknown as {
    scripting?: { executeScript(o: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown> };
    tabs: { executeScript?(tabId: number, o: { file: string; frameId: number }): Promise<unknown> };
  };
  if (b.scripting) await b.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  else await b.tabs.executeScript!(tabId, { file, frameId });
  return true;
}

/** The script the manifest puts on every page. */
export const CONTENT_SCRIPT = `/${EVERY_PAGE_SCRIPT}`;

/**
 * Chrome runs the manifest's content script only in pages loaded after an install or an update:
 * pages already open would keep an old copy cut off from the extension (its cards can no longer
 * load), or none. So they get the new one here, one tab after another, not all at once in a
 * browser with a hundred tabs. The old copy steps aside when the new one starts (WXT's context
 * invalidation), so the page is marked once. Firefox injects into open tabs itself.
 */
export async function injectIntoOpenTabs(): Promise<number> {
  let injected = 0;
  for (const tab of await browser.tabs.query({})) {
    // No url: a page our host access does not cover (the browser's own). Discarded: nothing runs there.
    if (tab.id === undefined || !tab.url || tab.discarded || !/^(https?|file):/.test(tab.url)) continue;
    // A page that forbids scripts (the web store, a file without file access) says no: next.
    if (await injectInto({ tab: { id: tab.id }, frameId: 0 }, CONTENT_SCRIPT).catch(() => false)) injected++;
  }
  return injected;
}

export const injectCard = (sender: { tab?: { id?: number }; frameId?: number }) => injectInto(sender, CARD_SCRIPT);

/**
 * A new document in the tab: its old count is gone. Chrome keeps a tab's badge across
 * navigations, so we clear it; the new page's content script reports its own count.
 */
export async function onTabUpdated(tabId: number, change: { status?: string }): Promise<void> {
  if (change.status === 'loading')
    await toolbarAction()
      ?.setBadgeText({ tabId, text: '' })
      .catch(() => undefined);
}

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
  void createAskMenu();
  watchSettings((settings) => void retitleAskMenu(settings));
  browser.contextMenus?.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
  void toolbarAction()?.setBadgeBackgroundColor({ color: BADGE_COLOR });
  browser.tabs.onUpdated.addListener((tabId, change) => void onTabUpdated(tabId, change));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (!import.meta.env.FIREFOX && (reason === 'install' || reason === 'update')) void injectIntoOpenTabs();
  });
  browser.runtime.onMessage.addListener((message, sender) => {
    // The card's words come with its script: the first card waits for no second message.
    if (isLoadCardRequest(message)) {
      cardsWanted++;
      return Promise.all([injectCard(sender), localeFor()])
        .then(([injected, l]) => injected && l)
        .finally(() => cardsWanted--);
    }
    if (isLocaleRequest(message)) return localeFor();
    if (isLoadMarkerRequest(message)) return injectInto(sender, MARKER_SCRIPT);
    if (isCountReport(message)) void onCountReport(message, sender);
    if (isMatchRequest(message)) return Promise.resolve(matchesFor(message.text, message.onFilmPage));
    if (isMatchSentences(message)) return noteModels().then((models) => judgeInTurns(message.sentences, models));
    // Nothing to answer: returning undefined lets other listeners (none today) reply.
    return undefined;
  });
});
